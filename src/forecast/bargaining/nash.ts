/**
 * The Nash bargaining solution with a reference point: the outcome maximises the product of the
 * actors' gains over the disagreement point, each gain raised to the actor's weight (capability ×
 * salience), i.e. the asymmetric Nash solution (Nash 1950, "The bargaining problem", Econometrica 18;
 * Kalai 1977 for the weights; applied to the EU with the reference point as the disagreement point
 * in Achen 2006, The European Union Decides, ch. 10, and Schneider, Finke & Bailer 2010).
 *
 * Utilities are quadratic loss by default (Achen), or linear loss. No actor accepts less than the
 * reference point, so when actors sit on both sides of it (or one sits on it) the only outcome all
 * accept is the reference point itself. Without a known reference point, each actor's disagreement
 * value is its worst point on the scale (documented choice; the solution then lies near the
 * compromise model's).
 */
import { weightOf, type Bargain, type BargainingModel } from './stakes.js';

export interface NashOptions {
  /** Shape of each actor's loss in distance: 'quadratic' (default) or 'linear'. */
  utility: 'quadratic' | 'linear';
}

export const NASH_DEFAULTS: NashOptions = { utility: 'quadratic' };

export function nashSolution(b: Bargain, options: Partial<NashOptions> = {}): number {
  const { utility } = { ...NASH_DEFAULTS, ...options };
  const loss = (d: number): number => (utility === 'quadratic' ? d * d : d);
  const players = b.stakes.filter((s) => weightOf(s) > 0);
  if (players.length === 0) return b.reference ?? 50;
  // Each player's reach: the distance from its ideal at which it is no better off than disagreement.
  const reach = players.map((s) =>
    b.reference !== undefined ? Math.abs(b.reference - s.position) : Math.max(s.position, 100 - s.position),
  );
  let lo = 0;
  let hi = 100;
  players.forEach((s, i) => {
    lo = Math.max(lo, s.position - (reach[i] as number));
    hi = Math.min(hi, s.position + (reach[i] as number));
  });
  if (hi - lo < 1e-9) return b.reference ?? (lo + hi) / 2;
  // Σ w log(gain) is concave on (lo, hi): a ternary search finds its maximum.
  const objective = (x: number): number =>
    players.reduce((a, s, i) => {
      const gain = loss(reach[i] as number) - loss(Math.abs(x - s.position));
      return a + weightOf(s) * Math.log(Math.max(gain, 1e-300));
    }, 0);
  let a = lo;
  let z = hi;
  for (let k = 0; k < 100 && z - a > 1e-9; k++) {
    const m1 = a + (z - a) / 3;
    const m2 = z - (z - a) / 3;
    if (objective(m1) < objective(m2)) a = m1;
    else z = m2;
  }
  return (a + z) / 2;
}

export const nash: BargainingModel = {
  name: 'nash',
  method: 'asymmetric Nash bargaining solution, reference point as disagreement (Nash 1950; Achen 2006)',
  forecast: (b) => nashSolution(b),
};
