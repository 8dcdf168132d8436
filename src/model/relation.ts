/**
 * A relation: a state of affairs between actors over an interval (an alliance, a membership and its
 * freeze, a base, a peacekeeping deployment, a mediation, a rivalry, development rights...). It is
 * an entity with its own citations, not a bare edge. `actors[0]` acts on `actors[1]` when the type is
 * directed (the member of an organization, the country whose troops are based in the other).
 */
import { z } from 'zod';
import { PartialDate, coversDate, firstDay, lastDay } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citation, Citations } from './citation.js';
import { Status } from './status.js';

export const RELATION_TYPES = [
  'alliance', 'strategic-partnership', 'partnership', 'membership', 'military-presence', 'peacekeeping',
  'agreement-party', 'mediation', 'rivalry', 'hostility', 'war', 'occupation', 'diplomatic-rupture',
  'recognition', 'development-rights', 'transit-rights', 'arms-supply',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Types read actors[0] → actors[1]; the others are symmetric. */
export const DIRECTED_RELATIONS: ReadonlySet<RelationType> = new Set([
  'membership', 'military-presence', 'peacekeeping', 'agreement-party', 'mediation', 'occupation',
  'recognition', 'development-rights', 'transit-rights', 'arms-supply',
]);

export const PHASE_STATES = ['active', 'frozen', 'suspended', 'ended'] as const;

/** A change in a relation's state within its interval (Armenia's CSTO membership frozen in 2024). */
export const Phase = z
  .object({
    from: PartialDate,
    to: PartialDate.nullable().default(null),
    state: z.enum(PHASE_STATES),
    /** Strength during this phase; defaults to the relation's strength scaled by the state. */
    strength: z.number().min(0).max(1).optional(),
    citations: z.array(Citation).default([]),
  })
  .strict();
export type Phase = z.infer<typeof Phase>;

export const Relation = z
  .object({
    id: RecordId,
    type: z.enum(RELATION_TYPES),
    actors: z.array(ActorId).length(2, 'a relation joins exactly two actors'),
    sign: z.union([z.literal(1), z.literal(-1)]),
    strength: z.number().min(0).max(1),
    from: PartialDate,
    to: PartialDate.nullable().default(null),
    phases: z.array(Phase).default([]),
    terms: z.string().optional(),
    summary: z.string().min(1).max(400),
    citations: Citations,
    status: Status.default('asserted'),
    counter_claims: z.array(RecordId).default([]),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.to !== null && lastDay(r.to) < firstDay(r.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to ${r.to} is before from ${r.from}` });
    }
    if (r.actors[0] === r.actors[1]) ctx.addIssue({ code: 'custom', path: ['actors'], message: 'a relation joins two different actors' });
  });
export type Relation = z.infer<typeof Relation>;

/** Scale applied to strength when a phase gives none. */
const STATE_SCALE = { active: 1, frozen: 0.3, suspended: 0.2, ended: 0 } as const;

/** The relation's signed weight at a day, or 0 when it is not in force then. */
export function relationWeightAt(r: Relation, at: string): number {
  if (!coversDate(r.from, r.to, at)) return 0;
  const phase = [...r.phases].reverse().find((p) => coversDate(p.from, p.to, at));
  if (!phase) return r.sign * r.strength;
  return r.sign * (phase.strength ?? r.strength * STATE_SCALE[phase.state]);
}
