/** The bargaining models, listed once, in the order tables print them. */
import { bdm, bdmForecast, type BdmOptions } from './bdm.js';
import { compromise } from './compromise.js';
import { condorcet } from './condorcet.js';
import { median } from './median.js';
import { nash } from './nash.js';
import type { BargainingModel } from './stakes.js';

/** The models the DEU III backtest scores, each with its documented defaults. */
export const MODELS: readonly BargainingModel[] = [compromise, median, nash, bdm, condorcet];

/**
 * The BDM options that the DEU III backtest picks on its training half (seed 1, `forecast backtest deu3`);
 * a test checks that the backtest still picks these.
 */
export const BDM_DEU3_OPTIONS: Partial<BdmOptions> = {
  q: 0.5,
  offer: 'nearest',
  risk: 'neutral',
  conflict: 'probability',
};

export const bdmDeu3: BargainingModel = {
  name: 'bdm-deu3',
  method: 'bdm with the options chosen on the DEU III training half: Q 0.5, nearest offer, neutral risk, conflict by P',
  forecast: (b) => bdmForecast(b, BDM_DEU3_OPTIONS),
};

/** What `forecast issue` runs: the backtested models and the BDM variant tuned on DEU III. */
export const ISSUE_MODELS: readonly BargainingModel[] = [...MODELS, bdmDeu3];
