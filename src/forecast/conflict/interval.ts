/**
 * How sure the skill figures are: a moving-block bootstrap over forecast origins (Künsch 1989). The
 * origins are resampled in runs of `block` consecutive months (default 12), so the overlap between
 * neighbouring origins' 1–6-month targets, and the persistence of war and peace, stay inside a block.
 * Every draw rescores every model on the same resampled origins, so each skill figure is paired, and
 * the interval is the percentile range of the draws (default 95%). Randomness is injected: `rng`
 * returns floats in [0, 1) (e.g. mulberry32 from src/analysis/random.ts), so a seed gives the same
 * intervals.
 */
import { SCORES, SUBSETS, type BacktestResult, type ScoreName, type Subset } from './backtest.js';

export interface IntervalOptions {
  /** Bootstrap draws. Default 1000. */
  draws?: number;
  /** Origins per block. Default 12. */
  block?: number;
  /** Coverage of the interval. Default 0.95. */
  level?: number;
}

export const INTERVAL_DEFAULTS: Required<IntervalOptions> = { draws: 1000, block: 12, level: 0.95 };

export interface SkillInterval {
  model: string;
  baseline: string;
  subset: Subset;
  score: ScoreName;
  low: number;
  high: number;
}

const quantileOf = (sorted: number[], q: number): number => {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] as number;
};

/** Interval of every skill figure in `r.skill`, from resampled origins. */
export function skillIntervals(r: BacktestResult, rng: () => number, options: IntervalOptions = {}): SkillInterval[] {
  const o = { ...INTERVAL_DEFAULTS, ...options };
  const origins = [...new Set(r.forecasts.map((f) => f.origin))].sort();
  const at = new Map(origins.map((m, i) => [m, i]));
  const n = origins.length;
  // Per model, subset and score: the summed score of each origin's forecasts.
  const sums = new Map<string, Float64Array>();
  const key = (model: string, subset: Subset, score: ScoreName): string => `${model}|${subset}|${score}`;
  for (const f of r.forecasts) {
    const i = at.get(f.origin) as number;
    for (const subset of ['all', f.subset] as const) {
      for (const score of SCORES) {
        const k = key(f.model, subset, score);
        let a = sums.get(k);
        if (!a) sums.set(k, (a = new Float64Array(n)));
        a[i] = (a[i] as number) + f[score];
      }
    }
  }
  const block = Math.max(1, Math.min(o.block, n));
  const draws = new Map<string, number[]>();
  const weights = new Float64Array(n);
  for (let d = 0; d < o.draws; d++) {
    weights.fill(0);
    for (let filled = 0; filled < n;) {
      const start = Math.floor(rng() * (n - block + 1));
      for (let j = 0; j < block && filled < n; j++, filled++) weights[start + j] = (weights[start + j] as number) + 1;
    }
    const total = new Map<string, number>();
    for (const [k, a] of sums) {
      let s = 0;
      for (let i = 0; i < n; i++) s += (weights[i] as number) * (a[i] as number);
      total.set(k, s);
    }
    for (const k of r.skill) {
      const m = total.get(key(k.model, k.subset, k.score));
      const b = total.get(key(k.baseline, k.subset, k.score));
      if (m === undefined || b === undefined || !(b > 0)) continue;
      const id = key(`${k.model}>${k.baseline}`, k.subset, k.score);
      let list = draws.get(id);
      if (!list) draws.set(id, (list = []));
      list.push(1 - m / b);
    }
  }
  const tail = (1 - o.level) / 2;
  return r.skill
    .filter((k) => SUBSETS.includes(k.subset))
    .map((k) => {
      const list = (draws.get(key(`${k.model}>${k.baseline}`, k.subset, k.score)) ?? []).sort((x, y) => x - y);
      return { ...pick(k), low: quantileOf(list, tail), high: quantileOf(list, 1 - tail) };
    });
}

const pick = (k: BacktestResult['skill'][number]): Omit<SkillInterval, 'low' | 'high'> => ({
  model: k.model,
  baseline: k.baseline,
  subset: k.subset,
  score: k.score,
});
