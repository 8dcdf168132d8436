/**
 * The review queue of coded events: list the pending ones with the sentences they cite (read from
 * the stored text), and accept, reject or edit one. Every decision carries the version of the
 * record the reviewer saw (`ifMatch`); a record changed since then is a ConflictError, never a lost
 * update. An edit corrects the record and accepts it.
 */
import {
  ConflictError,
  EVENT_TYPES,
  Event as EventSchema,
  MODES,
  NotFoundError,
  OrreryError,
  UsageError,
  dateProblem,
  type Citation,
  type Event,
  type EventType,
} from '../model/index.js';
import { plainEvent } from '../model/index.js';
import { eventVersion } from '../store/event-version.js';
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
  const events = await store.listEvents({
    origin: ['coded'],
    review: ['pending'],
    limit: opts.limit,
    offset: opts.offset,
  });
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
    items.push({
      event,
      version: eventVersion(event),
      confidence: event.origin.confidence,
      rule: event.origin.rule,
      passages,
    });
  }
  return items;
}

async function applyEdit(store: Store, e: Event, edit: EventEdit): Promise<Event> {
  const out: Event = { ...e };
  if (edit.type !== undefined) {
    const t = edit.type.toUpperCase();
    if (!(EVENT_TYPES as readonly string[]).includes(t))
      throw new UsageError(`--type: "${edit.type}" is not a PLOVER type; use one of ${EVENT_TYPES.join(', ')}`);
    out.event_type = t as EventType;
    if (edit.mode === undefined && t !== e.event_type) out.mode = null;
  }
  if (edit.mode !== undefined) out.mode = edit.mode === '' ? null : edit.mode;
  if (out.mode !== null && out.mode !== undefined && edit.mode !== undefined) {
    const modes = MODES[out.event_type];
    if (!modes.includes(out.mode)) {
      throw new UsageError(
        `mode: "${out.mode}" is not a mode of ${out.event_type}; allowed: ${modes.join(', ') || '(none: leave the mode empty)'}`,
      );
    }
  }
  for (const side of ['actor', 'recipient'] as const) {
    const ids = edit[side];
    if (ids === undefined) continue;
    for (const id of ids)
      if (!(await store.getActor(id))) throw new NotFoundError('actor', id, 'see `orrery actors` for ids');
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

/** Why one event of a decision cannot be applied. */
export interface ReviewFailure {
  id: string;
  reason: 'not found' | 'not coded' | 'version mismatch' | 'invalid edit';
  message: string;
}

/**
 * A decision on several events that was applied to none of them: `failures` says which ids failed and
 * why. Its class (and so its exit code and HTTP status) is that of the first failure in the order
 * not found, not coded or invalid edit, version mismatch.
 */
export interface ReviewBatchFailure {
  failures: ReviewFailure[];
}

function batchError(failures: ReviewFailure[], ids: string[], decision: Decision): OrreryError {
  const verb = decision === 'accept' ? 'accepted' : decision === 'reject' ? 'rejected' : 'edited';
  const failed = new Set(failures.map((f) => f.id));
  const others = ids.filter((id) => !failed.has(id));
  const message = [
    `nothing was changed: ${failures.length} of ${ids.length} event(s) cannot be ${verb}:`,
    ...failures.map((f) => `  - ${f.id}: ${f.reason} (${f.message})`),
    ...(others.length
      ? [`the others (${others.join(', ')}) were not ${verb} either; fix or leave out the failing ids and run it again`]
      : []),
  ].join('\n');
  const has = (r: ReviewFailure['reason']): boolean => failures.some((f) => f.reason === r);
  const error = has('not found')
    ? Object.assign(new NotFoundError('event', failures.find((f) => f.reason === 'not found')!.id), { message })
    : has('not coded') || has('invalid edit')
      ? new UsageError(message)
      : new ConflictError(message);
  return Object.assign(error, { failures }) as OrreryError & ReviewBatchFailure;
}

function failureOf(id: string, error: unknown): ReviewFailure {
  if (error instanceof NotFoundError && error.kind === 'event' && error.id === id)
    return { id, reason: 'not found', message: error.message };
  if (error instanceof NotCodedError) return { id, reason: 'not coded', message: error.message };
  if (error instanceof ConflictError) return { id, reason: 'version mismatch', message: error.message };
  if (error instanceof OrreryError) return { id, reason: 'invalid edit', message: error.message };
  throw error;
}

class NotCodedError extends UsageError {}

/** The record a decision makes of the stored event `current`, checked against the Event schema. */
async function decided(store: Store, id: string, current: StoredEvent | undefined, decision: Decision): Promise<Event> {
  if (!current) throw new NotFoundError('event', id);
  if (current.origin.kind !== 'coded')
    throw new NotCodedError(`event "${id}" is ${current.origin.kind}, not coded: only coded events are reviewed`);
  let next = plainEvent(current);
  if (typeof decision === 'object') next = await applyEdit(store, next, decision.edit);
  const review = decision === 'reject' ? 'rejected' : 'accepted';
  next = { ...next, origin: { ...current.origin, review } };
  const checked = EventSchema.safeParse(next);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`);
    throw new UsageError(`the edited event is not valid: ${issues.join('; ')}`);
  }
  return next;
}

/** Accept, reject or edit one coded event. Returns the stored record and its new version. */
export async function reviewEvent(
  store: Store,
  id: string,
  decision: Decision,
  opts: { ifMatch?: string } = {},
): Promise<{ event: StoredEvent; version: string }> {
  const [done] = await reviewEvents(store, [id], decision, {
    ifMatch: opts.ifMatch === undefined ? undefined : [opts.ifMatch],
  });
  return done!;
}

/**
 * Accept, reject or edit several coded events, all of them or none: every id is checked first (it
 * exists, it is coded, the edit is valid, its version is `ifMatch[i]` when given), and the records are
 * then written in one transaction that checks each version again, so a concurrent change also
 * leaves every event as it was. One id fails with its own error; several fail together with an error
 * listing each failing id and why (ReviewBatchFailure).
 */
export async function reviewEvents(
  store: Store,
  ids: string[],
  decision: Decision,
  opts: { ifMatch?: Array<string | undefined> } = {},
): Promise<Array<{ event: StoredEvent; version: string }>> {
  if (opts.ifMatch && opts.ifMatch.length !== ids.length)
    throw new UsageError(`${opts.ifMatch.length} version(s) given for ${ids.length} event(s)`);
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length)
    throw new UsageError(`an event id is given twice: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  const changes: Array<{ event: Event; ifMatch: string }> = [];
  const failures: ReviewFailure[] = [];
  for (const [i, id] of ids.entries()) {
    try {
      const current = await store.getEvent(id);
      const event = await decided(store, id, current, decision);
      const version = eventVersion(current!);
      const wanted = opts.ifMatch?.[i];
      if (wanted !== undefined && wanted !== version) {
        throw new ConflictError(
          `event "${id}" was changed by someone else (its version is now ${version}, you edited ${wanted}); reload it and try again`,
        );
      }
      // Without an explicit version, the one read now guards the read-modify-write below.
      changes.push({ event, ifMatch: wanted ?? version });
    } catch (error) {
      if (ids.length === 1) throw error;
      failures.push(failureOf(id, error));
    }
  }
  if (failures.length) throw batchError(failures, ids, decision);
  let stored: StoredEvent[];
  try {
    stored = await store.updateEvents(changes);
  } catch (error) {
    if (ids.length === 1 || !(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
    // Someone changed or deleted one of them between the check and the write: which one the store says.
    const id = ids.find((x) => error.message.includes(`"${x}"`)) ?? ids[0]!;
    throw batchError([failureOf(id, error)], ids, decision);
  }
  return stored.map((event) => ({ event, version: eventVersion(event) }));
}
