/**
 * The rolling-origin backtest (Tashman 2000): for every month from `from` to `to`, each model is
 * given the panel cut at that month (panel.ts `cutAt`, so it cannot read a later month) and forecasts
 * each scored country 1 to 6 months ahead; each forecast is scored against what happened. A target is
 * an onset when the country had no deaths in the `quiet` months up to the origin (default 12), a
 * continuation otherwise (the split the VIEWS evaluations use). Scores (scores.ts): Brier for
 * P(any death) and P(≥ 25), CRPS on the counts and on log(1 + count). Skill against a baseline is
 * 1 − score / baseline's score: positive is better than the baseline, negative worse.
 */
import { UsageError } from '../../model/errors.js';
import { brier, crps, mapAtoms } from './scores.js';
import { MAX_HORIZON, cutAt, monthIndex, pAtLeast, type ConflictModel, type Panel } from './panel.js';

export const SUBSETS = ['all', 'onset', 'continuation'] as const;
export type Subset = (typeof SUBSETS)[number];
export const SCORES = ['brier', 'brier25', 'crps', 'crpsLog'] as const;
export type ScoreName = (typeof SCORES)[number];

export interface BacktestOptions {
  /** First origin, YYYY-MM. Default 2010-01. */
  from?: string;
  /** Last origin, YYYY-MM. Default: the month before the last month of data. */
  to?: string;
  /** Countries scored (actor ids). Default ARM, AZE, GEO. */
  countries?: string[];
  /** Horizons scored. Default 1–6. */
  horizons?: number[];
  /** Quiet months before an origin that make its targets onsets. Default 12. */
  quiet?: number;
  /** The threshold of the second probability. Default 25. */
  threshold?: number;
}

export const BACKTEST_DEFAULTS = {
  from: '2010-01',
  countries: ['ARM', 'AZE', 'GEO'],
  horizons: [1, 2, 3, 4, 5, 6],
  quiet: 12,
  threshold: 25,
};

/** One scored forecast. */
export interface ScoredForecast {
  model: string;
  country: string;
  origin: string;
  horizon: number;
  subset: Exclude<Subset, 'all'>;
  pAny: number;
  pThreshold: number;
  actual: number;
  brier: number;
  brier25: number;
  crps: number;
  crpsLog: number;
}

export type ScoreTable = Record<ScoreName, number> & { n: number };

export interface ModelSummary {
  name: string;
  method: string;
  scores: Record<Subset, ScoreTable>;
}

export interface Skill {
  model: string;
  baseline: string;
  subset: Subset;
  score: ScoreName;
  skill: number;
}

export interface BacktestResult {
  from: string;
  to: string;
  countries: string[];
  horizons: number[];
  quiet: number;
  threshold: number;
  origins: number;
  models: ModelSummary[];
  skill: Skill[];
  forecasts: ScoredForecast[];
}

function summarise(rows: ScoredForecast[]): ScoreTable {
  const n = rows.length;
  const avg = (k: ScoreName): number => (n ? rows.reduce((s, r) => s + r[k], 0) / n : Number.NaN);
  return { n, brier: avg('brier'), brier25: avg('brier25'), crps: avg('crps'), crpsLog: avg('crpsLog') };
}

