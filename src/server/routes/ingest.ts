/**
 * Ingesting a document: upload a file (multipart/form-data, field `file`: text, HTML or PDF) or post
 * its text as JSON. The request is checked and answered at once (202) with a job; the document is
 * read and coded in a worker thread and committed in the background (jobs/ingest-job.ts). The job
 * (GET /api/jobs/:id) reports its progress, then the ingest report and the coded events it created,
 * each with the sentence it cites and the rule that coded it, ready for review. A queued or running
 * job can be cancelled (DELETE /api/jobs/:id, or POST /api/jobs/:id/cancel) and then stores nothing.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { SOURCE_KINDS, UsageError } from '../../model/index.js';
import { LIMITS } from '../limits.js';
import { date } from '../params.js';
import { ingestJob } from '../jobs/ingest-job.js';
import { jobsOf, type JobQueue } from '../jobs/queue.js';
import type { ServerContext } from '../context.js';
import { json } from '../respond.js';
import { route } from '../route.js';
import { Job } from '../../contracts/writes.js';

const tag = 'ingest';

const Body = z
  .object({
    text: z.string().max(LIMITS.uploadBytes).optional().describe("the document's text (JSON form)"),
    file: z.instanceof(Uint8Array).optional().describe('multipart/form-data only: the uploaded file'),
    filename: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .describe("the document's file name (its extension tells the format of an upload)"),
    published: date.optional().describe('publication date, when the document does not say'),
    title: z.string().trim().min(1).max(400).optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    match_imported: z
      .union([z.boolean(), z.enum(['true', 'false'])])
      .optional()
      .describe(
        'also corroborate imported rows (GDELT, ICEWS, POLECAT), only on an exact match of type, states and day; default false',
      ),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.file === undefined), {
    message: 'give the document as text (JSON) or as a file (multipart), not both',
    path: ['text'],
  });

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
  if (!/^multipart\/form-data\b/i.test(type))
    throw new UsageError(
      `upload a document as multipart/form-data (field "file") or post JSON {text, filename}, not "${type || 'no content type'}"`,
    );
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

const JobId = z.object({ id: z.string().min(1).max(64) });

/** The server's job queue (made on first use; unexpected job errors go to the server's log). */
export const jobs = (ctx: ServerContext): JobQueue => jobsOf(ctx, { log: ctx.options.log });

const jobPath = (id: string): string => `/api/jobs/${encodeURIComponent(id)}`;

export const ingestRoutes = [
  route({
    method: 'post',
    path: '/api/ingest',
    tag,
    summary:
      'ingest a document in the background: store it, code its sentences into events awaiting review, corroborate events already stored',
    description: `Answers 202 at once with the job (its URL in Location); GET /api/jobs/{id} follows it. A document already stored (same SHA-256) is recognised and nothing is written (the job's result has duplicate: true). Uploads up to ${LIMITS.uploadBytes} bytes. The request is checked before it is queued (400, 413); problems found while reading the document (no publication date, not readable) fail the job.`,
    body: Body,
    bodyTypes: ['multipart/form-data', 'application/json'],
    readBody: readIngestBody,
    maxBodyBytes: LIMITS.uploadBytes,
    status: 202,
    response: Job,
    handler: ({ body, ctx }) => {
      if (body.text !== undefined && !body.text.trim()) throw new UsageError(`${body.filename}: the document is empty`);
      const job = jobs(ctx).submit(
        'ingest',
        ingestJob(ctx, {
          filename: body.filename,
          published: body.published,
          title: body.title,
          kind: body.kind,
          matchImported: body.match_imported === true || body.match_imported === 'true',
          ...(body.file ? { bytes: body.file } : { text: body.text }),
        }),
      );
      return json(job, 202, { location: jobPath(job.id) });
    },
  }),
  route({
    method: 'get',
    path: '/api/jobs/:id',
    tag,
    summary: 'a background job (an ingest): its state, progress, and its result or error',
    description:
      "Jobs live in the server's memory: the most recent finished ones are kept, and a restart forgets them (404).",
    params: JobId,
    response: Job,
    handler: ({ params, ctx }) => jobs(ctx).get(params.id) as z.input<typeof Job>,
  }),
  route({
    method: 'delete',
    path: '/api/jobs/:id',
    tag,
    summary: 'cancel a queued or running job; it stores nothing (409 when it has already finished)',
    params: JobId,
    response: Job,
    handler: async ({ params, ctx }) => (await jobs(ctx).cancel(params.id)) as z.input<typeof Job>,
  }),
  route({
    method: 'post',
    path: '/api/jobs/:id/cancel',
    tag,
    summary: 'cancel a queued or running job (the same as DELETE /api/jobs/{id})',
    params: JobId,
    response: Job,
    handler: async ({ params, ctx }) => (await jobs(ctx).cancel(params.id)) as z.input<typeof Job>,
  }),
];
