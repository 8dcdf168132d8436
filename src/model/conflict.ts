/**
 * Conflicting claims: where sources disagree (a date, a figure, who did it), where a party denied a
 * claim, or where a source states something plainly wrong (a slip). Every claim keeps its
 * citations; the conflict links them so queries can list them side by side.
 */
import { z } from 'zod';
import { RecordId } from './ids.js';
import { Citations } from './citation.js';

export const CONFLICT_KINDS = ['date', 'figure', 'attribution', 'fact', 'denial', 'slip'] as const;

export const Claim = z
  .object({
    /** The claim in Orrery's words. */
    says: z.string().min(1).max(400),
    /** The record that carries this claim, when there is one (an event, indicator...). */
    record: RecordId.optional(),
    /** The disputed value as this claim gives it ("2025-07", "2025-01", "Nakhchivan"). */
    value: z.string().optional(),
    /** True for the claim Orrery takes as correct when one is plainly wrong. */
    preferred: z.boolean().optional(),
    citations: Citations,
  })
  .strict();

export const Conflict = z
  .object({
    id: RecordId,
    kind: z.enum(CONFLICT_KINDS),
    topic: z.string().min(1).max(400),
    claims: z.array(Claim).min(2, 'a conflict sets at least two claims side by side'),
    note: z.string().optional(),
  })
  .strict();
export type Conflict = z.infer<typeof Conflict>;
