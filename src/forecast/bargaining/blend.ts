/**
 * A blend of two models, α × first + (1 − α) × second, with α chosen on a training set by least mean
 * absolute error over a grid of 0.00–1.00 in steps of 0.01. Our own combination, motivated by Thomson
 * et al. (2006, The European Union Decides, ch. 10): the compromise model is rarely far off while the
 * expected-utility and median models are more often nearly exact but miss badly when they pick the
 * wrong pole; a convex mixture trades one against the other. α is fitted only on the training issues.
 */
import type { Bargain, BargainingModel } from './stakes.js';

export function blendModel(first: BargainingModel, second: BargainingModel, alpha: number): BargainingModel {
  return {
    name: `blend(${first.name},${second.name})`,
    method: `α = ${alpha.toFixed(2)} × ${first.name} + ${(1 - alpha).toFixed(2)} × ${second.name}, α fitted on training issues`,
    forecast: (b: Bargain) => alpha * first.forecast(b) + (1 - alpha) * second.forecast(b),
  };
}

/** The α in [0, 1] (grid step 0.01) minimising mean absolute error of α·a + (1 − α)·b against y. */
export function fitAlpha(a: readonly number[], b: readonly number[], y: readonly number[]): number {
  let best = 0;
  let bestError = Infinity;
  for (let k = 0; k <= 100; k++) {
    const alpha = k / 100;
    let e = 0;
    for (let i = 0; i < y.length; i++)
      e += Math.abs(alpha * (a[i] as number) + (1 - alpha) * (b[i] as number) - (y[i] as number));
    if (e < bestError - 1e-9) {
      bestError = e;
      best = alpha;
    }
  }
  return best;
}
