/** The `series` analysis: cooperation and conflict between two actors over time. */
import { seriesContract } from '../../contracts/analyses/series.js';
import { defineAnalysis } from '../analysis.js';
import { pairSeries } from '../series.js';

export const seriesAnalysis = defineAnalysis(seriesContract, {
  needs: ['events'],
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
