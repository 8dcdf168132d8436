/**
 * The conflict family of `orrery forecast`: `forecast conflict COUNTRY [--horizon N] [--at DATE]`, a
 * country's deaths in organised violence 1–6 months ahead, and `forecast backtest ucdp`, every model
 * scored from every monthly origin since 2010 against the VIEWS-style baselines
 * (docs/forecasts-conflict.md).
 */
import type { Command } from 'commander';
import { conflictForecastContract } from '../../contracts/forecast/conflict.js';
import { defaultUcdpDir } from '../../dataset/ucdp.js';
import { SCORES, SUBSETS, scoresByHorizon, scoresFrom, type BacktestResult } from '../../forecast/conflict/backtest.js';
import { BASELINE_NAMES } from '../../forecast/conflict/models.js';
import type { SkillInterval } from '../../forecast/conflict/interval.js';
import {
  contextPanel,
  runConflictForecast,
  ucdpBacktest,
  ucdpSkillIntervals,
} from '../../operations/forecast/conflict.js';
import { withStore } from '../open.js';
import { operationContext, readParams } from '../operation-command.js';
import { print, printJson, table } from '../output.js';

/** From here on the shipped events are dense enough for Orrery's own series to say something. */
export const DENSE_FROM = '2020-01';

const pct = (p: number): string => `${(100 * p).toFixed(1)}%`;
const fixed = (x: number, d: number): string => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** The backtest as JSON: the summary and skill tables, without the 16,000 scored forecasts. */
export function backtestJson(r: BacktestResult, seconds: number, intervals: SkillInterval[]): object {
  return {
    data: 'UCDP GED 25.1 and VIEWS actuals, spliced (docs/forecasts-conflict.md)',
    from: r.from,
    to: r.to,
    origins: r.origins,
    countries: r.countries,
    horizons: r.horizons,
    quiet: r.quiet,
    threshold: r.threshold,
    seconds,
    models: r.models.map((m) => ({
      name: m.name,
      method: m.method,
      n: m.scores.all.n,
      brier: m.scores.all.brier,
      brier25: m.scores.all.brier25,
      crps: m.scores.all.crps,
      crpsLog: m.scores.all.crpsLog,
      onset: m.scores.onset,
      continuation: m.scores.continuation,
    })),
    skill: r.skill.map((k, i) => ({ ...k, low: intervals[i]?.low ?? null, high: intervals[i]?.high ?? null })),
    since2020: { from: DENSE_FROM, models: scoresFrom(r, DENSE_FROM) },
    byHorizon: scoresByHorizon(r),
  };
}

export function backtestText(r: BacktestResult, seconds: number, intervals: SkillInterval[]): string {
  const scores = table(
    ['model', 'targets', 'n', 'Brier any', `Brier ≥${r.threshold}`, 'CRPS', 'CRPS log1p'],
    r.models.flatMap((m) =>
      SUBSETS.map((s) => [
        s === 'all' ? m.name : '',
        s,
        m.scores[s].n,
        fixed(m.scores[s].brier, 4),
        fixed(m.scores[s].brier25, 4),
        fixed(m.scores[s].crps, 2),
        fixed(m.scores[s].crpsLog, 3),
      ]),
    ),
  );
  const candidates = r.models.filter((m) => !BASELINE_NAMES.includes(m.name)).map((m) => m.name);
  const cell = (model: string, baseline: string, subset: string, score: string): string => {
    const i = r.skill.findIndex(
      (k) => k.model === model && k.baseline === baseline && k.subset === subset && k.score === score,
    );
    const k = r.skill[i];
    const ci = intervals[i];
    if (!k || !Number.isFinite(k.skill)) return '–';
    const range = ci && Number.isFinite(ci.low) ? ` [${fixed(100 * ci.low, 1)}, ${fixed(100 * ci.high, 1)}]` : '';
    return `${fixed(100 * k.skill, 1)}${range}`;
  };
  const skills = table(
    ['model', 'against', 'targets', 'Brier any', `Brier ≥${r.threshold}`, 'CRPS', 'CRPS log1p'],
    candidates.flatMap((m) =>
      BASELINE_NAMES.flatMap((b) => SUBSETS.map((s) => [m, b, s, ...SCORES.map((k) => cell(m, b, s, k))])),
    ),
  );
  const recent = table(
    ['model', 'n', 'Brier any', `Brier ≥${r.threshold}`, 'CRPS', 'CRPS log1p'],
    scoresFrom(r, DENSE_FROM).map((m) => [
      m.name,
      m.all.n,
      fixed(m.all.brier, 4),
      fixed(m.all.brier25, 4),
      fixed(m.all.crps, 2),
      fixed(m.all.crpsLog, 3),
    ]),
  );
  const byHorizon = table(
    ['model', ...r.horizons.map((h) => `h${h} Brier any`), ...r.horizons.map((h) => `h${h} CRPS log1p`)],
    scoresByHorizon(r).map((m) => [
      m.name,
      ...m.horizons.map((h) => fixed(h.brier, 3)),
      ...m.horizons.map((h) => fixed(h.crpsLog, 3)),
    ]),
  );
  const losses = r.skill.filter(
    (k) => candidates.includes(k.model) && BASELINE_NAMES.includes(k.baseline) && !(k.skill > 0),
  );
  return [
    `Rolling-origin backtest, UCDP deaths in ${r.countries.join(', ')}: ${r.origins} monthly origins ${r.from} to ${r.to}, horizons ${r.horizons.join(', ')}; onsets follow ${r.quiet} quiet months. ${fixed(seconds, 1)} s.`,
    'Scores (lower is better):',
    scores,
    'Skill, % (1 − score / baseline score; positive beats the baseline), with a 95% interval from a 12-month block bootstrap over origins:',
    skills,
    `Where a model does not beat a baseline (skill ≤ 0 or undefined): ${losses.length} of ${r.skill.filter((k) => candidates.includes(k.model)).length} comparisons.`,
    'By horizon (months ahead), all targets:',
    byHorizon,
    `Origins from ${DENSE_FROM} on, where Orrery's own events are dense enough to be a feature (all targets):`,
    recent,
  ].join('\n');
}

