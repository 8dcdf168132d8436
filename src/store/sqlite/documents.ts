/**
 * Writes for ingested documents and review in the SQLite store: a document with its events,
 * corroborating citations and conflicts in one transaction, an event replaced under optimistic
 * concurrency, and ingested conflicts. Read-then-write steps run in IMMEDIATE transactions so two
 * processes cannot both read the same version and then both write.
 */
import { EVENT_COLUMNS } from '../encoding/record-tables.js';
import type Database from 'better-sqlite3';
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

type Db = Database.Database;

/** Every actor, parsed, by id: the lookup that derives resolved countries. */
export function actorMap(db: Db): Map<string, Actor> {
  const all = db.prepare('SELECT json FROM actors').all() as Array<{ json: string }>;
  return new Map(
    all.map((r) => {
      const a = ActorSchema.parse(JSON.parse(r.json));
      return [a.id, a];
    }),
  );
}

/** The stored event with this id, read back from its row (encoding/event-row.ts). */
export function storedEvent(db: Db, id: string): StoredEvent | undefined {
  const r = rows.stmt(db, `SELECT ${EVENT_COLUMNS} FROM events WHERE id = ?`).get(id) as EventRow | undefined;
  return r && eventFromRow(r);
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.source === b.source && a.start === b.start && a.end === b.end;

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
  const current = storedEvent(db, id);
  if (!current) throw new ConflictError(`event "${id}" was deleted while the document was being ingested`);
  const version = eventVersion(current);
  const stale = list.find((c) => c.ifMatch !== version);
  if (stale)
    throw new ConflictError(
      `event "${id}" changed while the document was being ingested (version ${version}, expected ${stale.ifMatch})`,
    );
  const add = list
    .map((c) => c.citation)
    .filter(
      (c, i, all) =>
        !current.citations.some((x) => sameCitation(x, c)) && all.findIndex((y) => sameCitation(y, c)) === i,
    );
  if (add.length) writeEvent(db, { ...plainEvent(current), citations: [...current.citations, ...add] }, actors);
  const remember = rows.stmt(
    db,
    'INSERT INTO corroborations (event_id, source_id, start, end, sha256) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of add) remember.run(id, c.source, c.start, c.end, c.sha256);
}

export function commitDocument(db: Db, doc: DocumentCommit): { duplicate: boolean } {
  const source = SourceSchema.parse(doc.source);
  const events = doc.events.map((e) => EventSchema.parse(plainEvent(e)));
  const conflicts = doc.conflicts.map((c) => ConflictSchema.parse(c));
  return db
    .transaction(() => {
      const known = rows.stmt(db, 'SELECT 1 FROM sources WHERE sha256 = ? OR id = ?').get(source.sha256, source.id);
      if (known) return { duplicate: true };
      const actors = actorMap(db);
      rows.insertSource(db, source, 'ingested', doc.text);
      for (const e of events) {
        if (storedEvent(db, e.id)) throw new ConflictError(`an event with id "${e.id}" already exists`);
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

export function updateEvent(db: Db, event: Event, ifMatch: string | undefined): StoredEvent {
  const parsed = EventSchema.parse(plainEvent(event));
  return db
    .transaction(() => {
      const current = storedEvent(db, parsed.id);
      if (!current) throw new NotFoundError('event', parsed.id);
      if (ifMatch !== undefined && eventVersion(current) !== ifMatch) {
        throw new ConflictError(
          `event "${parsed.id}" was changed by someone else (its version is now ${eventVersion(current)}, you edited ${ifMatch}); reload it and try again`,
        );
      }
      return writeEvent(db, parsed, actorMap(db));
    })
    .immediate();
}

export function putConflicts(db: Db, conflicts: Conflict[]): void {
  const parsed = conflicts.map((c) => ConflictSchema.parse(c));
  db.transaction(() => {
    for (const c of parsed) {
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
  const byEvent = new Map<string, Citation[]>();
  for (const r of found) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({ source: r.source_id, start: r.start, end: r.end, sha256: r.sha256 });
    byEvent.set(r.event_id, list);
  }
  for (const [id, extra] of byEvent) {
    const current = storedEvent(db, id);
    if (!current) continue;
    const add = extra.filter((c) => !current.citations.some((x) => sameCitation(x, c)));
    if (add.length) writeEvent(db, { ...plainEvent(current), citations: [...current.citations, ...add] }, actors);
  }
}
