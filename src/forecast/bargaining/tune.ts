/**
 * Choosing the expected-utility model's open options on training issues: every combination of Q
 * (1 or 0.5), the offer rule (strongest or nearest), risk (computed or neutral) and the conflict rule
 * (expected utility or probability) is scored by mean
 * absolute error on the training cases only, and the best is kept. The result is then judged on
 * held-out issues, never on the ones it was chosen with.
 */
import { bdmForecast, type BdmOptions } from './bdm.js';
import type { Bargain, BargainingModel } from './stakes.js';

export const BDM_GRID: ReadonlyArray<Partial<BdmOptions>> = [1, 0.5].flatMap((q) =>
  (['strongest', 'nearest'] as const).flatMap((offer) =>
    (['computed', 'neutral'] as const).flatMap((risk) =>
      (['expected-utility', 'probability'] as const).map((conflict) => ({ q, offer, risk, conflict })),
    ),
  ),
);

export function describeBdm(o: Partial<BdmOptions>): string {
  return Object.entries(o)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}

/** The grid entry with the lowest training MAE (first one on ties). */
export function tuneBdm(train: ReadonlyArray<{ bargain: Bargain; outcome: number }>): Partial<BdmOptions> {
  let best = BDM_GRID[0] as Partial<BdmOptions>;
  let bestError = Infinity;
  for (const options of BDM_GRID) {
    const error = train.reduce((a, c) => a + Math.abs(bdmForecast(c.bargain, options) - c.outcome), 0);
    if (error < bestError - 1e-9) {
      bestError = error;
      best = options;
    }
  }
  return best;
}

export function tunedBdm(options: Partial<BdmOptions>): BargainingModel {
  return {
    name: 'bdm-tuned',
    method: `bdm with options fitted on training issues: ${describeBdm(options)}`,
    forecast: (b) => bdmForecast(b, options),
  };
}
