/**
 * Ingesting a document: upload a file (multipart/form-data, field `file`: text, HTML or PDF) or post
 * its text as JSON. The answer is the ingest report and the coded events it created, each with the
 * sentence it cites and the rule that coded it, ready for review.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { ingestDocument } from '../../ingest/pipeline.js';
import { SOURCE_KINDS, UsageError } from '../../model/index.js';
import { LIMITS } from '../limits.js';
import { date } from '../params.js';
import { itemsOf } from '../review-item.js';
import { json } from '../respond.js';
import { route } from '../route.js';
import { Source } from '../schemas.js';
import { ReviewItem } from './review.js';

const tag = 'ingest';

const Body = z.object({
  text: z.string().max(LIMITS.uploadBytes).optional().describe('the document\'s text (JSON form)'),
  file: z.instanceof(Uint8Array).optional().describe('multipart/form-data only: the uploaded file'),
  filename: z.string().trim().min(1).max(255).describe('the document\'s file name (its extension tells the format of an upload)'),
  published: date.optional().describe('publication date, when the document does not say'),
  title: z.string().trim().min(1).max(400).optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
}).strict().refine((b) => (b.text === undefined) !== (b.file === undefined), { message: 'give the document as text (JSON) or as a file (multipart), not both', path: ['text'] });

/** JSON as it is; a multipart form as its fields, the file as bytes with its name. */
async function readIngestBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (/^application\/json\b/i.test(type)) {
    try {
      return JSON.parse(await c.req.text());
    } catch (error) {
      throw new UsageError(`the body is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!/^multipart\/form-data\b/i.test(type)) throw new UsageError(`upload a document as multipart/form-data (field "file") or post JSON {text, filename}, not "${type || 'no content type'}"`);
  const form = await c.req.parseBody();
  const out: Record<string, unknown> = {};
  let name: string | undefined;
  for (const [k, v] of Object.entries(form)) {
    if (v instanceof File) {
      if (k !== 'file') throw new UsageError(`unexpected file field "${k}"; send the document as "file"`);
      out.file = new Uint8Array(await v.arrayBuffer());
      name = v.name;
    } else if (typeof v === 'string' && v !== '') out[k] = v;
    else if (Array.isArray(v)) throw new UsageError(`field "${k}" is given more than once`);
  }
  if (out.file === undefined) throw new UsageError('the form has no "file" field');
  out.filename ??= name;
  return out;
}

export const ingestRoutes = [
  route({
    method: 'post', path: '/api/ingest', tag,
    summary: 'ingest a document: store it, code its sentences into events awaiting review, corroborate events already stored',
    description: `A document already stored (same SHA-256) is recognised and nothing is written (200, duplicate: true); otherwise 201. Uploads up to ${LIMITS.uploadBytes} bytes.`,
    body: Body,
    bodyTypes: ['multipart/form-data', 'application/json'],
    readBody: readIngestBody,
    maxBodyBytes: LIMITS.uploadBytes,
    status: 201,
    response: z.object({
      source: Source,
      duplicate: z.boolean(),
      created: z.array(z.string()),
      corroborated: z.array(z.string()),
      conflicts: z.array(z.string()),
      candidates: z.array(z.object({ name: z.string(), count: z.number().int() })).describe('proper names that acted like actors but are not known'),
      warnings: z.array(z.string()),
      format: z.string().optional(),
      sentences: z.number().int().optional(),
      events: z.array(ReviewItem).describe('the coded events created, with their sentences and rules'),
    }),
    handler: async ({ body, ctx }) => {
      const report = await ingestDocument(ctx.store, {
        filename: body.filename, published: body.published, title: body.title, kind: body.kind,
        ...(body.file ? { bytes: body.file } : { text: body.text }),
      }, { maxBytes: LIMITS.uploadBytes });
      ctx.data.changed();
      const created = (await Promise.all(report.created.map((id) => ctx.store.getEvent(id)))).filter((e) => e !== undefined);
      const answer = { ...report, events: await itemsOf(ctx.store, created) };
      // A document already stored adds nothing: 200 rather than 201.
      return report.duplicate ? json(answer, 200) : (answer as typeof answer & { events: Array<z.input<typeof ReviewItem>> });
    },
  }),
];
