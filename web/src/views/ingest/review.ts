/**
 * Review items as the view shows them: the review queue's items and an ingest report's events (both
 * the ReviewItem of src/contracts/writes.ts), flattened for the cards. The types come from the
 * contracts: the shapes the server's answers are checked against.
 */
import type { z } from 'zod';
import type {
  IngestReport as IngestReportSchema,
  Job as JobSchema,
  ReviewItem as ReviewItemSchema,
  ReviewQueue as ReviewQueueSchema,
} from '../../../../src/contracts/writes';
import type { ExchangeEvent } from '../../api/types';
import { ApiError, forget, getJson, write } from '../../api/client';

/** One queue item as the server answers it. */
export type ReviewAnswer = z.output<typeof ReviewItemSchema>;
/** The review queue: GET /api/review. */
export type ReviewQueue = z.output<typeof ReviewQueueSchema>;
/** What one ingested document gave. */
export type Report = z.output<typeof IngestReportSchema>;
/** A background job as GET /api/jobs/:id reports it. */
export type Job = z.output<typeof JobSchema>;

/** A coded event as a review card shows it: the event's own fields, and the review's. */
export type ReviewItem = Pick<
  ExchangeEvent,
  'id' | 'event_type' | 'mode' | 'actor' | 'recipient' | 'date' | 'summary' | 'location'
> & {
  version: string;
  rule: string;
  confidence: number | null;
  review: string;
  passages: ReviewAnswer['passages'];
};

export function normalise(item: ReviewAnswer): ReviewItem {
  const e = item.event;
  return {
    id: e.id,
    event_type: e.event_type,
    mode: e.mode,
    actor: e.actor,
    recipient: e.recipient,
    date: e.date,
    location: e.location ?? null,
    summary: e.summary,
    version: item.version,
    rule: item.rule ?? '',
    confidence: item.confidence,
    review: e.review ?? 'pending',
    passages: item.passages,
  };
}

export function normaliseList(items: readonly ReviewAnswer[] | undefined): ReviewItem[] {
  return (items ?? []).map(normalise);
}

/** After a decision: the queue, events, analyses and sources may all have changed. */
function changed(): void {
  forget('/api/review', '/api/events', '/api/analyses', '/api/sources', '/api/health');
}

export async function decide(item: ReviewItem, action: 'accept' | 'reject'): Promise<unknown> {
  const out = await write('POST', `/api/review/${encodeURIComponent(item.id)}`, { action, if_match: item.version });
  changed();
  return out;
}

export interface Edit {
  type: string;
  mode: string;
  actor: string[];
  recipient: string[];
  date: string;
  summary: string;
}

export async function edit(item: ReviewItem, e: Edit): Promise<unknown> {
  const out = await write('PATCH', `/api/review/${encodeURIComponent(item.id)}`, {
    ...e,
    mode: e.mode || null,
    if_match: item.version,
  });
  changed();
  return out;
}

/** Start ingesting a document: the server answers at once with the job that reads, codes and stores it. */
export async function ingest(body: FormData | Record<string, unknown>): Promise<Job> {
  return write<Job>('POST', '/api/ingest', body);
}

const STATUS: Record<string, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_costly: 422,
  unavailable: 503,
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Poll a job until it ends, telling `onProgress` each state seen; resolves with its result, throws
 * the job's error as an ApiError (as if the request had failed), or an ApiError "cancelled".
 */
export async function followJob(
  id: string,
  onProgress: (job: Job) => void,
  intervalMs = 250,
): Promise<Report | undefined> {
  for (;;) {
    const job = await getJson<Job>(`/api/jobs/${encodeURIComponent(id)}`);
    onProgress(job);
    if (job.state === 'done') {
      changed();
      return job.result;
    }
    if (job.state === 'failed')
      throw new ApiError(
        STATUS[job.error?.code ?? ''] ?? 500,
        job.error?.code ?? 'internal',
        job.error?.message ?? 'the job failed',
        job.error?.details,
      );
    if (job.state === 'cancelled') throw new ApiError(0, 'cancelled', 'The ingest was cancelled: nothing was stored.');
    await wait(intervalMs);
  }
}

export async function cancelJob(id: string): Promise<Job> {
  return write<Job>('POST', `/api/jobs/${encodeURIComponent(id)}/cancel`, {});
}
