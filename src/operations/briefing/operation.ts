/**
 * `brief` (GET /api/brief, `orrery brief`): gathers what a briefing is composed from (the data, or
 * the data under a scenario; the diff across the period; pair series; the claims that disagree;
 * fired alerts and conflict forecasts where they exist) and composes it (compose.ts). The JSON
 * answer is the composed briefing; the Markdown and HTML renderings are written from it (render-md,
 * render-html) by the fronts.
 */
import type { z } from 'zod';
import { pairSeries } from '../../analysis/series.js';
import { scenarioMark } from '../../analysis/scenario.js';
import { briefContract, type Briefing } from '../../contracts/brief.js';
import type { ParamsOf } from '../../contracts/contract.js';
import { UsageError, claimActors } from '../../model/index.js';
import { parseParams } from '../analyses/analysis.js';
import { diffAnalysis } from '../analyses/diff.js';
import type { OperationContext } from '../context.js';
import { contextPanel } from '../forecast/conflict.js';
import { forecastCountry } from '../../forecast/conflict/forecast.js';
import type { AnalysisData } from '../../analysis/input.js';
import { defineOperation } from '../operation.js';
import { evaluateClaims } from '../claims/index.js';
import { getScenario } from '../scenarios/evidence.js';
import { composeBriefing, type AheadAlert, type AheadClaim, type AheadForecast } from './compose.js';
import { briefingPeriod, dayString } from './period.js';

export const DEFAULT_FOCUS = ['ARM', 'AZE', 'GEO'] as const;
/** Countries the conflict forecast covers (src/forecast/conflict). */
const FORECAST_COUNTRIES = new Set(['ARM', 'AZE', 'GEO', 'IRN', 'RUS', 'TUR']);

type Params = ParamsOf<typeof briefContract>;

/**
 * The claims about the focus actors that the figures do not bear out. Only claims naming a focus
 * actor are judged (route claims name places, not actors, and are left to `orrery claims`).
 */
async function disagreeing(ctx: OperationContext, data: AnalysisData, focus: readonly string[]): Promise<AheadClaim[]> {
  const mine = new Set(focus);
  const claims = (await ctx.store.listClaims())
    .map((c) => ({ claim: c, actors: claimActors(c).map((a) => a.actor) }))
    .filter((c) => c.actors.some((a) => mine.has(a)));
  const results = evaluateClaims(
    claims.map((c) => c.claim),
    data,
  );
  return results.flatMap((r, i) =>
    r.verdict === 'disagrees'
      ? [{ statement: r.statement, key: r.key, actors: claims[i]!.actors, citations: r.citations }]
      : [],
  );
}

/** Fired alerts, when the store keeps them. */
async function firedAlerts(ctx: OperationContext): Promise<AheadAlert[]> {
  const store = ctx.store as Partial<Pick<typeof ctx.store, 'listAlertFirings'>>;
  if (typeof store.listAlertFirings !== 'function') return [];
  const firings = await store.listAlertFirings({ limit: 500 }).catch(() => []);
  return firings.map((f) => ({
    firedAt: f.fired_at,
    message: f.message,
    events: f.evidence.events,
    citations: f.evidence.citations,
  }));
}

/**
 * Each focus country's conflict forecast from the month of `at`, 1–3 months ahead; none when the
 * UCDP data are missing or end before that month (the forecast would look at months already past).
 */
async function forecasts(ctx: OperationContext, countries: readonly string[], at: string) {
  const out = new Map<string, AheadForecast>();
  const wanted = countries.filter((c) => FORECAST_COUNTRIES.has(c));
  if (!wanted.length) return out;
  const panel = await contextPanel(ctx).catch(() => undefined);
  const month = at.slice(0, 7);
  if (!panel || !panel.months.includes(month)) return out;
  for (const country of wanted) {
    try {
      const f = forecastCountry(panel, country, { horizon: 3, at: month, model: 'pooled' });
      out.set(country, {
        country,
        name: f.name,
        origin: f.origin,
        months: f.months.map((m) => ({ month: m.month, pAny: m.pAny, mean: m.mean })),
        data: 'UCDP deaths in organised violence (GED and VIEWS), with Orrery’s conflict series',
      });
    } catch {
      // Too few months before the origin, or no series for the country: no forecast for it.
    }
  }
  return out;
}

export async function buildBriefing(ctx: OperationContext, p: Params): Promise<z.input<typeof Briefing>> {
  if (p.pair && p.focus) throw new UsageError('give --focus or --pair, not both');
  if (p.pair && p.pair.length !== 2) throw new UsageError(`--pair takes two actors, got ${p.pair.length}`);
  const period = briefingPeriod(p.at, p.since);
  const scenario = p.scenario ? await getScenario(ctx, p.scenario) : undefined;
  const data = scenario ? await ctx.data.scenarioData(scenario) : await ctx.data.analysisData();
  const diff = diffAnalysis.run(
    data,
    parseParams(diffAnalysis, { from: dayString(period.from - 1), to: period.at, limit: 100_000, explainTop: 1000 }),
  );
  const countries = p.pair ? [] : [...new Set(p.focus?.length ? p.focus : DEFAULT_FOCUS)];
  const [claims, alerts, ahead] = await Promise.all([
    disagreeing(ctx, data, p.pair ?? countries),
    firedAlerts(ctx),
    forecasts(ctx, countries, period.at),
  ]);
  return composeBriefing({
    period,
    data,
    diff,
    focus: p.pair ? { pair: [p.pair[0]!, p.pair[1]!] } : { countries },
    series: (a, b, from, to) =>
      pairSeries(data, {
        a,
        b,
        from,
        to,
        granularity: 'month',
        direction: 'both',
        origins: ['curated', 'coded'],
        statuses: ['asserted', 'disputed', 'denied'],
        level: 'state',
      }),
    claims,
    alerts,
    forecasts: ahead,
    ...(scenario ? { scenario: scenarioMark(scenario) } : {}),
  });
}

export const briefingOperation = defineOperation({
  contract: briefContract,
  run: (ctx, p) => buildBriefing(ctx, p),
});
