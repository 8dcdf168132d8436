/** A document Orrery reads: the five shipped analyses, or anything a user ingests. */
import { z } from 'zod';
import { PartialDate } from './dates.js';
import { RecordId, Sha256 } from './ids.js';

export const SOURCE_KINDS = ['analysis', 'opinion', 'interview', 'news'] as const;

export const Source = z
  .object({
    id: RecordId,
    title: z.string().min(1),
    author: z.string().nullable().default(null),
    publisher: z.string().nullable().default(null),
    published: PartialDate,
    /** True when the date was inferred from the text rather than stated by the publisher. */
    published_inferred: z.boolean().default(false),
    kind: z.enum(SOURCE_KINDS),
    url: z.string().url().nullable().default(null),
    /** File name of the text: in the shipped sources directory, or in the store for ingested ones. */
    file: z.string().min(1),
    sha256: Sha256,
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;
