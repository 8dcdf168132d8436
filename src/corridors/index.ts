/** The corridors engine: pure functions over a TransportNetwork (no I/O; the loader is src/dataset/transport.ts). */
export * from './dijkstra.js';
export * from './geojson.js';
export * from './geometry.js';
export * from './graph.js';
export * from './impact.js';
export * from './params.js';
export * from './places.js';
export * from './reason.js';
export * from './route.js';
export * from './status.js';
export * from './transit.js';
export * from './yen.js';
export * from './join.js';
