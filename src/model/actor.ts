/**
 * Actors: states, organizations, alliances, formats, persons, armed or political groups and
 * territories. Each carries the names a text may use for it (aliases, metonyms such as "the Kremlin",
 * demonyms such as "Azerbaijani"); persons carry roles over time, territories who held them, so that
 * an actor resolves to the right state at a given date (see resolve.ts).
 */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { ActorId } from './ids.js';
import { Citation, noteAndCitations } from './citation.js';
import { Reference } from './reference.js';

export const ACTOR_KINDS = ['state', 'organization', 'alliance', 'format', 'person', 'group', 'territory'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** A person's office: title, the actor it is an office of, and when it was held. */
export const Role = z
  .object({
    title: z.string().min(1),
    of: ActorId,
    from: PartialDate,
    to: PartialDate.nullable().default(null),
    citations: z.array(Citation).default([]),
    /** Where no source names the person in this office: the public record the dates come from ("recalled, not fetched"). */
    reference: Reference.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Role = z.infer<typeof Role>;

/** Who held (controlled) a territory over an interval. */
export const Control = z
  .object({
    by: ActorId,
    from: PartialDate.nullable().default(null),
    to: PartialDate.nullable().default(null),
    ...noteAndCitations,
  })
  .strict();
export type Control = z.infer<typeof Control>;

export const Actor = z
  .object({
    id: ActorId,
    kind: z.enum(ACTOR_KINDS),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Capitals and institutions that stand for the actor in a text: Baku, the Kremlin. */
    metonyms: z.array(z.string().min(1)).default([]),
    demonyms: z.array(z.string().min(1)).default([]),
    /** An actor that contains this one (a mission of the EU, a party of Georgia); used when resolving. */
    parent: ActorId.nullable().default(null),
    /** The state a person or group belongs to when no role says otherwise. */
    country: ActorId.nullable().default(null),
    roles: z.array(Role).default([]),
    held_by: z.array(Control).default([]),
    valid_from: PartialDate.nullable().default(null),
    valid_to: PartialDate.nullable().default(null),
    ...noteAndCitations,
  })
  .strict();
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;
