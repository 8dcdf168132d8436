/**
 * Baseline: no deaths, ever. The "no-change-from-peace" benchmark of the VIEWS forecasting
 * competitions (Hegre et al. 2022, "Forecasting fatalities"): a point mass at 0 for every country,
 * month and horizon. Hard to beat wherever violence is rare.
 */
import { pointMass, type ConflictModel } from './panel.js';

export const zeroModel: ConflictModel = {
  name: 'zero',
  method: 'point mass at 0 (VIEWS no-change benchmark)',
  prepare: () => () => pointMass(0),
};