/** Scores every model from every origin; skill is measured for every model against each model named in `baselines`. */
export function backtest(
  panel: Panel,
  models: ConflictModel[],
  baselines: string[],
  options: BacktestOptions = {},
): BacktestResult {
  const o = { ...BACKTEST_DEFAULTS, ...options };
  const lastMonth = panel.months.length - 1;
  const first = monthIndex(panel, o.from);
  const last = o.to ? monthIndex(panel, o.to) : lastMonth - 1;
  if (last < first) throw new UsageError(`the backtest's last origin ${o.to} is before its first ${o.from}`);
  if (first < o.quiet) throw new UsageError(`the first origin needs ${o.quiet} months of history before it`);
  for (const h of o.horizons) {
    if (!Number.isInteger(h) || h < 1 || h > MAX_HORIZON)
      throw new UsageError(`horizon ${h} is outside 1–${MAX_HORIZON}`);
  }
  const units = o.countries.map((code) => {
    const u = panel.countries.find((c) => c.code === code);
    if (!u)
      throw new UsageError(
        `no deaths series for "${code}"; the panel has ${panel.countries.map((c) => c.code).join(', ')}`,
      );
    return u;
  });
  const forecasts: ScoredForecast[] = [];
  for (let origin = first; origin <= last; origin++) {
    const seen = cutAt(panel, origin);
    for (const h of o.horizons) {
      if (origin + h > lastMonth) continue;
      for (const model of models) {
        const forecast = model.prepare(seen, h);
        for (const unit of units) {
          const known = seen.countries.find((c) => c.code === unit.code)!;
          const d = forecast(known);
          const actual = unit.deaths[origin + h] ?? 0;
          const quiet = known.deaths.slice(-o.quiet).every((v) => v === 0);
          const pAny = pAtLeast(d, 1);
          const pThreshold = pAtLeast(d, o.threshold);
          forecasts.push({
            model: model.name,
            country: unit.code,
            origin: panel.months[origin] as string,
            horizon: h,
            subset: quiet ? 'onset' : 'continuation',
            pAny,
            pThreshold,
            actual,
            brier: brier(pAny, actual > 0),
            brier25: brier(pThreshold, actual >= o.threshold),
            crps: crps(d, actual),
            crpsLog: crps(mapAtoms(d, Math.log1p), Math.log1p(actual)),
          });
        }
      }
    }
  }
  const summaries = models.map((m): ModelSummary => {
    const mine = forecasts.filter((f) => f.model === m.name);
    return {
      name: m.name,
      method: m.method,
      scores: {
        all: summarise(mine),
        onset: summarise(mine.filter((f) => f.subset === 'onset')),
        continuation: summarise(mine.filter((f) => f.subset === 'continuation')),
      },
    };
  });
  const skill: Skill[] = [];
  for (const m of summaries) {
    for (const b of summaries.filter((s) => baselines.includes(s.name) && s.name !== m.name)) {
      for (const subset of SUBSETS) {
        for (const score of SCORES) {
          const base = b.scores[subset][score];
          skill.push({
            model: m.name,
            baseline: b.name,
            subset,
            score,
            skill: base > 0 ? 1 - m.scores[subset][score] / base : Number.NaN,
          });
        }
      }
    }
  }
  return {
    from: panel.months[first] as string,
    to: panel.months[last] as string,
    countries: o.countries,
    horizons: o.horizons,
    quiet: o.quiet,
    threshold: o.threshold,
    origins: last - first + 1,
    models: summaries,
    skill,
    forecasts,
  };
}

/** Every model's scores over the forecasts made from `from` on (e.g. the years Orrery's events cover densely). */
export function scoresFrom(r: BacktestResult, from: string): Array<{ name: string } & Record<Subset, ScoreTable>> {
  return r.models.map((m) => {
    const mine = r.forecasts.filter((f) => f.model === m.name && f.origin >= from);
    return {
      name: m.name,
      all: summarise(mine),
      onset: summarise(mine.filter((f) => f.subset === 'onset')),
      continuation: summarise(mine.filter((f) => f.subset === 'continuation')),
    };
  });
}

/** Every model's scores over all targets, horizon by horizon. */
export function scoresByHorizon(
  r: BacktestResult,
): Array<{ name: string; horizons: Array<{ horizon: number } & ScoreTable> }> {
  return r.models.map((m) => ({
    name: m.name,
    horizons: r.horizons.map((h) => ({
      horizon: h,
      ...summarise(r.forecasts.filter((f) => f.model === m.name && f.horizon === h)),
    })),
  }));
}
