/**
 * The conflict models, listed once: the four VIEWS-style baselines, the hurdle model (with and
 * without Orrery's own conflict series as a feature) and its pool with resampling. The CLI, the operation and the bench read this.
 */
import { averageModel } from './average.js';
import { blendModel } from './blend.js';
import { hurdleModel } from './hurdle.js';
import { lastModel } from './last.js';
import type { ConflictModel } from './panel.js';
import { resampleModel } from './resample.js';
import { zeroModel } from './zero.js';

export const BASELINES: ConflictModel[] = [zeroModel, lastModel, averageModel(), resampleModel()];
export const BASELINE_NAMES = BASELINES.map((m) => m.name);

/** The model `forecast conflict` uses unless told otherwise: the hurdle model pooled half and half with resampling. */
export const DEFAULT_MODEL = 'pooled';

/**
 * Every model, baselines first: the hurdle model, its linear pool with resampling, and, when the
 * panel carries Orrery's conflict series, the hurdle model with that feature.
 */
export function conflictModels(withCovariate: boolean): ConflictModel[] {
  const hurdle = hurdleModel();
  return [
    ...BASELINES,
    hurdle,
    blendModel(hurdle, resampleModel()),
    ...(withCovariate ? [hurdleModel({ covariate: true })] : []),
  ];
}
