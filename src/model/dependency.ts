/**
 * A dependency: `to` relies on `from` for a commodity or service (gas, oil, arms, trade, transit...).
 * The flow runs from supplier to dependent. `share` is the fraction (0..1) of the dependent's total
 * for that commodity that the supplier provides; `value` with `unit` gives an absolute amount.
 *
 * `basis` says what kind of figure it is:
 * - `observed`: a figure a source reports for the period (possibly approximate, "around 30%");
 * - `estimated`: an estimate, not a reported figure: most often the curators' coarse encoding of a
 *   source's wording (0.1 minor, 0.3 significant, 0.5 main or heavy, 0.9 near-total), or a source's
 *   own guess; outputs flag it `estimate: true`;
 * - `projected`: a target or forecast (a plan to double imports by 2027). Its period runs from when
 *   it was set to the date it is for (`period_to`, required). Exposure never counts it as a share
 *   and never lets it replace an observed or estimated figure: it is reported apart.
 *
 * Records with the same supplier, dependent and commodity form one dated series; a later
 * `period_from` supersedes an earlier record from that date. `series` names a separate series for
 * records of one pair and commodity that add up instead of replacing each other (two aid packages). `some_years` marks a figure the source
 * gives for unnamed years within the period (a peak, "in some years over 40%"): it is shown beside
 * the series' level, never as the level itself.
 */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citations } from './citation.js';
import { Status } from './status.js';
import { Reference } from './reference.js';

export const COMMODITIES = [
  'gas',
  'oil',
  'arms',
  'trade',
  'transit',
  'remittances',
  'investment',
  'aid',
  'energy',
  'security',
  'exports',
] as const;

export const DEPENDENCY_BASES = ['observed', 'estimated', 'projected'] as const;
export const DependencyBasis = z.enum(DEPENDENCY_BASES);
export type DependencyBasis = z.infer<typeof DependencyBasis>;

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
    basis: DependencyBasis.default('observed'),
    some_years: z.boolean().default(false),
    series: RecordId.optional(),
    summary: z.string().min(1).max(400),
    citations: Citations,
    /** External references for what the sources do not state (a date: when oil could first flow), marked "not fetched". */
    references: z.array(Reference).default([]),
    status: Status.default('asserted'),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => d.share !== undefined || d.value !== undefined, {
    message: 'a dependency needs a share or a value',
    path: ['share'],
  })
  .refine((d) => d.value === undefined || d.unit !== undefined, { message: 'a value needs a unit', path: ['unit'] })
  .refine((d) => d.basis !== 'projected' || d.period_to !== null, {
    message: 'a projected dependency needs period_to: the date the target or forecast is for',
    path: ['period_to'],
  })
  .refine((d) => d.basis !== 'estimated' || (d.note ?? '').trim() !== '', {
    message: 'an estimated dependency needs a note saying whose estimate it is and what wording it encodes',
    path: ['note'],
  })
  .refine((d) => !(d.some_years && d.basis === 'projected'), {
    message: 'some_years describes past figures; a projection cannot have it',
    path: ['some_years'],
  });
export type Dependency = z.infer<typeof Dependency>;
