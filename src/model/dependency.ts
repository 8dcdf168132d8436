/**
 * A dependency: `to` relies on `from` for a commodity or service (gas, oil, arms, trade, transit...).
 * The flow runs from supplier to dependent. `share` is the fraction (0..1) of the dependent's total
 * for that commodity that the supplier provides; `value` with `unit` gives an absolute amount.
 */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citations } from './citation.js';
import { Status } from './status.js';

export const COMMODITIES = [
  'gas', 'oil', 'arms', 'trade', 'transit', 'remittances', 'investment', 'aid', 'energy', 'security', 'exports',
] as const;

export const Dependency = z
  .object({
    id: RecordId,
    from: ActorId,
    to: ActorId,
    commodity: z.enum(COMMODITIES),
    share: z.number().min(0).max(1).optional(),
    share_high: z.number().min(0).max(1).optional(),
    value: z.number().optional(),
    unit: z.string().optional(),
    period_from: PartialDate,
    period_to: PartialDate.nullable().default(null),
    approximate: z.boolean().default(false),
    summary: z.string().min(1).max(400),
    citations: Citations,
    status: Status.default('asserted'),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => d.share !== undefined || d.value !== undefined, { message: 'a dependency needs a share or a value', path: ['share'] })
  .refine((d) => d.value === undefined || d.unit !== undefined, { message: 'a value needs a unit', path: ['unit'] });
export type Dependency = z.infer<typeof Dependency>;
