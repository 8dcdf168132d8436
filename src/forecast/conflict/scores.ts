/**
 * Proper scores for the conflict forecasts. Brier (1950): the squared gap between a probability and
 * what happened (0 or 1). CRPS, the continuous ranked probability score (Matheson & Winkler 1976;
 * Gneiting & Raftery 2007): the integral over x of (F(x) − 1{y ≤ x})², where F is the predictive CDF;
 * for a point forecast it is the absolute error. Here F is a step function over weighted atoms, so the
 * integral is summed exactly between consecutive atoms. Lower is better for both.
 */
import type { Predictive } from './panel.js';

export function brier(p: number, happened: boolean): number {
  const o = happened ? 1 : 0;
  return (p - o) * (p - o);
}

/** CRPS of a distribution over weighted atoms (sorted ascending) against the outcome y. */
export function crps(d: Predictive, y: number): number {
  let total = 0;
  let cdf = 0;
  let prev = Math.min(y, d.values[0] ?? y);
  let yPassed = false;
  for (let i = 0; i <= d.values.length; i++) {
    const next = i < d.values.length ? (d.values[i] as number) : Math.max(y, prev);
    // Between prev and next, F is constant (cdf); the indicator jumps at y.
    if (!yPassed && y <= next) {
      total += cdf * cdf * (y - prev) + (1 - cdf) * (1 - cdf) * (next - y);
      yPassed = true;
    } else {
      const ind = yPassed ? 1 : 0;
      total += (cdf - ind) * (cdf - ind) * (next - prev);
    }
    prev = next;
    if (i < d.values.length) cdf += d.weights[i] as number;
  }
  return total;
}

/** The distribution moved to another scale by an increasing map (e.g. log1p), atoms kept in order. */
export function mapAtoms(d: Predictive, f: (x: number) => number): Predictive {
  return { values: d.values.map(f), weights: d.weights };
}
