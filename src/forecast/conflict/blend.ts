/**
 * A linear pool of two models' predictive distributions (Stone 1961; Gneiting & Ranjan 2013): with
 * weight w on the first, the mixture's CDF is w·F₁ + (1 − w)·F₂, so every probability is the same
 * weighted mean of the two. Pooling a fitted model with a baseline hedges each one's misses; the
 * weight is fixed in advance (default ½), not fitted on the backtest.
 */
import type { ConflictModel, Predictive } from './panel.js';

export function pool(a: Predictive, b: Predictive, w: number): Predictive {
  const mass = new Map<number, number>();
  a.values.forEach((v, i) => mass.set(v, (mass.get(v) ?? 0) + w * (a.weights[i] ?? 0)));
  b.values.forEach((v, i) => mass.set(v, (mass.get(v) ?? 0) + (1 - w) * (b.weights[i] ?? 0)));
  const values = [...mass.keys()].sort((x, y) => x - y);
  return { values, weights: values.map((v) => mass.get(v) ?? 0) };
}

export function blendModel(first: ConflictModel, second: ConflictModel, weight = 0.5, name = 'pooled'): ConflictModel {
  return {
    name,
    method: `linear pool, ${weight} on ${first.name} and ${1 - weight} on ${second.name}`,
    prepare: (panel, horizon) => {
      const f = first.prepare(panel, horizon);
      const g = second.prepare(panel, horizon);
      return (unit) => pool(f(unit), g(unit), weight);
    },
  };
}
