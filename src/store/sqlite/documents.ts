/**
 * Writes for ingested documents and review in the SQLite store: a document with its events,
 * corroborating citations and conflicts in one transaction, an event replaced under optimistic
 * concurrency, and ingested conflicts. Read-then-write steps run in IMMEDIATE transactions so two
 * processes cannot both read the same version and then both write.
 */
import type Database from 'better-sqlite3';
import { deriveEvent, type Actor, type Conflict, type Event } from '../../model/index.js';
import {
  citationsByEvent,
  citing,
  corroborated,
  editable,
  mustBeNew,
  newCitations,
  uncited,
} from '../sql/document-rules.js';
import { actorsById, eventById } from '../sql/sql-reads.js';
import type { DocumentCommit, StoredEvent } from '../store.js';
import { sqlite } from './dialect.js';
import { run } from './run.js';
import * as rows from './write-records.js';

type Db = Database.Database;

/** Every actor, parsed, by id. */
export const actorMap = (db: Db): Map<string, Actor> => run(db, actorsById(sqlite));

/** The stored event with this id. */
export const storedEvent = (db: Db, id: string): StoredEvent | undefined => run(db, eventById(sqlite, id));

function writeEvent(db: Db, e: Event, actors: Map<string, Actor>): StoredEvent {
  rows.deleteEventRows(db, e.id);
  const stored = deriveEvent(e, (id) => actors.get(id));
  rows.insertEvent(db, stored);
  return stored;
}

/**
 * Append citations to an event whose version must still be `ifMatch` (checked once, before this
 * commit touches it); remembered so a reload of the curated dataset keeps them.
 */
function corroborate(db: Db, id: string, list: DocumentCommit['corroborations'], actors: Map<string, Actor>): void {
  const current = corroborated(
    storedEvent(db, id),
    id,
    list.map((c) => c.ifMatch),
  );
  const add = newCitations(
    current,
    list.map((c) => c.citation),
  );
  if (add.length) writeEvent(db, citing(current, add), actors);
  const remember = rows.stmt(
    db,
    'INSERT INTO corroborations (event_id, source_id, start, end, sha256) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of add) remember.run(id, c.source, c.start, c.end, c.sha256);
}

/** Commit a parsed document (sql/document-rules.ts, parseDocument). */
export function commitDocument(db: Db, doc: DocumentCommit): { duplicate: boolean } {
  const { source, events, conflicts } = doc;
  return db
    .transaction(() => {
      const known = rows.stmt(db, 'SELECT 1 FROM sources WHERE sha256 = ? OR id = ?').get(source.sha256, source.id);
      if (known) return { duplicate: true };
      const actors = actorMap(db);
      rows.insertSource(db, source, 'ingested', doc.text);
      for (const e of events) {
        mustBeNew(storedEvent(db, e.id), e.id);
        // A new event has no rows to replace (deleting them would read the whole full-text table per event).
        rows.insertEvent(
          db,
          deriveEvent(e, (id) => actors.get(id)),
        );
      }
      const byEvent = new Map<string, DocumentCommit['corroborations']>();
      for (const c of doc.corroborations) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
      for (const [id, list] of byEvent) corroborate(db, id, list, actors);
      for (const c of conflicts) {
        rows.deleteConflictRows(db, c.id);
        rows.insertConflict(db, c, 'ingested');
      }
      return { duplicate: false };
    })
    .immediate();
}

/** Replace a parsed event whose version must still be `ifMatch`. */
export function updateEvent(db: Db, event: Event, ifMatch: string | undefined): StoredEvent {
  return db
    .transaction(() => {
      editable(storedEvent(db, event.id), event.id, ifMatch);
      return writeEvent(db, event, actorMap(db));
    })
    .immediate();
}

/** Replace parsed conflicts found while ingesting. */
export function putConflicts(db: Db, conflicts: Conflict[]): void {
  db.transaction(() => {
    for (const c of conflicts) {
      rows.deleteConflictRows(db, c.id);
      rows.insertConflict(db, c, 'ingested');
    }
  }).immediate();
}

/** After a reload of the curated dataset: put back the citations that ingested documents added to curated events. */
export function reapplyCorroborations(db: Db, actors: Map<string, Actor>): void {
  const found = db
    .prepare(
      `SELECT c.event_id, c.source_id, c.start, c.end, c.sha256 FROM corroborations c
    JOIN events e ON e.id = c.event_id WHERE e.origin = 'curated' ORDER BY c.rowid`,
    )
    .all() as Array<{
    event_id: string;
    source_id: string;
    start: number;
    end: number;
    sha256: string;
  }>;
  const byEvent = citationsByEvent(found);
  for (const [id, extra] of byEvent) {
    const current = storedEvent(db, id);
    if (!current) continue;
    const add = uncited(current, extra);
    if (add.length) writeEvent(db, citing(current, add), actors);
  }
}
