/** The `series` analysis: cooperation and conflict between two actors over time. */
import { defineAnalysis } from '../analysis.js';
import { SeriesParams, pairSeries } from '../series.js';

export const seriesAnalysis = defineAnalysis({
  id: 'series',
  title: 'Pair series',
  description:
    'Events between two actors by month, quarter or year: counts per quad class (verbal and material cooperation and conflict), summed intensity and the events behind each bucket.',
  params: SeriesParams,
  positional: ['a', 'b'],
  needs: ['events'],
  outputs: {
    json: '{ a, b, granularity, direction, buckets: [{ bucket, start, end, counts: { <quad class>: n }, total, intensity, imprecise, events: [{ id, date, direction, quad_class, intensity, event_type, summary }] }], totals }',
    tables: { buckets: 'one row per bucket', events: 'one row per event, with its bucket' },
  },
  run: (data, p) => pairSeries(data, p),
  tables: (r) => ({
    buckets: r.buckets.map((b) => ({
      bucket: b.bucket,
      start: b.start,
      end: b.end,
      ...b.counts,
      total: b.total,
      intensity: b.intensity,
      imprecise: b.imprecise,
      events: b.events.map((e) => e.id),
    })),
    events: r.buckets.flatMap((b) => b.events.map((e) => ({ bucket: b.bucket, ...e }))),
  }),
});
