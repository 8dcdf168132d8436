/**
 * Baseline: resampling of the country's own recent history (VIEWS's "conflictology" benchmark, which
 * draws forecasts from each unit's last twelve months). Here the draws are taken exactly: the
 * predictive distribution gives each of the last `window` months (default 12) equal weight, so no
 * random numbers are needed and the scores carry no sampling noise.
 */
import { empirical, type ConflictModel } from './panel.js';

/** The default look-back, as in the VIEWS benchmark. */
export const RESAMPLE_WINDOW = 12;

export function resampleModel(window = RESAMPLE_WINDOW): ConflictModel {
  return {
    name: 'resample',
    method: `each of the last ${window} months equally likely (VIEWS conflictology benchmark)`,
    prepare: () => (unit) => empirical(unit.deaths.slice(-window)),
  };
}
