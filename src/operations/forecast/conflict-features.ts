/**
 * Orrery's own series as a feature of the conflict forecasts: for each country, the conflict between
 * it and the other parties of the region (ARM, AZE, GEO, RUS, TUR, IRN and Artsakh) by month, taken from the pair
 * series of the regional model (src/analysis/series.ts): the summed absolute intensity of its verbal
 * and material conflict events. An event dated only to a year counts in that year's December, an event
 * dated to a month in that month, so a month's value holds only events that had surely happened by its
 * end (the pair series itself puts a year-dated event in January, which would leak it into earlier
 * origins). The shipped events are few before 2020, so the feature is near zero for most of the
 * backtest; say so wherever it is reported.
 */
import { SeriesParams, pairSeries } from '../../analysis/series.js';
import type { AnalysisEvent } from '../../analysis/input.js';

/** The region's states, and Artsakh, the other side of most fighting with Azerbaijan until 2023. */
export const REGION_PARTIES = ['ARM', 'AZE', 'GEO', 'RUS', 'TUR', 'IRN', 'ARTSAKH'] as const;

const CONFLICT = new Set(['verbal-conflict', 'material-conflict']);

/** By country code, the monthly conflict intensity aligned with `months` (YYYY-MM). */
export function orreryConflictSeries(
  events: readonly AnalysisEvent[],
  months: readonly string[],
  codes: readonly string[],
): Map<string, number[]> {
  const index = new Map(months.map((m, i) => [m, i]));
  const out = new Map<string, number[]>();
  for (const code of codes) {
    const series = new Array<number>(months.length).fill(0);
    for (const other of REGION_PARTIES) {
      if (other === code) continue;
      const params = SeriesParams.parse({ a: code, b: other, granularity: 'month' });
      for (const bucket of pairSeries({ events }, params).buckets) {
        for (const e of bucket.events) {
          if (!CONFLICT.has(e.quad_class)) continue;
          const month = e.date.length >= 7 ? e.date.slice(0, 7) : `${e.date.slice(0, 4)}-12`;
          const i = index.get(month);
          if (i !== undefined) series[i] = (series[i] ?? 0) + Math.abs(e.intensity);
        }
      }
    }
    out.set(code, series);
  }
  return out;
}
