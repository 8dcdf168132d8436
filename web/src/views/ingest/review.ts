/**
 * Review items as the view shows them, read from what /api/review and /api/ingest return (a coded
 * event, stored or in the exchange form, with its version, rule, confidence and cited sentences).
 */
import { forget, write } from '../../api/client';

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
  const passages = (Array.isArray(item.passages) ? item.passages : Array.isArray(item.sentences) ? item.sentences : (e.citations as unknown[]) ?? []) as Loose[];
  return {
    id,
    version: str(item.version ?? e.version),
    rule: str(item.rule ?? e.rule ?? origin.rule),
    confidence: typeof (item.confidence ?? e.confidence ?? origin.confidence) === 'number' ? Number(item.confidence ?? e.confidence ?? origin.confidence) : null,
    review: str(item.review ?? e.review ?? origin.review, 'pending'),
    event_type: str(e.event_type ?? e.type),
    mode: e.mode === null || e.mode === undefined ? null : str(e.mode),
    actor: strs(e.actor),
    recipient: strs(e.recipient),
    date: str(e.date),
    summary: str(e.summary),
    passages: passages.map((p) => ({ source: str(p.source), start: Number(p.start), end: Number(p.end), text: typeof p.text === 'string' ? p.text : typeof p.sentence === 'string' ? p.sentence : null })),
  };
}

export function normaliseList(raw: unknown): ReviewItem[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? ((raw as Loose).items ?? (raw as Loose).pending ?? (raw as Loose).events ?? []) : [];
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
  const out = await write('PATCH', `/api/review/${encodeURIComponent(item.id)}`, { ...e, mode: e.mode || null, if_match: item.version });
  changed();
  return out;
}

export async function ingest(body: FormData | Record<string, unknown>): Promise<unknown> {
  const out = await write('POST', '/api/ingest', body);
  changed();
  return out;
}
