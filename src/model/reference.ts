/**
 * An external reference: a public document for a fact the five source documents do not state (a
 * pipeline's length, the year a treaty was signed, when a base opened). It is recalled by the
 * curator from public knowledge and not fetched or checked online by Orrery, and says so in `note`.
 * A reference never replaces a citation where a source speaks; records carry references besides
 * (or, where no source speaks, instead of) citations, and outputs keep the two apart.
 */
import { z } from 'zod';

export const Reference = z
  .object({
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    url: z.string().url().optional(),
    year: z.number().int().min(1800).max(2100).optional(),
    /** How it was used: "recalled, not fetched", and which fact or date it stands behind. */
    note: z.string().optional(),
  })
  .strict();
export type Reference = z.infer<typeof Reference>;
