/** The analysis engines: pure functions over model data (their descriptions as operations are in src/operations/analyses). */
export * from './input.js';
export * from './filters.js';
export * from './network.js';
export * from './structure.js';
export * from './diff.js';
export * from './trajectory.js';
export * from './series.js';
export * from './power.js';
export * from './cinc.js';
export * from './exposure.js';
export * from './pair-index.js';
export * from './event-index.js';
export * from './signed-louvain.js';
export * from './balance.js';
export * from './polarisation.js';
export * from './actor-roles.js';
export * from './random.js';
