/**
 * Review items as the view shows them, read from what /api/review and ingest jobs return (a coded
 * event, stored or in the exchange form, with its version, rule, confidence and cited sentences).
 */
import { ApiError, forget, getJson, write } from '../../api/client';

export interface ReviewSentence {
  source: string;
  start: number;
  end: number;
  text?: string | null;
}

export interface ReviewItem {
  id: string;
  version: string;
  rule: string;
  confidence: number | null;
  review: string;
  event_type: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  date: string;
  summary: string;
  passages: ReviewSentence[];
}

type Loose = Record<string, unknown>;

function str(v: unknown, d = ''): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : d;
}

function strs(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => str(x)) : [];
}

/** One item from any of the shapes the server may use; null if it is not a coded event. */
export function normalise(raw: unknown): ReviewItem | null {
  if (!raw || typeof raw !== 'object') return null;
  const item = raw as Loose;
  const e = (item.event && typeof item.event === 'object' ? item.event : item) as Loose;
  const origin = (e.origin && typeof e.origin === 'object' ? e.origin : {}) as Loose;
  const id = str(e.id);
  if (!id) return null;
  const passages = (
    Array.isArray(item.passages)
      ? item.passages
      : Array.isArray(item.sentences)
        ? item.sentences
        : ((e.citations as unknown[]) ?? [])
  ) as Loose[];
  return {
    id,
    version: str(item.version ?? e.version),
    rule: str(item.rule ?? e.rule ?? origin.rule),
    confidence:
      typeof (item.confidence ?? e.confidence ?? origin.confidence) === 'number'
        ? Number(item.confidence ?? e.confidence ?? origin.confidence)
        : null,
    review: str(item.review ?? e.review ?? origin.review, 'pending'),
    event_type: str(e.event_type ?? e.type),
    mode: e.mode === null || e.mode === undefined ? null : str(e.mode),
    actor: strs(e.actor),
    recipient: strs(e.recipient),
    date: str(e.date),
    summary: str(e.summary),
    passages: passages.map((p) => ({
      source: str(p.source),
      start: Number(p.start),
      end: Number(p.end),
      text: typeof p.text === 'string' ? p.text : typeof p.sentence === 'string' ? p.sentence : null,
    })),
  };
}

export function normaliseList(raw: unknown): ReviewItem[] {
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? ((raw as Loose).items ?? (raw as Loose).pending ?? (raw as Loose).events ?? [])
      : [];
  return (Array.isArray(list) ? list : []).map(normalise).filter((x): x is ReviewItem => !!x);
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

/** A background job as GET /api/jobs/:id reports it. */
export interface Job {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: { stage: string; done: number; total: number };
  result?: unknown;
  error?: { code: string; message: string; details?: unknown };
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
export async function followJob(id: string, onProgress: (job: Job) => void, intervalMs = 250): Promise<unknown> {
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