let forecastCommand: Command | undefined;

/** The family, structurally a `ForecastFamily` (forecast.ts lists it; importing that type back would be a cycle). */
export const conflictFamily = {
  register(forecast: Command): void {
    forecastCommand = forecast;
    forecast
      .command('conflict')
      .description(
        'deaths in organised violence in a country 1–6 months ahead: P(any), P(≥25), expected count and quantiles',
      )
      .argument('<country>', 'the country: an id or a name (ARM, Azerbaijan, Georgia…)')
      .option('--horizon <n>', 'forecast every month up to this many ahead (1–6)', '6')
      .option('--at <date>', 'the origin: the last month the forecast may use (default: the last month of the data)')
      .option('--model <name>', 'zero, last, average, resample, hurdle, pooled or hurdle-orrery', 'pooled')
      .option('--ucdp <dir>', 'the UCDP folder (default: ORRERY_UCDP, else <project>/../shared/data/ucdp)')
      .option('--json', 'print JSON')
      .action(async (country: string, opts: Record<string, string | boolean | undefined>, command: Command) => {
        await withStore(command, async (store) => {
          const ctx = operationContext(command, store);
          const params = await readParams(
            store,
            conflictForecastContract.input,
            { country, horizon: opts.horizon, at: opts.at, model: opts.model },
            ['country'],
          );
          const f = await runConflictForecast(ctx, params, typeof opts.ucdp === 'string' ? opts.ucdp : undefined);
          if (opts.json) return printJson(f);
          const q = (m: (typeof f.months)[number], k: string): number | undefined => m.quantiles[k];
          print(
            `${f.name} (${f.country}): deaths in organised violence after ${f.origin}, model ${f.model} (${f.method})\n` +
              `last 12 months: ${f.recent.join(' ')}\n` +
              table(
                ['month', 'ahead', 'P(any)', `P(≥${f.threshold})`, 'mean', 'median', '90% interval'],
                f.months.map((m) => [
                  m.month,
                  m.horizon,
                  pct(m.pAny),
                  pct(m.pThreshold),
                  fixed(m.mean, 1),
                  q(m, 'q50'),
                  `${q(m, 'q5')}–${q(m, 'q95')}`,
                ]),
              ),
          );
        });
      });
  },
  backtests: {
    ucdp: {
      description: 'conflict deaths by country and month (UCDP), rolling origin 2010–2024',
      async run(options: { json?: boolean }): Promise<void> {
        if (!forecastCommand) throw new Error('the conflict family is not registered');
        await withStore(forecastCommand, async (store) => {
          const ctx = operationContext(forecastCommand!, store);
          const panel = await contextPanel(ctx, defaultUcdpDir());
          const t0 = performance.now();
          const r = ucdpBacktest(panel);
          const seconds = (performance.now() - t0) / 1000;
          const intervals = ucdpSkillIntervals(r);
          if (options.json) printJson(backtestJson(r, seconds, intervals));
          else print(backtestText(r, seconds, intervals));
        });
      },
    },
  },
};
