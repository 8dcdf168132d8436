/** Sources: the documents, each with its text and the passages Orrery cites from it; single passages. */
import { z } from 'zod';
import { sha256 } from '../../dataset/hash.js';
import { NotFoundError, UsageError } from '../../model/index.js';
import { citedPassages } from '../citing.js';
import { id, int } from '../params.js';
import { route } from '../route.js';
import { Source } from '../schemas.js';

const tag = 'sources';

export const sourceRoutes = [
  route({
    method: 'get',
    path: '/api/sources',
    tag,
    summary: 'the documents the model is built from or has ingested',
    response: z.array(Source),
    handler: ({ ctx }) => ctx.store.listSources(),
  }),

  route({
    method: 'get',
    path: '/api/sources/:id',
    tag,
    summary: 'one document: its record, its text, and every passage Orrery cites from it with the records that cite it',
    description:
      'text is null when the text is not available on this server (text_problem says where it was expected); it is plain text, to be shown as text.',
    params: z.object({ id }),
    response: z.object({
      source: Source,
      text: z.string().nullable(),
      text_problem: z.string().optional(),
      passages: z.array(
        z.object({
          start: z.number().int(),
          end: z.number().int(),
          sha256: z.string(),
          records: z.array(
            z.object({
              kind: z.string(),
              id: z.string(),
              summary: z.string(),
              basis: z.enum(['estimated', 'projected']).optional(),
            }),
          ),
        }),
      ),
    }),
    handler: async ({ params, ctx }) => {
      const source = await ctx.store.getSource(params.id);
      if (!source) throw new NotFoundError('source', params.id, 'see GET /api/sources');
      const texts = await ctx.data.texts();
      const text = texts.text(source.id) ?? null;
      let problem: string | undefined;
      if (text === null) {
        try {
          texts.require(source.id);
        } catch (error) {
          problem = (error as Error).message;
        }
      } else if (sha256(text) !== source.sha256)
        problem = `the text of "${source.id}" does not match its SHA-256 (it changed since it was cited)`;
      const net = await ctx.data.network().catch(() => undefined);
      const passages = citedPassages(source.id, await ctx.data.dataset(), net);
      return { source, text, ...(problem ? { text_problem: problem } : {}), passages };
    },
  }),

  route({
    method: 'get',
    path: '/api/passages',
    tag,
    summary: 'the text of one passage of a source, by offsets (UTF-16 code units, end exclusive), with its SHA-256',
    query: z.object({ source: id, start: int(0), end: int(1) }).strict(),
    response: z.object({
      source: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      sha256: z.string(),
      text: z.string(),
    }),
    handler: async ({ query, ctx }) => {
      if (query.end <= query.start)
        throw new UsageError(`end (${query.end}) must be greater than start (${query.start})`);
      const texts = await ctx.data.texts();
      const text = texts.require(query.source);
      if (query.end > text.length)
        throw new UsageError(`end ${query.end} is past the end of "${query.source}" (${text.length} characters)`);
      const passage = text.slice(query.start, query.end);
      return { ...query, sha256: sha256(passage), text: passage };
    },
  }),
];
