/**
 * Writes for ingested documents and review in the PostgreSQL store, with the SQLite store's
 * semantics: a document with its events, corroborating citations and conflicts in one transaction,
 * an event replaced under optimistic concurrency, ingested conflicts, and the corroborations put back
 * after a dataset reload. Callers run these inside writeTransaction (connect.ts), which holds the
 * write lock, so nobody changes a version between reading and writing it.
 */
import { EVENT_COLUMNS } from '../encoding/record-tables.js';
import {
  Actor as ActorSchema,
  Conflict as ConflictSchema,
  ConflictError,
  Event as EventSchema,
  NotFoundError,
  Source as SourceSchema,
  type Actor,
  type Citation,
  type Conflict,
  type Event,
} from '../../model/index.js';
import { deriveEvent, plainEvent } from '../../model/index.js';
import { eventFromRow, type EventRow } from '../encoding/event-row.js';
import { eventVersion } from '../event-version.js';
import type { DocumentCommit, StoredEvent } from '../store.js';
import * as rows from './write-records.js';
import { RowSet, type Queryable } from './tables.js';

/** Every actor, parsed, by id: the lookup that derives resolved countries. */
export async function actorMap(db: Queryable): Promise<Map<string, Actor>> {
  const all = await db.query<{ json: unknown }>('SELECT json FROM actors');
  return new Map(
    all.rows.map((r) => {
      const a = ActorSchema.parse(r.json);
      return [a.id, a];
    }),
  );
}

/** The stored event with this id, read back from its row (encoding/event-row.ts). */
export async function storedEvent(db: Queryable, id: string): Promise<StoredEvent | undefined> {
  const r = (await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = $1`, [id])).rows[0];
  return r && eventFromRow(r);
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.source === b.source && a.start === b.start && a.end === b.end;

/** Insert or replace events (the last of any repeated id wins), deriving what the store keeps beside them. */
export async function writeEvents(db: Queryable, events: Event[], actors: Map<string, Actor>): Promise<StoredEvent[]> {
  const unique = rows.lastById(events);
  await rows.deleteEvents(
    db,
    unique.map((e) => e.id),
  );
  const set = new RowSet();
  const stored = unique.map((e) => deriveEvent(e, (id) => actors.get(id)));
  for (const e of stored) rows.addEvent(set, e);
  await set.write(db);
  return stored;
}

/** Replace conflicts found while ingesting. */
export async function writeConflicts(db: Queryable, conflicts: Conflict[]): Promise<void> {
  const unique = rows.lastById(conflicts);
  await rows.deleteConflicts(
    db,
    unique.map((c) => c.id),
  );
  const set = new RowSet();
  for (const c of unique) rows.addConflict(set, c, 'ingested');
  await set.write(db);
}

/** Append a citation to an event whose version must still be `ifMatch`; remembered so a dataset reload keeps it. */
async function corroborate(
  db: Queryable,
  c: DocumentCommit['corroborations'][number],
  actors: Map<string, Actor>,
): Promise<void> {
  const current = await storedEvent(db, c.event);
  if (!current) throw new ConflictError(`event "${c.event}" was deleted while the document was being ingested`);
  if (eventVersion(current) !== c.ifMatch) {
    throw new ConflictError(
      `event "${c.event}" changed while the document was being ingested (version ${eventVersion(current)}, expected ${c.ifMatch})`,
    );
  }
  if (!current.citations.some((x) => sameCitation(x, c.citation))) {
    await writeEvents(db, [{ ...plainEvent(current), citations: [...current.citations, c.citation] }], actors);
  }
  await db.query('INSERT INTO corroborations (event_id, source_id, start, "end", sha256) VALUES ($1, $2, $3, $4, $5)', [
    c.event,
    c.citation.source,
    c.citation.start,
    c.citation.end,
    c.citation.sha256,
  ]);
}

/** Parse what a DocumentCommit carries before any transaction starts. */
export function parseDocument(doc: DocumentCommit): DocumentCommit {
  return {
    ...doc,
    source: SourceSchema.parse(doc.source),
    events: doc.events.map((e) => EventSchema.parse(plainEvent(e))),
    conflicts: doc.conflicts.map((c) => ConflictSchema.parse(c)),
  };
}

export async function commitDocument(db: Queryable, doc: DocumentCommit): Promise<{ duplicate: boolean }> {
  const known = await db.query('SELECT 1 FROM sources WHERE sha256 = $1 OR id = $2', [
    doc.source.sha256,
    doc.source.id,
  ]);
  if (known.rowCount) return { duplicate: true };
  const actors = await actorMap(db);
  const set = new RowSet();
  rows.addSource(set, doc.source, 'ingested', doc.text);
  await set.write(db);
  for (const e of doc.events) {
    if (await storedEvent(db, e.id)) throw new ConflictError(`an event with id "${e.id}" already exists`);
    await writeEvents(db, [e], actors);
  }
  for (const c of doc.corroborations) await corroborate(db, c, actors);
  await writeConflicts(db, doc.conflicts);
  return { duplicate: false };
}

export async function updateEvent(db: Queryable, event: Event, ifMatch: string | undefined): Promise<StoredEvent> {
  const current = await storedEvent(db, event.id);
  if (!current) throw new NotFoundError('event', event.id);
  if (ifMatch !== undefined && eventVersion(current) !== ifMatch) {
    throw new ConflictError(
      `event "${event.id}" was changed by someone else (its version is now ${eventVersion(current)}, you edited ${ifMatch}); reload it and try again`,
    );
  }
  const [stored] = await writeEvents(db, [event], await actorMap(db));
  return stored as StoredEvent;
}

/** After a reload of the curated dataset: put back the citations that ingested documents added to curated events. */
export async function reapplyCorroborations(db: Queryable, actors: Map<string, Actor>): Promise<void> {
  const found = await db.query<{ event_id: string; source_id: string; start: number; end: number; sha256: string }>(
    `SELECT c.event_id, c.source_id, c.start, c."end", c.sha256 FROM corroborations c
      JOIN events e ON e.id = c.event_id WHERE e.origin = 'curated' ORDER BY c.seq`,
  );
  const byEvent = new Map<string, Citation[]>();
  for (const r of found.rows) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({ source: r.source_id, start: r.start, end: r.end, sha256: r.sha256 });
    byEvent.set(r.event_id, list);
  }
  const changed: Event[] = [];
  for (const [id, extra] of byEvent) {
    const current = await storedEvent(db, id);
    if (!current) continue;
    const add = extra.filter((c) => !current.citations.some((x) => sameCitation(x, c)));
    if (add.length) changed.push({ ...plainEvent(current), citations: [...current.citations, ...add] });
  }
  await writeEvents(db, changed, actors);
}
