/**
 * A corridor: a named route for goods, energy or people. Its names are not neutral synonyms
 * (TRIPP, the Trump Route and the Zangezur corridor are each someone's word for one link; Armenia's
 * Crossroads of Peace is a plan of its own), so each name records who uses it. Status changes over time; rights say who controls,
 * operates or develops it, and on what terms.
 */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citation, Citations } from './citation.js';
import { Reference } from './reference.js';

export const CORRIDOR_KINDS = ['road', 'rail', 'oil-pipeline', 'gas-pipeline', 'fibre', 'power-line', 'ferry'] as const;
export const CORRIDOR_STATUSES = [
  'proposed',
  'agreed',
  'under-construction',
  'operational',
  'blocked',
  'closed',
] as const;
export const RIGHT_ROLES = [
  'sovereign',
  'controls',
  'operates',
  'develops',
  'protects',
  'monitors',
  'finances',
  'owns',
] as const;

export const CorridorName = z
  .object({
    name: z.string().min(1),
    used_by: z.array(ActorId).default([]),
    note: z.string().optional(),
    citations: z.array(Citation).default([]),
  })
  .strict();

/**
 * A status change cites the passage asserting it; where no source dates the change (BTC's first oil
 * in 2006), an external `reference` (marked, not fetched) stands behind the date, beside or instead
 * of citations.
 */
export const StatusChange = z
  .object({
    status: z.enum(CORRIDOR_STATUSES),
    from: PartialDate,
    note: z.string().optional(),
    citations: z.array(Citation).default([]),
    reference: Reference.optional(),
  })
  .strict()
  .refine((c) => c.citations.length > 0 || c.reference !== undefined, {
    message: 'give citations (a source states it) or a reference (external, not fetched)',
    path: ['citations'],
  });

export const RoutePoint = z
  .object({
    name: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    in: ActorId.optional(),
  })
  .strict();

export const Right = z
  .object({
    party: ActorId,
    role: z.enum(RIGHT_ROLES),
    terms: z.string().optional(),
    from: PartialDate.nullable().default(null),
    to: PartialDate.nullable().default(null),
    citations: Citations,
  })
  .strict();

export const Corridor = z
  .object({
    id: RecordId,
    names: z.array(CorridorName).min(1),
    kinds: z.array(z.enum(CORRIDOR_KINDS)).min(1),
    status_history: z.array(StatusChange).min(1),
    route: z.array(RoutePoint).min(2, 'a route needs at least two points'),
    length_km: z
      .object({
        value: z.number().positive(),
        basis: z.enum(['cited', 'computed']),
        citations: z.array(Citation).default([]),
      })
      .strict()
      .optional(),
    rights: z.array(Right).default([]),
    countries: z.array(ActorId).min(1),
    summary: z.string().min(1).max(600),
    citations: Citations,
    note: z.string().optional(),
  })
  .strict();
export type Corridor = z.infer<typeof Corridor>;

/** The corridor's status at a day: the last change on or before it, or null before the first. */
export function corridorStatusAt(c: Corridor, at: string): (typeof CORRIDOR_STATUSES)[number] | null {
  const sorted = [...c.status_history].sort((a, b) => (a.from < b.from ? -1 : 1));
  let current: (typeof CORRIDOR_STATUSES)[number] | null = null;
  for (const s of sorted) if (s.from <= at) current = s.status;
  return current;
}
