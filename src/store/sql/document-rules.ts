/**
 * The rules both SQL stores apply when they write documents and reviews, written once: what a
 * DocumentCommit must parse to, when a stored event's version forbids a write, and how corroborating
 * citations join an event's own.
 */
import {
  Conflict as ConflictSchema,
  ConflictError,
  Event as EventSchema,
  NotFoundError,
  Source as SourceSchema,
  plainEvent,
  type Citation,
  type Event,
} from '../../model/index.js';
import { eventVersion } from '../event-version.js';
import type { DocumentCommit, StoredEvent } from '../store.js';

/** An event as given, checked against the schema. */
export const parseEvent = (e: Event): Event => EventSchema.parse(plainEvent(e));

/** Parse what a DocumentCommit carries before any transaction starts. */
export function parseDocument(doc: DocumentCommit): DocumentCommit {
  return {
    ...doc,
    source: SourceSchema.parse(doc.source),
    events: doc.events.map(parseEvent),
    conflicts: doc.conflicts.map((c) => ConflictSchema.parse(c)),
  };
}

/** A document's new event must not be stored already. */
export function mustBeNew(stored: StoredEvent | undefined, id: string): void {
  if (stored) throw new ConflictError(`an event with id "${id}" already exists`);
}

/** The stored event a review may replace: it must exist and, when `ifMatch` is given, still have that version. */
export function editable(current: StoredEvent | undefined, id: string, ifMatch: string | undefined): StoredEvent {
  if (!current) throw new NotFoundError('event', id);
  if (ifMatch !== undefined && eventVersion(current) !== ifMatch) {
    throw new ConflictError(
      `event "${id}" was changed by someone else (its version is now ${eventVersion(current)}, you edited ${ifMatch}); reload it and try again`,
    );
  }
  return current;
}

/** The stored event a document corroborates: it must still exist and have the version the document saw. */
export function corroborated(current: StoredEvent | undefined, id: string, ifMatch: string[]): StoredEvent {
  if (!current) throw new ConflictError(`event "${id}" was deleted while the document was being ingested`);
  const version = eventVersion(current);
  const stale = ifMatch.find((m) => m !== version);
  if (stale !== undefined)
    throw new ConflictError(
      `event "${id}" changed while the document was being ingested (version ${version}, expected ${stale})`,
    );
  return current;
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.source === b.source && a.start === b.start && a.end === b.end;

/** Those of `citations` the event does not cite yet. */
export const uncited = (current: StoredEvent, citations: Citation[]): Citation[] =>
  citations.filter((c) => !current.citations.some((x) => sameCitation(x, c)));

/** Those of `citations` the event does not cite yet, each once. */
export const newCitations = (current: StoredEvent, citations: Citation[]): Citation[] =>
  uncited(current, citations).filter((c, i, all) => all.findIndex((y) => sameCitation(y, c)) === i);

/** The event with `add` cited after its own citations. */
export const citing = (current: StoredEvent, add: Citation[]): Event => ({
  ...plainEvent(current),
  citations: [...current.citations, ...add],
});

/** Remembered corroborations, as citations per event, in the order they were remembered. */
export function citationsByEvent(
  rows: Array<{ event_id: string; source_id: string; start: number; end: number; sha256: string }>,
): Map<string, Citation[]> {
  const byEvent = new Map<string, Citation[]>();
  for (const r of rows) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({ source: r.source_id, start: r.start, end: r.end, sha256: r.sha256 });
    byEvent.set(r.event_id, list);
  }
  return byEvent;
}
