/**
 * A figure about one actor: a military budget, a population, a vote share, people displaced...
 * A range ("15 to 25 percent") has `value` as its low end and `high` as its top.
 */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citations } from './citation.js';
import { Status } from './status.js';

export const Indicator = z
  .object({
    id: RecordId,
    actor: ActorId,
    /** snake_case name of what is measured: military_budget, population, vote_share, displaced_persons... */
    metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a metric is snake_case'),
    value: z.number(),
    high: z.number().optional(),
    /** USD, EUR, percent, persons, km, years, count... */
    unit: z.string().min(1),
    date: PartialDate,
    /** True when the source gives the figure as approximate ("around", "over"). */
    approximate: z.boolean().default(false),
    /** "at least", "more than": the figure is a lower bound. */
    bound: z.enum(['exact', 'lower', 'upper']).default('exact'),
    summary: z.string().min(1).max(400),
    citations: Citations,
    status: Status.default('asserted'),
    note: z.string().optional(),
  })
  .strict()
  .refine((i) => i.high === undefined || i.high >= i.value, {
    message: 'high must not be below value',
    path: ['high'],
  });
export type Indicator = z.infer<typeof Indicator>;
