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

/** Every citation in a record, with the dotted path of the field that holds it. */
export function citationsOf(record: unknown, path = ''): Array<{ field: string; citation: Citation }> {
  const out: Array<{ field: string; citation: Citation }> = [];
  const walk = (v: unknown, p: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}.${i}`));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (p.endsWith('citations') || /citations\.\d+$/.test(p)) {
        if (typeof o.source === 'string' && typeof o.start === 'number') {
          out.push({ field: p.replace(/^\./, ''), citation: o as unknown as Citation });
          return;
        }
      }
      for (const [k, x] of Object.entries(o)) walk(x, `${p}.${k}`);
    }
  };
  walk(record, path);
  return out;
}

/** The note and citations a sourced record, or a sourced part of one, ends with. */
export const noteAndCitations = {
  note: z.string().optional(),
  citations: z.array(Citation).default([]),
};
