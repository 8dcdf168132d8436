/** `series`: a pair's events over a period (the `series` analysis): summed intensity, or how many events. */
import type { ClaimTest } from '../../model/index.js';
import type { PairSeries } from '../../analysis/series.js';
import { fmt, judge } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type SeriesT = Extract<ClaimTest, { kind: 'series' }>;

export function checkSeries(t: SeriesT, ctx: ClaimContext): CheckResult {
  const r = ctx.run<PairSeries>('series', {
    ...t.options,
    a: t.a,
    b: t.b,
    from: t.from,
    to: t.to,
    granularity: 'year',
  });
  const x = r.totals;
  const conflict = x['verbal-conflict'] + x['material-conflict'];
  const cooperation = x['verbal-cooperation'] + x['material-cooperation'];
  const figure =
    t.measure === 'intensity'
      ? x.intensity
      : t.measure === 'events'
        ? x.events
        : t.measure === 'conflict-events'
          ? conflict
          : cooperation;
  return {
    kind: 'series',
    verdict: judge(t.expect, figure, null, t.value),
    figures: {
      pair: `${t.a}–${t.b}`,
      from: t.from,
      to: t.to,
      measure: t.measure,
      figure,
      events: x.events,
      intensity: x.intensity,
      cooperation,
      conflict,
      value: t.value,
    },
    key: `${t.a}–${t.b} ${t.measure} ${t.from}..${t.to}: ${t.measure === 'intensity' ? fmt(figure, 1) : figure}; expected ${t.expect} ${t.value}`,
  };
}
