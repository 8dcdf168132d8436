/** Sources: the documents, one document with its text and the passages cited from it, and single passages. */
import { z } from 'zod';
import { defineContract } from '../contract.js';
import { CitedPassage, Source } from '../records.js';
import { id, integer } from '../text.js';

export const sourcesContract = defineContract({
  id: 'sources',
  title: 'Sources',
  description: 'the documents the model is built from or has ingested',
  tag: 'sources',
  method: 'get',
  path: '/api/sources',
  input: z.object({}).strict(),
  result: z.array(Source),
});

export const sourceContract = defineContract({
  id: 'source',
  title: 'Source',
  description:
    'one document: its record, its text, and every passage Orrery cites from it with the records that cite it. text is null when the text is not available on this server (text_problem says where it was expected); it is plain text, to be shown as text.',
  tag: 'sources',
  method: 'get',
  path: '/api/sources/:id',
  input: z.object({ id: id.describe('the source id') }).strict(),
  result: z.object({
    source: Source,
    text: z.string().nullable(),
    text_problem: z.string().optional(),
    passages: z.array(CitedPassage),
  }),
  positional: ['id'],
});

export const passageContract = defineContract({
  id: 'passage',
  title: 'Passage',
  description: 'the text of one passage of a source, by offsets (UTF-16 code units, end exclusive), with its SHA-256',
  tag: 'sources',
  method: 'get',
  path: '/api/passages',
  input: z.object({ source: id, start: integer(0), end: integer(1) }).strict(),
  result: z.object({
    source: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    sha256: z.string(),
    text: z.string(),
  }),
});
