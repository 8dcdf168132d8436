/**
 * Result pieces several analyses share: a tie between two actors (network, blocs, diff), what a
 * relation or event adds to a tie (network, diff), how a weight or a record's contribution changed
 * between two snapshots (diff, trajectory), and the counts per quad class (series).
 */
import { z } from 'zod';
import { Citation } from '../../model/citation.js';
import { QUAD_CLASSES, type QuadClass } from '../../model/plover.js';
import { Reference } from '../../model/reference.js';

export const RecordKind = z.enum(['relation', 'event']);

/** The two ends of an undirected tie, in code-point order. */
export const Tie = z.strictObject({ source: z.string(), target: z.string() });

/** A tie with its signed weight. */
export const WeightedTie = Tie.extend({ weight: z.number() });

/** A weight before and after, and the change (after − before). */
export const Change = { before: z.number(), after: z.number(), delta: z.number().describe('after − before') };

export const Contribution = z
  .strictObject({
    kind: RecordKind,
    id: z.string(),
    weight: z.number(),
    type: z.string().describe('relation type (with its phase) or PLOVER event type'),
    date: z.string().describe("the event's date, or the relation's start"),
    summary: z.string().optional(),
    citations: z.array(Citation),
    references: z.array(Reference).optional().describe('external documents a relation rests on where no source speaks'),
  })
  .meta({ id: 'Contribution', description: 'a relation or event behind a tie, and what it adds to its weight' });

export const Explanation = z
  .strictObject({
    kind: RecordKind,
    id: z.string(),
    type: z.string(),
    date: z.string(),
    summary: z.string().optional(),
    ...Change,
    citations: z.array(Citation),
  })
  .meta({ id: 'Explanation', description: 'a record whose contribution to a tie changed, before and after' });

export const Count = z.number().int().nonnegative();

/** A count per quad class (verbal and material cooperation and conflict). */
export const QuadCounts = z.strictObject(
  Object.fromEntries(QUAD_CLASSES.map((q) => [q, Count])) as Record<QuadClass, typeof Count>,
);

/** A pair of dates, the second open (null) when the period has no end. */
export const Period = z.tuple([z.string(), z.string().nullable()]);
