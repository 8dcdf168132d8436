/**
 * The numbers every bargaining model reads: one issue as a 0–100 continuum with each actor's position,
 * salience (0–1) and capability, and optionally the reference point (where the issue stays without an
 * agreement). Sourced issue files and the DEU III reader both reduce to this shape; `checkBargain`
 * rejects what no model can use, naming the origin and the field.
 */
import type { Bargain, Stake } from '../../model/bargaining.js';
import { ValidationError, type Problem } from '../../model/errors.js';

export type { Bargain, Stake };

/** A model: a name, the paper it follows, and a forecast on the 0–100 continuum. */
export interface BargainingModel {
  name: string;
  /** The method and its paper, one line. */
  method: string;
  forecast(bargain: Bargain): number;
}

/** An actor's voting weight in the models that weigh actors: capability × salience. */
export const weightOf = (s: Stake): number => s.capability * s.salience;

const inScale = (x: number, lo: number, hi: number): boolean => Number.isFinite(x) && x >= lo && x <= hi;

/** Every problem with an issue, each naming `where` (a file or data set row) and the field. */
export function bargainProblems(b: Bargain, where: string): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string): void => void problems.push({ where, record: b.id, field, message });
  if (b.stakes.length < 2) at('actors', `an issue needs at least two actors, found ${b.stakes.length}`);
  b.stakes.forEach((s, i) => {
    if (!inScale(s.position, 0, 100)) at(`actors.${i}.position`, `position ${s.position} is outside the 0–100 scale`);
    if (!inScale(s.salience, 0, 1))
      at(`actors.${i}.salience`, `salience ${s.salience} is outside the models' 0–1 scale`);
    if (!(Number.isFinite(s.capability) && s.capability >= 0))
      at(`actors.${i}.capability`, `capability ${s.capability} must be a non-negative number`);
  });
  if (b.reference !== undefined && !inScale(b.reference, 0, 100))
    at('reference', `reference point ${b.reference} is outside the 0–100 scale`);
  return problems;
}

/** Throws a ValidationError listing every problem, or returns the issue unchanged. */
export function checkBargain(b: Bargain, where: string): Bargain {
  const problems = bargainProblems(b, where);
  if (problems.length > 0) throw new ValidationError(problems, `issue ${b.id} cannot be forecast`);
  return b;
}

/** Weighted mean of positions; the plain mean when every weight is zero. */
export function weightedMean(stakes: readonly Stake[], weight: (s: Stake) => number = weightOf): number {
  let total = 0;
  let sum = 0;
  for (const s of stakes) {
    total += weight(s);
    sum += weight(s) * s.position;
  }
  if (total > 0) return sum / total;
  return stakes.reduce((a, s) => a + s.position, 0) / stakes.length;
}

/**
 * Weighted median of positions: the position where the weight on either side is at most half. When
 * the weight splits exactly in half between two positions, the midpoint (every point between them
 * ties). All weights zero: the plain median.
 */
export function weightedMedian(stakes: readonly Stake[], weight: (s: Stake) => number = weightOf): number {
  const sorted = [...stakes].sort((a, b) => a.position - b.position);
  const total = sorted.reduce((a, s) => a + weight(s), 0);
  const w = total > 0 ? weight : () => 1;
  const half = (total > 0 ? total : sorted.length) / 2;
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Stake;
    acc += w(s);
    if (Math.abs(acc - half) < 1e-12 * Math.max(1, half)) {
      const next = sorted.slice(i + 1).find((t) => w(t) > 0);
      return next ? (s.position + next.position) / 2 : s.position;
    }
    if (acc > half) return s.position;
  }
  return (sorted[sorted.length - 1] as Stake).position;
}
