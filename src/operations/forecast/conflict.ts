/**
 * The conflict forecasts over the real data: the UCDP panel (src/dataset/ucdp.ts) with Orrery's
 * conflict series from the store as a covariate (conflict-features.ts), a country's forecast
 * (`forecast conflict`, GET /api/forecast/conflict/:country) and the rolling-origin backtest
 * (`forecast backtest ucdp`). The panel is read once per folder and data generation.
 */
import type { ParamsOf, ResultOf } from '../../contracts/contract.js';
import { conflictForecastContract } from '../../contracts/forecast/conflict.js';
import { loadUcdp, defaultUcdpDir } from '../../dataset/ucdp.js';
import { backtest, type BacktestOptions, type BacktestResult } from '../../forecast/conflict/backtest.js';
import { forecastCountry } from '../../forecast/conflict/forecast.js';
import { skillIntervals, type SkillInterval } from '../../forecast/conflict/interval.js';
import { mulberry32 } from '../../analysis/random.js';
import { BASELINE_NAMES, conflictModels } from '../../forecast/conflict/models.js';
import type { Panel } from '../../forecast/conflict/panel.js';
import type { AnalysisEvent } from '../../analysis/input.js';
import type { OperationContext } from '../context.js';
import { defineOperation } from '../operation.js';
import { orreryConflictSeries } from './conflict-features.js';

/** The UCDP panel, with Orrery's conflict series as each country's covariate when events are given. */
export function conflictPanel(dir: string, events?: readonly AnalysisEvent[]): Panel {
  const ucdp = loadUcdp(dir);
  const covariates = events
    ? orreryConflictSeries(
        events,
        ucdp.months,
        ucdp.countries.map((c) => c.code),
      )
    : undefined;
  return {
    months: ucdp.months,
    countries: ucdp.countries.map((c) => ({
      code: c.code,
      name: c.name,
      deaths: c.deaths,
      ...(covariates ? { covariate: covariates.get(c.code) } : {}),
    })),
  };
}

/**
 * Panels already built, by the event array they were built from (OperationData keeps one array until a
 * write replaces it, so a write also retires its panels) and the UCDP folder. The engines never change
 * a panel: they cut copies.
 */
const panels = new WeakMap<readonly AnalysisEvent[], Map<string, Panel>>();

/** The panel for an operation: the store's events as the covariate, built once per event array and folder. */
export async function contextPanel(ctx: OperationContext, dir = defaultUcdpDir()): Promise<Panel> {
  const { events } = await ctx.data.analysisData();
  let byDir = panels.get(events);
  if (!byDir) panels.set(events, (byDir = new Map()));
  let panel = byDir.get(dir);
  if (!panel) byDir.set(dir, (panel = conflictPanel(dir, events)));
  return panel;
}

/** Every model from every monthly origin (default 2010-01 to 2024-11), scored on ARM, AZE and GEO. */
export function ucdpBacktest(panel: Panel, options: BacktestOptions = {}): BacktestResult {
  const withCovariate = panel.countries.some((c) => c.covariate);
  return backtest(panel, conflictModels(withCovariate), BASELINE_NAMES, options);
}

/** A country's forecast with its names resolved; `dir` is the UCDP folder (the CLI's --ucdp). */
export async function runConflictForecast(
  ctx: OperationContext,
  params: ParamsOf<typeof conflictForecastContract>,
  dir = defaultUcdpDir(),
): Promise<ResultOf<typeof conflictForecastContract>> {
  const f = forecastCountry(await contextPanel(ctx, dir), params.country, {
    horizon: params.horizon,
    at: params.at,
    model: params.model,
  });
  return { ...f, data: 'UCDP GED 25.1 and VIEWS actuals, spliced: VIEWS from 2018-01 to 2024-04, GED otherwise' };
}

/** The seed of the bootstrap behind the skill intervals, fixed so the published intervals reproduce. */
export const INTERVAL_SEED = 2024;

/** 95% intervals of every skill figure: a moving-block bootstrap over origins (interval.ts), seeded. */
export function ucdpSkillIntervals(r: BacktestResult, seed = INTERVAL_SEED): SkillInterval[] {
  return skillIntervals(r, mulberry32(seed));
}

export const conflictForecastOperation = defineOperation({
  contract: conflictForecastContract,
  run: (ctx, params) => runConflictForecast(ctx, params),
});
