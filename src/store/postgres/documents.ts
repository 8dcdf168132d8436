/**
 * Writes for ingested documents and review in the PostgreSQL store, with the SQLite store's
 * semantics: a document with its events, corroborating citations and conflicts in one transaction,
 * an event replaced under optimistic concurrency, ingested conflicts, and the corroborations put back
 * after a dataset reload. Callers run these inside writeTransaction (connect.ts), which holds the
 * write lock, so nobody changes a version between reading and writing it.
 */
import { deriveEvent, type Actor, type Conflict, type Event } from '../../model/index.js';
import { citationsByEvent, citing, corroborated, editable, mustBeNew, uncited } from '../sql/document-rules.js';
import { actorsById, eventById } from '../sql/sql-reads.js';
import type { DocumentCommit, StoredEvent } from '../store.js';
import { postgres } from './dialect.js';
import { run } from './run.js';
import { writeConflict, writeEvent, writeSource } from '../sql/record-writes.js';
import * as rows from './write-records.js';
import { RowSet, type Queryable } from './tables.js';

/** Every actor, parsed, by id. */
export const actorMap = (db: Queryable): Promise<Map<string, Actor>> => run(db, actorsById(postgres));

/** The stored event with this id. */
export const storedEvent = (db: Queryable, id: string): Promise<StoredEvent | undefined> =>
  run(db, eventById(postgres, id));

/** Insert or replace events (the last of any repeated id wins), deriving what the store keeps beside them. */
export async function writeEvents(db: Queryable, events: Event[], actors: Map<string, Actor>): Promise<StoredEvent[]> {
  const unique = rows.lastById(events);
  await rows.deleteEvents(
    db,
    unique.map((e) => e.id),
  );
  const set = new RowSet();
  const stored = unique.map((e) => deriveEvent(e, (id) => actors.get(id)));
  for (const e of stored) writeEvent(rows.sink(set), e);
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
  for (const c of unique) writeConflict(rows.sink(set), c, 'ingested');
  await set.write(db);
}

/** Append a citation to an event whose version must still be `ifMatch`; remembered so a dataset reload keeps it. */
async function corroborate(
  db: Queryable,
  c: DocumentCommit['corroborations'][number],
  actors: Map<string, Actor>,
): Promise<void> {
  const current = corroborated(await storedEvent(db, c.event), c.event, [c.ifMatch]);
  if (uncited(current, [c.citation]).length) await writeEvents(db, [citing(current, [c.citation])], actors);
  await db.query('INSERT INTO corroborations (event_id, source_id, start, "end", sha256) VALUES ($1, $2, $3, $4, $5)', [
    c.event,
    c.citation.source,
    c.citation.start,
    c.citation.end,
    c.citation.sha256,
  ]);
}

/** Commit a parsed document (sql/document-rules.ts, parseDocument). */
export async function commitDocument(db: Queryable, doc: DocumentCommit): Promise<{ duplicate: boolean }> {
  const known = await db.query('SELECT 1 FROM sources WHERE sha256 = $1 OR id = $2', [
    doc.source.sha256,
    doc.source.id,
  ]);
  if (known.rowCount) return { duplicate: true };
  const actors = await actorMap(db);
  const set = new RowSet();
  writeSource(rows.sink(set), doc.source, 'ingested', doc.text);
  await set.write(db);
  for (const e of doc.events) {
    mustBeNew(await storedEvent(db, e.id), e.id);
    await writeEvents(db, [e], actors);
  }
  for (const c of doc.corroborations) await corroborate(db, c, actors);
  await writeConflicts(db, doc.conflicts);
  return { duplicate: false };
}

/** Replace a parsed event whose version must still be `ifMatch`. */
export async function updateEvent(db: Queryable, event: Event, ifMatch: string | undefined): Promise<StoredEvent> {
  editable(await storedEvent(db, event.id), event.id, ifMatch);
  const [stored] = await writeEvents(db, [event], await actorMap(db));
  return stored as StoredEvent;
}

/** After a reload of the curated dataset: put back the citations that ingested documents added to curated events. */
export async function reapplyCorroborations(db: Queryable, actors: Map<string, Actor>): Promise<void> {
  const found = await db.query<{ event_id: string; source_id: string; start: number; end: number; sha256: string }>(
    `SELECT c.event_id, c.source_id, c.start, c."end", c.sha256 FROM corroborations c
      JOIN events e ON e.id = c.event_id WHERE e.origin = 'curated' ORDER BY c.seq`,
  );
  const byEvent = citationsByEvent(found.rows);
  const changed: Event[] = [];
  for (const [id, extra] of byEvent) {
    const current = await storedEvent(db, id);
    if (!current) continue;
    const add = uncited(current, extra);
    if (add.length) changed.push(citing(current, add));
  }
  await writeEvents(db, changed, actors);
}
