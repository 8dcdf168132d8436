/** `series`: cooperation and conflict between two actors by month, quarter or year. */
import { z } from 'zod';
import { QUAD_CLASSES } from '../../model/plover.js';
import { GRANULARITIES, SeriesParams } from '../../analysis/series.js';
import { analysisContract } from './define.js';
import { Count, QuadCounts } from './parts.js';

export const SeriesEvent = z
  .strictObject({
    id: z.string(),
    date: z.string(),
    direction: z
      .enum(['a-to-b', 'b-to-a', 'mutual', 'joint'])
      .describe('one acts on the other, counterparts of one act (mutual) or partners in one act (joint)'),
    quad_class: z.enum(QUAD_CLASSES).describe('the class the event counts as between the pair'),
    intensity: z.number().describe("the tie's weight from this event"),
    event_type: z.string().optional(),
    summary: z.string().optional(),
  })
  .meta({ id: 'SeriesEvent' });

export const SeriesBucket = z
  .strictObject({
    bucket: z.string().describe('2023-09, 2023-Q3 or 2023'),
    start: z.string(),
    end: z.string(),
    counts: QuadCounts,
    total: Count,
    intensity: z.number(),
    imprecise: Count.describe('events dated less precisely than the buckets'),
    events: z.array(SeriesEvent),
  })
  .meta({ id: 'SeriesBucket' });

export const SeriesResult = z
  .strictObject({
    a: z.string(),
    b: z.string(),
    granularity: z.enum(GRANULARITIES),
    direction: SeriesParams.shape.direction.unwrap(),
    buckets: z.array(SeriesBucket),
    totals: QuadCounts.extend({ events: Count, intensity: z.number() }),
  })
  .meta({ id: 'SeriesResult' });

export const seriesContract = analysisContract({
  id: 'series',
  title: 'Pair series',
  description:
    'Events between two actors by month, quarter or year: counts per quad class (verbal and material cooperation and conflict), summed intensity and the events behind each bucket.',
  input: SeriesParams,
  result: SeriesResult,
  positional: ['a', 'b'],
  tables: { buckets: 'one row per bucket', events: 'one row per event, with its bucket' },
});
