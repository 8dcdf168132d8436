/**
 * The bulk import path of the SQLite store: an IMMEDIATE transaction held open while the importer
 * streams batches in. By default the import is one transaction, written whole or not at all; with
 * `commitEvery`, it is committed every so many events so that a very large import never outgrows
 * the page cache (a transaction larger than the cache spills pages and slows down several-fold).
 * The source record is written in the first transaction (as the importer hands it in: marked
 * unfinished), so every event an intermediate commit keeps cites a stored source, and the last
 * commit replaces it with the finished record. Running an interrupted import again (`skipStored`)
 * keeps the events already stored (event ids are stable) and writes the rest. Events are derived (quad class, intensity, resolved countries) as they arrive.
 */
import { closeSync, fdatasync, openSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { Source as SourceSchema, type Actor, type Event, type Source } from '../../model/index.js';
import { asColumns, isPacked, packedIds, type PackedRows } from '../../ingest/exchange/wire/packed-batch.js';
import { rowEvents, type ImportedRows } from '../../ingest/exchange/wire/row-batch.js';
import type { BatchWritten, ImportSession } from '../store.js';
import { actorMap } from './documents.js';
import { dropEventIndexes, ensureEventIndexes } from './bulk-indexes.js';
import { ensureCodingTable, insertEventsBulk, insertImportedRows, insertPackedRows } from './bulk-insert.js';
import * as rows from './write-records.js';

/** Events added in one session from which the secondary indexes are dropped and rebuilt at commit. */
const BULK_THRESHOLD = 20_000;

/** The events of a batch with repeated ids reduced to the last of each (a later row replaces an earlier one). */
function lastOfEach(events: Event[]): Event[] {
  const ids = new Set(events.map((e) => e.id));
  if (ids.size === events.length) return events;
  const last = new Map(events.map((e, i) => [e.id, i]));
  return events.filter((e, i) => last.get(e.id) === i);
}

/** The events of a batch with repeated ids reduced to the first of each (resuming: what is stored stays). */
function firstOfEach(events: Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined);
}

