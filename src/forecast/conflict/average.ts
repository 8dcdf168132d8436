/**
 * Baseline: the recent average. The mean of the country's last `window` months (default 12) is the
 * expected count, and the count is Poisson about it: the simplest distribution with that mean, so the
 * baseline yields probabilities (P(any death) = 1 − e^−mean) and not only a point. A VIEWS-style
 * benchmark ("recent average", Hegre et al. 2022).
 */
import { pointMass, type ConflictModel, type Predictive } from './panel.js';

export const AVERAGE_WINDOW = 12;

const logFactorials: number[] = [0];
function logFactorial(k: number): number {
  for (let i = logFactorials.length; i <= k; i++) logFactorials[i] = (logFactorials[i - 1] as number) + Math.log(i);
  return logFactorials[k] as number;
}

/** Poisson(λ) as atoms over the integers where the mass is not negligible (±10 sd and 10 beyond). */
export function poisson(lambda: number): Predictive {
  if (lambda <= 0) return pointMass(0);
  const sd = Math.sqrt(lambda);
  const lo = Math.max(0, Math.floor(lambda - 10 * sd - 10));
  const hi = Math.ceil(lambda + 10 * sd + 10);
  const values: number[] = [];
  const weights: number[] = [];
  let total = 0;
  for (let k = lo; k <= hi; k++) {
    const w = Math.exp(k * Math.log(lambda) - lambda - logFactorial(k));
    values.push(k);
    weights.push(w);
    total += w;
  }
  return { values, weights: weights.map((w) => w / total) };
}

export function averageModel(window = AVERAGE_WINDOW): ConflictModel {
  return {
    name: 'average',
    method: `Poisson about the mean of the last ${window} months (VIEWS-style recent average)`,
    prepare: () => (unit) => {
      const recent = unit.deaths.slice(-window);
      return poisson(recent.reduce((s, v) => s + v, 0) / Math.max(1, recent.length));
    },
  };
}
