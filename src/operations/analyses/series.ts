/** The `series` analysis: cooperation and conflict between two actors over time. */
import { seriesContract } from '../../contracts/analyses/series.js';
import { defineAnalysis } from './analysis.js';
import { pairSeries } from '../../analysis/series.js';
import { pick } from './table-columns.js';

export const seriesAnalysis = defineAnalysis(seriesContract, {
  needs: ['events'],
  run: pairSeries,
  tables: (r) => ({
    buckets: r.buckets.map((b) => ({
      ...pick(b, ['bucket', 'start', 'end']),
      ...b.counts,
      ...pick(b, ['total', 'intensity', 'imprecise']),
      events: b.events.map((e) => e.id),
    })),
    events: r.buckets.flatMap((b) => b.events.map((e) => ({ bucket: b.bucket, ...e }))),
  }),
});