/** Which of `ids` are stored already. */
function storedIds(db: Database.Database, ids: string[]): string[] {
  return rows
    .stmt(db, 'SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** A read descriptor of the database file, or undefined when it cannot be had (nothing then depends on it). */
function openQuietly(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

export class SqliteImportSession implements ImportSession {
  private readonly actors: Map<string, Actor>;
  private seq = 0;
  private open = true;
  private readonly cacheSize: number;
  private readonly synchronous: number;
  private readonly leftWal: boolean;
  private readonly foreignKeys: number;
  private pending = 0;
  private added = 0;
  private indexesDropped = false;
  /** The database file, opened to flush committed pages to disk in the background (see `flushInBackground`). */
  private readonly fd: number | undefined;
  private flushing: Promise<void> | undefined;
  durable = 0;
  private readonly lookup = (id: string): Actor | undefined => this.actors.get(id);

  constructor(
    private readonly db: Database.Database,
    private readonly source: Source,
    private readonly onEnd: () => void,
    private readonly commitEvery = Infinity,
    private readonly skipStored = false,
  ) {
    // A bulk load touches every index of the events tables: give it a large page cache meanwhile.
    this.cacheSize = db.pragma('cache_size', { simple: true }) as number;
    db.pragma('cache_size = -524288');
    // No fsync while the import runs: a crash of the process still loses nothing committed, only
    // one of the machine could. The setting is restored when the session ends, and switching back
    // to the WAL then syncs the file.
    this.synchronous = db.pragma('synchronous', { simple: true }) as number;
    db.pragma('synchronous = OFF');
    // A rollback journal instead of the WAL: the pages of a bulk load are then written once, not
    // twice (WAL, then checkpoint), and a crash still rolls back cleanly. Another open connection
    // keeps the WAL in place; the import then just runs slower.
    try {
      this.leftWal =
        db.pragma('journal_mode', { simple: true }) === 'wal' &&
        db.pragma('journal_mode = TRUNCATE', { simple: true }) === 'truncate';
    } catch {
      this.leftWal = false;
    }
    // No foreign-key checks while the session writes: every event_actors row is written right after
    // its event, and replaced events lose their actor rows explicitly (deleteEventRows).
    this.foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    db.pragma('foreign_keys = OFF');
    this.fd = db.memory ? undefined : openQuietly(db.name);
    ensureCodingTable(db);
    db.exec('BEGIN IMMEDIATE');
    try {
      this.actors = actorMap(db);
      rows.stmt(db, 'DELETE FROM source_chunks WHERE source_id = ?').run(source.id);
      rows.insertSource(db, source, 'imported');
    } catch (error) {
      db.exec('ROLLBACK');
      this.restore();
      throw error;
    }
  }

  /**
   * Start writing what the last commit left in the operating system's cache to disk, on a thread of
   * libuv's pool, unless a flush is still running. The session ends by syncing the file anyway
   * (switching back to the WAL); flushing as it goes leaves that final sync little to write.
   */
  private flushInBackground(): void {
    if (this.fd === undefined || this.flushing) return;
    const fd = this.fd;
    this.flushing = new Promise<void>((resolve) => fdatasync(fd, () => resolve())).then(() => {
      this.flushing = undefined;
    });
  }

  private restore(): void {
    // A commit that failed leaves its transaction open: undo it, so the settings below take effect
    // (foreign_keys and journal_mode cannot change inside a transaction).
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.pragma(`cache_size = ${this.cacheSize}`);
    this.db.pragma(`synchronous = ${this.synchronous}`);
    this.db.pragma(`foreign_keys = ${this.foreignKeys}`);
    if (this.leftWal) this.db.pragma('journal_mode = WAL');
    if (this.fd !== undefined) closeSync(this.fd);
    this.onEnd();
  }

  private check(): void {
    if (!this.open) throw new Error('this import session is already committed or rolled back');
  }

  async addEvents(events: Event[]): Promise<BatchWritten> {
    this.check();
    // A later event of the batch with the same id replaces an earlier one (with skipStored, the first stays).
    const unique = this.skipStored ? firstOfEach(events) : lastOfEach(events);
    const written = this.write(
      unique.length,
      () => unique.map((e) => e.id),
      () => insertEventsBulk(this.db, unique, this.lookup),
      () => unique,
    );
    return { added: written.added, existing: written.existing + events.length - unique.length };
  }

  async addRows(rows: ImportedRows | PackedRows): Promise<BatchWritten> {
    this.check();
    if (isPacked(rows) && rows.distinct) {
      return this.write(
        rows.count,
        () => packedIds(rows),
        () => insertPackedRows(this.db, rows, this.lookup),
        () => rowEvents(asColumns(rows)),
      );
    }
    const columns = asColumns(rows);
    // A batch that repeats an id (a later row replaces an earlier one) takes the general path.
    if (new Set(columns.id).size !== columns.id.length) return this.addEvents(rowEvents(columns));
    return this.write(
      columns.id.length,
      () => columns.id,
      () => insertImportedRows(this.db, columns, this.lookup),
      () => rowEvents(columns),
    );
  }

  /**
   * Write `count` events with `insert` (no id twice), replacing those among `ids()` already stored,
   * or with `skipStored` writing only the others (from `events()`); commit when enough is pending.
   * The ids and events are only asked for when some are already stored.
   */
  private write(count: number, ids: () => string[], insert: () => void, events: () => Event[]): BatchWritten {
    const out = { added: count, existing: 0 };
    this.added += count;
    if (!this.indexesDropped && this.added >= BULK_THRESHOLD) {
      dropEventIndexes(this.db);
      this.indexesDropped = true;
    }
    // Most batches hold only new events: insert them straight away, under a savepoint. When one of
    // them is already stored, the primary key refuses it: undo the batch, replace what is stored.
    this.db.exec('SAVEPOINT batch');
    try {
      insert();
      this.db.exec('RELEASE batch');
    } catch (error) {
      this.db.exec('ROLLBACK TO batch');
      this.db.exec('RELEASE batch');
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
      const stored = storedIds(this.db, ids());
      out.existing = stored.length;
      out.added = count - stored.length;
      if (this.skipStored) {
        const known = new Set(stored);
        const rest = events().filter((e) => !known.has(e.id));
        if (rest.length) insertEventsBulk(this.db, rest, this.lookup);
      } else {
        for (const id of stored) rows.deleteEventRows(this.db, id);
        insert();
      }
    }
    this.pending += count;
    if (this.pending >= this.commitEvery) {
      this.db.exec('COMMIT');
      this.durable += this.pending;
      this.pending = 0;
      this.flushInBackground();
      this.db.exec('BEGIN IMMEDIATE');
    }
    return out;
  }

  async appendText(chunk: string | Uint8Array): Promise<void> {
    this.check();
    // Bytes are stored as the text they encode, as they are: no decoding into a string and back.
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    rows
      .stmt(this.db, 'INSERT INTO source_chunks (source_id, seq, text) VALUES (?, ?, CAST(? AS TEXT))')
      .run(this.source.id, this.seq++, text);
  }

  async commit(source?: Source): Promise<void> {
    this.check();
    if (source && source.id !== this.source.id)
      throw new Error(`commit: the source id changed (${this.source.id} → ${source.id})`);
    this.open = false;
    try {
      rows.insertSource(this.db, SourceSchema.parse(source ?? this.source), 'imported');
      if (this.indexesDropped) ensureEventIndexes(this.db);
      this.db.exec('COMMIT');
      this.durable += this.pending;
      this.pending = 0;
    } finally {
      await this.flushing;
      this.restore();
    }
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      // Intermediate commits may have left the indexes dropped: build them over what was kept.
      if (this.indexesDropped) ensureEventIndexes(this.db);
    } finally {
      await this.flushing;
      this.restore();
    }
  }
}
