/**
 * A relation: a state of affairs between actors over an interval (an alliance, a membership and its
 * freeze, a base, a peacekeeping deployment, a mediation, a rivalry, development rights...). It is
 * an entity with its own citations, not a bare edge. `actors[0]` acts on `actors[1]` when the type is
 * directed (the member of an organization, the country whose troops are based in the other).
 *
 * Interval. `from` is when the state of affairs began and `to` when it ended (null while it lasts),
 * not when a source first or last mentions it. Where the five sources date it, the citations carry
 * the date; where they do not, an external `references` entry (reference.ts: title, publisher,
 * year, "recalled, not fetched") stands behind the date, and `note` says which date rests on what.
 *
 * Provenance. A relation (and each phase) needs citations (a source states it), references (public
 * knowledge the sources do not state), or both. A record with neither is rejected, naming it.
 */
import { z } from 'zod';
import { PartialDate, coversDate, firstDay, lastDay } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citation } from './citation.js';
import { Reference } from './reference.js';
import { Status } from './status.js';

export const RELATION_TYPES = [
  'alliance',
  'strategic-partnership',
  'partnership',
  'membership',
  'military-presence',
  'peacekeeping',
  'agreement-party',
  'mediation',
  'rivalry',
  'hostility',
  'war',
  'occupation',
  'diplomatic-rupture',
  'recognition',
  'development-rights',
  'transit-rights',
  'arms-supply',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Types read actors[0] → actors[1]; the others are symmetric. */
export const DIRECTED_RELATIONS: ReadonlySet<RelationType> = new Set([
  'membership',
  'military-presence',
  'peacekeeping',
  'agreement-party',
  'mediation',
  'occupation',
  'recognition',
  'development-rights',
  'transit-rights',
  'arms-supply',
]);

export const PHASE_STATES = ['active', 'frozen', 'suspended', 'ended'] as const;

/** A change in a relation's state within its interval (Armenia's CSTO membership frozen in 2024). */
export const Phase = z
  .object({
    from: PartialDate,
    to: PartialDate.nullable().default(null),
    state: z.enum(PHASE_STATES),
    /**
     * What changed when the phase began, in one short sentence of our own words naming the parties as
     * people do ("Armenia freezes its participation in the CSTO"): the line a briefing prints for it.
     */
    summary: z.string().min(1).max(300).optional(),
    /** Strength during this phase; defaults to the relation's strength scaled by the state. */
    strength: z.number().min(0).max(1).optional(),
    citations: z.array(Citation).default([]),
    /** External references for a phase the sources do not date (the 2010 extension of a basing treaty). */
    references: z.array(Reference).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.citations.length === 0 && (p.references ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: `the phase from ${p.from} has no provenance: give citations (a source states it) or references (external, marked)`,
      });
    }
  });
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
    /** Passages of the five sources that state the relation (or its dates). */
    citations: z.array(Citation).default([]),
    /** External documents for what the sources do not state: its start, its end, or the tie itself. */
    references: z.array(Reference).default([]),
    status: Status.default('asserted'),
    counter_claims: z.array(RecordId).default([]),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.to !== null && lastDay(r.to) < firstDay(r.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to ${r.to} is before from ${r.from}` });
    }
    if (r.actors[0] === r.actors[1])
      ctx.addIssue({ code: 'custom', path: ['actors'], message: 'a relation joins two different actors' });
    r.phases.forEach((p, i) => {
      if (!coversDate(r.from, r.to, firstDay(p.from)) && !coversDate(r.from, r.to, lastDay(p.from))) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'from'],
          message: `phase starts ${p.from}, outside the relation's interval ${r.from}..${r.to ?? 'open'}`,
        });
      }
    });
    if (r.citations.length === 0 && r.references.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: `relation ${r.id} has no provenance: give citations (a source states it) or references (an external document, marked as such)`,
      });
    }
  });
export type Relation = z.infer<typeof Relation>;

/** Whether a relation rests on the sources, on external references, or on both. */
export function relationProvenance(r: Pick<Relation, 'citations' | 'references'>): 'sources' | 'references' | 'both' {
  const cited = r.citations.length > 0;
  const referenced = (r.references ?? []).length > 0;
  return cited && referenced ? 'both' : cited ? 'sources' : 'references';
}

/** Scale applied to strength when a phase gives none. */
const STATE_SCALE = { active: 1, frozen: 0.3, suspended: 0.2, ended: 0 } as const;

/** The relation's signed weight at a day, or 0 when it is not in force then. */
export function relationWeightAt(r: Relation, at: string): number {
  if (!coversDate(r.from, r.to, at)) return 0;
  const phase = [...r.phases].reverse().find((p) => coversDate(p.from, p.to, at));
  if (!phase) return r.sign * r.strength;
  return r.sign * (phase.strength ?? r.strength * STATE_SCALE[phase.state]);
}
