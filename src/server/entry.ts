/**
 * The one door from the CLI into the server: what `orrery serve` needs to build the app, check
 * its exposure, listen and stop. The CLI imports nothing else of src/server, and the server
 * imports nothing of src/cli (.dependency-cruiser.cjs checks both).
 */
export { createApp } from './app.js';
export { isLoopback } from './guard.js';
export { checkExposure, DEFAULT_PORT, listen, parsePort, stopOnSignals } from './listen.js';
export { jobs } from './routes/ingest.js';
export { startServerWatch } from './watch.js';
