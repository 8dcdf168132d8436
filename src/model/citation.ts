/**
 * A citation points at a passage of a source text by character offsets (UTF-16 code units, as
 * JavaScript strings count them; end exclusive) plus the SHA-256 of the passage, so an edited
 * source text or a shifted offset is caught by `orrery validate`.
 */
import { z } from 'zod';
import { RecordId, Sha256 } from './ids.js';

export const Citation = z
  .object({
    source: RecordId,
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sha256: Sha256,
  })
  .strict()
  .refine((c) => c.end > c.start, { message: 'end must be greater than start', path: ['end'] });
export type Citation = z.infer<typeof Citation>;

/** One or more citations: every fact in Orrery points at the passage that asserts it. */
export const Citations = z.array(Citation).min(1, 'at least one citation is required');
