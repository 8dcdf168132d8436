/**
 * An event: something that happened on a date between actors, coded to a PLOVER type and mode,
 * with its quad class and intensity derived from one table (intensity.ts), a summary in Orrery's
 * own words, and the passages that report it. An event is an entity of its own: several sources
 * reporting it add citations to one record, and a denial or a rival account is linked to it.
 */
import { z } from 'zod';
import { PartialDate, firstDay, lastDay } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { Citations } from './citation.js';
import { Reference } from './reference.js';
import { Status } from './status.js';
import { CONTEXTS, EVENT_TYPES, MODES, type EventType } from './plover.js';

/** Where an event record came from. Only curated and accepted coded events count by default. */
export const Origin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('curated') }).strict(),
  z
    .object({
      kind: z.literal('coded'),
      confidence: z.number().min(0).max(1),
      rule: z.string().min(1),
      review: z.enum(['pending', 'accepted', 'rejected']).default('pending'),
    })
    .strict(),
  z.object({ kind: z.literal('imported'), dataset: z.string().min(1), external_id: z.string().min(1) }).strict(),
]);
export type Origin = z.infer<typeof Origin>;

/** Statements that are not reports of a thing that happened (PLOVER's auxiliary modes). */
export const MODALITIES = ['actual', 'hypothetical', 'negated', 'future', 'demanded', 'opinion'] as const;

export const Location = z
  .object({
    name: z.string().min(1),
    actor: ActorId.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

export const Event = z
  .object({
    id: RecordId,
    date: PartialDate,
    end_date: PartialDate.nullable().default(null),
    actor: z.array(ActorId).min(1, 'an event needs at least one actor'),
    recipient: z.array(ActorId).default([]),
    event_type: z.enum(EVENT_TYPES),
    mode: z.string().nullable().default(null),
    context: z.array(z.enum(CONTEXTS)).default([]),
    modality: z.enum(MODALITIES).default('actual'),
    /**
     * How two or more actors of one event stand to each other (docs/analysis.md, "How events make
     * ties"): `counterparts` of a mutual act (a ceasefire, a summit, a war), or `partners` acting
     * together. Unset: counterparts when there is no recipient, partners when there is one (and for
     * MOBILIZE, PROTEST, AID and SANCTION, which actors do together).
     */
    co_actors: z.enum(['counterparts', 'partners']).optional(),
    location: Location.nullable().default(null),
    summary: z.string().min(1).max(400),
    citations: Citations,
    /** External documents (recalled, not fetched) for what the cited passages leave out, such as a date. */
    references: z.array(Reference).optional(),
    status: Status.default('asserted'),
    /** Events or conflicts that contradict this one. */
    counter_claims: z.array(RecordId).default([]),
    origin: Origin.default({ kind: 'curated' }),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const modes = MODES[e.event_type as EventType];
    if (e.mode !== null && !modes.includes(e.mode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mode'],
        message: `"${e.mode}" is not a mode of ${e.event_type}; allowed: ${modes.join(', ') || '(none)'}`,
      });
    }
    if (e.end_date !== null && lastDay(e.end_date) < firstDay(e.date)) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: `end_date ${e.end_date} is before date ${e.date}` });
    }
  });
export type Event = z.infer<typeof Event>;
export type EventInput = z.input<typeof Event>;
