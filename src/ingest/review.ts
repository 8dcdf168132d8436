/**
 * The review queue of coded events: list the pending ones with the sentences they cite (read from
 * the stored text), and accept, reject or edit one. Every decision carries the version of the
 * record the reviewer saw (`ifMatch`); a record changed since then is a ConflictError, never a lost
 * update. An edit corrects the record and accepts it.
 */
import {
  EVENT_TYPES, NotFoundError, UsageError, dateProblem, type Citation, type Event, type EventType,
} from '../model/index.js';
import { eventVersion, plainEvent } from '../model/index.js';
import type { Store, StoredEvent } from '../store/store.js';

export interface PendingPassage extends Citation {
  /** The cited sentence, or undefined when the source text is not stored. */
  text?: string;
}

export interface ReviewItem {
  event: StoredEvent;
  version: string;
  confidence: number;
  rule: string;
  passages: PendingPassage[];
}

export interface EventEdit {
  type?: string;
  mode?: string | null;
  actor?: string[];
  recipient?: string[];
  date?: string;
  summary?: string;
}

export type Decision = 'accept' | 'reject' | { edit: EventEdit };

/** Coded events awaiting review, oldest date first, with their cited sentences. */
export async function listPending(store: Store, opts: { limit?: number; offset?: number } = {}): Promise<ReviewItem[]> {
  const events = await store.listEvents({ origin: ['coded'], review: ['pending'], limit: opts.limit, offset: opts.offset });
  const texts = new Map<string, string | undefined>();
  const text = async (id: string): Promise<string | undefined> => {
    if (!texts.has(id)) texts.set(id, await store.getSourceText(id));
    return texts.get(id);
  };
  const items: ReviewItem[] = [];
  for (const event of events) {
    if (event.origin.kind !== 'coded') continue;
    const passages: PendingPassage[] = [];
    for (const c of event.citations) {
      const t = await text(c.source);
      passages.push(t === undefined ? { ...c } : { ...c, text: t.slice(c.start, c.end) });
    }
    items.push({ event, version: eventVersion(event), confidence: event.origin.confidence, rule: event.origin.rule, passages });
  }
  return items;
}

async function applyEdit(store: Store, e: Event, edit: EventEdit): Promise<Event> {
  const out: Event = { ...e };
  if (edit.type !== undefined) {
    const t = edit.type.toUpperCase();
    if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new UsageError(`--type: "${edit.type}" is not a PLOVER type; use one of ${EVENT_TYPES.join(', ')}`);
    out.event_type = t as EventType;
    if (edit.mode === undefined && t !== e.event_type) out.mode = null;
  }
  if (edit.mode !== undefined) out.mode = edit.mode === '' ? null : edit.mode;
  for (const side of ['actor', 'recipient'] as const) {
    const ids = edit[side];
    if (ids === undefined) continue;
    for (const id of ids) if (!(await store.getActor(id))) throw new NotFoundError('actor', id, 'see `orrery actors` for ids');
    out[side] = ids;
  }
  if (edit.date !== undefined) {
    const problem = dateProblem(edit.date);
    if (problem) throw new UsageError(`--date: ${problem}`);
    out.date = edit.date;
  }
  if (edit.summary !== undefined) {
    if (!edit.summary.trim()) throw new UsageError('--summary must not be empty');
    out.summary = edit.summary.trim();
  }
  return out;
}

/** Accept, reject or edit one coded event. Returns the stored record and its new version. */
export async function reviewEvent(
  store: Store, id: string, decision: Decision, opts: { ifMatch?: string } = {},
): Promise<{ event: StoredEvent; version: string }> {
  const current = await store.getEvent(id);
  if (!current) throw new NotFoundError('event', id);
  if (current.origin.kind !== 'coded') throw new UsageError(`event "${id}" is ${current.origin.kind}, not coded: only coded events are reviewed`);
  // Without an explicit version, the one read now guards the read-modify-write below.
  const ifMatch = opts.ifMatch ?? eventVersion(current);
  let next = plainEvent(current);
  if (typeof decision === 'object') next = await applyEdit(store, next, decision.edit);
  const review = decision === 'reject' ? 'rejected' : 'accepted';
  next = { ...next, origin: { ...current.origin, review } };
  const event = await store.updateEvent(next, ifMatch);
  return { event, version: eventVersion(event) };
}
