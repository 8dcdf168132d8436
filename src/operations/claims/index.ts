/** The sources' claims as checks on the model: one file per test kind, evaluate.ts to run them all. */
export * from './evaluate.js';
export { judge } from './compare.js';
