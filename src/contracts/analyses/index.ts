/** The seven analysis contracts, in the order the registry lists them. */
import { blocsContract } from './blocs.js';
import { diffContract } from './diff.js';
import { exposureContract } from './exposure.js';
import { networkContract } from './network.js';
import { powerContract } from './power.js';
import { seriesContract } from './series.js';
import { trajectoryContract } from './trajectory.js';

export {
  blocsContract,
  diffContract,
  exposureContract,
  networkContract,
  powerContract,
  seriesContract,
  trajectoryContract,
};

export const ANALYSIS_CONTRACTS = [
  seriesContract,
  networkContract,
  blocsContract,
  diffContract,
  trajectoryContract,
  powerContract,
  exposureContract,
] as const;
