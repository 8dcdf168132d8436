/**
 * Writing records into the SQLite tables: the rows sql/record-writes.ts derives, each written with a
 * prepared insert; and deleting a record's rows. Imported events get no citation or search rows.
 */
import type Database from 'better-sqlite3';
import type { Conflict, Source } from '../../model/index.js';
import {
  COLUMNS,
  writeConflict,
  writeEvent,
  writeSource,
  type RecordTable,
  type RowSink,
  type SourceOrigin,
} from '../sql/record-writes.js';
import type { StoredEvent } from '../store.js';

type Db = Database.Database;

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Queries built from filters vary (a list of three ids is another statement than one of four): keep this many. */
const CACHED = 500;

/** A prepared statement, prepared once per database connection. */
export function stmt(db: Db, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) {
    if (byDb.size >= CACHED) byDb.clear();
    byDb.set(sql, (s = db.prepare(sql)));
  }
  return s;
}

const INSERTS = Object.fromEntries(
  Object.entries(COLUMNS).map(([table, cols]) => [
    table,
    // A source replaces a stored one with its id (a shipped source an ingested one, an import's final record).
    `INSERT${table === 'sources' ? ' OR REPLACE' : ''} INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ]),
) as Record<RecordTable, string>;

const sinks = new WeakMap<Db, RowSink>();

/** Rows written straight into `db`, one prepared insert each. */
export function sink(db: Db): RowSink {
  let out = sinks.get(db);
  if (!out) {
    out = {
      row: (table, values) => stmt(db, INSERTS[table]).run(values),
      search: (kind, id, text) => stmt(db, 'INSERT INTO search (kind, id, text) VALUES (?, ?, ?)').run(kind, id, text),
      text: (s) => s,
      sourceText: (text) => text ?? null,
      indexImported: false,
    };
    sinks.set(db, out);
  }
  return out;
}

export function insertSource(db: Db, s: Source, origin: SourceOrigin, text?: string): void {
  writeSource(sink(db), s, origin, text);
}

export function insertEvent(db: Db, e: StoredEvent): void {
  writeEvent(sink(db), e);
}

export function insertConflict(db: Db, c: Conflict, origin: 'curated' | 'ingested' = 'curated'): void {
  writeConflict(sink(db), c, origin);
}

/** Remove an event and the rows derived from it (actor rows explicitly: a bulk import runs without foreign keys). */
export function deleteEventRows(db: Db, id: string): boolean {
  stmt(db, 'DELETE FROM event_actors WHERE event_id = ?').run(id);
  stmt(db, `DELETE FROM citations WHERE kind = 'event' AND record_id = ?`).run(id);
  stmt(db, `DELETE FROM search WHERE kind = 'event' AND id = ?`).run(id);
  return stmt(db, 'DELETE FROM events WHERE id = ?').run(id).changes > 0;
}

/** Remove a conflict and the rows derived from it. */
export function deleteConflictRows(db: Db, id: string): void {
  stmt(db, `DELETE FROM citations WHERE kind = 'conflict' AND record_id = ?`).run(id);
  stmt(db, `DELETE FROM search WHERE kind = 'conflict' AND id = ?`).run(id);
  stmt(db, 'DELETE FROM conflicts WHERE id = ?').run(id);
}
