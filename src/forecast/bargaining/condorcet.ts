/**
 * The probabilistic Condorcet election: the actors' positions are the options; each pair of options
 * meets in a vote in which every actor backs the one nearer its ideal with its weight (capability ×
 * salience) times how much nearer it is; the option wins that pairing with probability its support
 * over the pair's total support. A Markov chain in which the standing option is challenged by a
 * random other option and replaced when the challenger wins gives a stationary probability for each
 * option; the forecast is the expected outcome under it. After the probabilistic Condorcet election
 * of KTAB (Wise, Lumley et al., "KTAB: an open-source modeling toolkit", and Abdollahian, Baranick,
 * Efird & Kugler 2006 "Senturion") — this is our reading, with linear utilities.
 */
import { weightOf, type Bargain, type BargainingModel } from './stakes.js';

export interface CondorcetOptions {
  /** Forecast from the stationary distribution: its 'mean' (default) or its 'mode'. */
  summary: 'mean' | 'mode';
}

export const CONDORCET_DEFAULTS: CondorcetOptions = { summary: 'mean' };

/** The options (distinct positions) and their stationary probabilities. */
export function condorcetDistribution(b: Bargain): Array<{ position: number; probability: number }> {
  const options = [...new Set(b.stakes.map((s) => s.position))].sort((x, y) => x - y);
  const n = options.length;
  if (n === 1) return [{ position: options[0] as number, probability: 1 }];
  // win[i][j]: probability that option i beats option j.
  const win = options.map((xi) =>
    options.map((xj) => {
      let forI = 0;
      let forJ = 0;
      for (const s of b.stakes) {
        const edge = Math.abs(s.position - xj) - Math.abs(s.position - xi);
        if (edge > 0) forI += weightOf(s) * edge;
        else forJ -= weightOf(s) * edge;
      }
      return forI + forJ > 0 ? forI / (forI + forJ) : 0.5;
    }),
  );
  // Transition matrix T[j][i]: from standing option j to option i.
  const T = options.map((_, j) => {
    const row = options.map((__, i) => (i === j ? 0 : (win[i]?.[j] as number) / (n - 1)));
    row[j] = 1 - row.reduce((a, x) => a + x, 0);
    return row;
  });
  const p = stationary(T);
  return options.map((position, k) => ({ position, probability: p[k] as number }));
}

export function condorcetForecast(b: Bargain, options: Partial<CondorcetOptions> = {}): number {
  const { summary } = { ...CONDORCET_DEFAULTS, ...options };
  const dist = condorcetDistribution(b);
  if (summary === 'mode') return dist.reduce((best, o) => (o.probability > best.probability ? o : best)).position;
  return dist.reduce((a, o) => a + o.position * o.probability, 0);
}

export const condorcet: BargainingModel = {
  name: 'condorcet',
  method: 'probabilistic Condorcet election, expected outcome of its Markov chain (after KTAB)',
  forecast: (b) => condorcetForecast(b),
};

/**
 * The stationary distribution π of a row-stochastic matrix (π T = π, Σ π = 1), by Gaussian elimination
 * with partial pivoting on (Tᵀ − I) with the last equation replaced by Σ π = 1.
 */
function stationary(T: number[][]): number[] {
  const n = T.length;
  const a = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n + 1 }, (__, c) => {
      if (r === n - 1) return 1;
      if (c === n) return 0;
      return (T[c]?.[r] as number) - (r === c ? 1 : 0);
    }),
  );
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const pr = a[col] as number[];
    const pv = pr[col] as number;
    if (Math.abs(pv) < 1e-15) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const f = (row[col] as number) / pv;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (pr[c] as number);
    }
  }
  const x = a.map((row, r) => {
    const d = row[r] as number;
    return Math.abs(d) < 1e-15 ? 0 : Math.max(0, (row[n] as number) / d);
  });
  const total = x.reduce((s, v) => s + v, 0);
  return total > 0 ? x.map((v) => v / total) : x.map(() => 1 / n);
}
