/**
 * Alert rules and what fired (`orrery alert`, `orrery alerts`): a rule is data, a condition over
 * Orrery's own figures (a tie's weight, a series bucket, new events, a corridor segment's status, a
 * claim's verdict, a conflict forecast) evaluated after every ingest, review decision and import. A firing records what
 * fired, when, and the evidence (event ids and their citations). Kept in the store.
 */
import { z } from 'zod';
import { ActorId, RecordId } from './ids.js';
import { Citation } from './citation.js';
import { EVENT_TYPES } from './plover.js';

const Threshold = { op: z.enum(['below', 'above']), value: z.number() };

export const AlertCondition = z.discriminatedUnion('kind', [
  /** The tie between two actors (the alignment network's edge at the evaluation's day) crossing a value. */
  z
    .object({
      kind: z.literal('tie'),
      a: ActorId,
      b: ActorId,
      ...Threshold,
      /** The network's trailing window of events, in days (default the network's, 1095). */
      days: z.number().int().positive().optional(),
    })
    .strict(),
  /** A monthly bucket of the pair's series (sum of tie weight that month) passing a value. */
  z.object({ kind: z.literal('series'), a: ActorId, b: ActorId, ...Threshold }).strict(),
  /** Any event of the given types (all when empty) involving an actor. */
  z.object({ kind: z.literal('events'), actor: ActorId, types: z.array(z.enum(EVENT_TYPES)).default([]) }).strict(),
  /** A corridor segment's status changing. */
  z.object({ kind: z.literal('corridor'), segment: z.string().min(1) }).strict(),
  /** A claim's verdict changing. */
  z.object({ kind: z.literal('claim'), claim: z.string().min(1) }).strict(),
  /**
   * A country's conflict forecast (src/forecast/conflict, from the newest month of the UCDP data)
   * passing a probability: of any death in organised violence `horizon` months ahead (default 1).
   */
  z
    .object({
      kind: z.literal('forecast'),
      country: ActorId,
      op: z.enum(['below', 'above']),
      value: z.number().min(0).max(1),
      horizon: z.number().int().min(1).max(6).optional(),
    })
    .strict(),
]);
export type AlertCondition = z.infer<typeof AlertCondition>;

/** What a rule saw when it was last evaluated, so that the next evaluation fires on a change only. */
export const AlertState = z
  .object({
    /** The value last seen (a number for ties and series, a status or verdict otherwise). */
    value: z.union([z.number(), z.string(), z.null()]).optional(),
    /** Series: the buckets already past the value. Events: the event ids already reported. */
    seen: z.array(z.string()).optional(),
    evaluated: z.string().optional(),
    /** Ties, claims and forecasts: the fingerprint of the inputs `value` was computed from (analysis/alerts). */
    basis: z.string().optional(),
  })
  .strict();
export type AlertState = z.infer<typeof AlertState>;

export const AlertRule = z
  .object({
    id: RecordId,
    condition: AlertCondition,
    /** Where a firing is POSTed as JSON. */
    webhook: z.string().url().optional(),
    added: z.string(),
    state: AlertState.default({}),
  })
  .strict();
export type AlertRule = z.infer<typeof AlertRule>;

export const AlertFiring = z
  .object({
    id: z.string().min(1),
    rule: RecordId,
    fired_at: z.string(),
    /** What fired, in one line. */
    message: z.string(),
    value: z.union([z.number(), z.string(), z.null()]).optional(),
    previous: z.union([z.number(), z.string(), z.null()]).optional(),
    evidence: z.object({ events: z.array(z.string()), citations: z.array(Citation) }).strict(),
    /** The webhook delivery: HTTP status, or the error. */
    delivery: z.object({ url: z.string(), status: z.number().optional(), error: z.string().optional() }).optional(),
  })
  .strict();
export type AlertFiring = z.infer<typeof AlertFiring>;
