/**
 * The server store: PostgreSQL through node-postgres (`pg`), behind the same Store interface and with
 * the same semantics as the SQLite store, checked by the same conformance suite. Opened with a
 * `postgres://` or `postgresql://` URL; the database must exist, the schema is created by migrate().
 */
import type pg from 'pg';
import type { Conflict, Counts, Dataset, Event, Source } from '../../model/index.js';
import { CLEAR_CURATED, writeDataset, writeSource } from '../sql/record-writes.js';
import { SqlStore, type ImportOptions } from '../sql/sql-store.js';
import type { DocumentCommit, ImportSession, SearchHit, Store, StoredEvent } from '../store.js';
import { connect, createPool, writeTransaction } from './connect.js';
import { postgres } from './dialect.js';
import * as documents from './documents.js';
import { PostgresImportSession } from './import-session.js';
import { migrate, schemaVersion } from './migrate.js';
import * as rows from './write-records.js';
import { executor } from './run.js';
import type { Write } from '../sql/monitoring.js';
import { RowSet, type Queryable } from './tables.js';
import { tsqueryLiteral } from './text-search.js';

export class PostgresStore extends SqlStore implements Store {
  readonly url: string;
  private readonly pool: pg.Pool;

  /** Connects lazily: the first query (migrate() when opened through openStore) opens the pool. */
  constructor(url: string) {
    const pool = createPool(url);
    super(postgres, executor(pool, url));
    this.url = url;
    this.pool = pool;
  }

  private write<T>(fn: (db: Queryable) => Promise<T>): Promise<T> {
    return writeTransaction(this.pool, this.url, fn);
  }

  async migrate(): Promise<void> {
    await migrate(this.pool, this.url);
  }

  async schemaVersion(): Promise<number> {
    const client = await connect(this.pool, this.url);
    try {
      return await schemaVersion(client);
    } finally {
      client.release();
    }
  }

  async loadDataset(ds: Dataset): Promise<Counts> {
    await this.write(async (db) => {
      await db.query(CLEAR_CURATED);
      const set = new RowSet();
      const sources = writeDataset(rows.sink(set), ds);
      // A shipped source replaces an ingested one with the same id, as SQLite's INSERT OR REPLACE does.
      await db.query('DELETE FROM sources WHERE id = ANY($1::text[])', [sources.map((s) => s.id)]);
      await set.write(db);
      await documents.reapplyCorroborations(db, await documents.actorMap(db));
    });
    return (await this.counts()) as Counts;
  }

  async putSource(source: Source, text?: string): Promise<void> {
    await this.write(async (db) => {
      await db.query('DELETE FROM sources WHERE id = $1', [source.id]);
      const set = new RowSet();
      writeSource(rows.sink(set), source, 'ingested', text);
      await set.write(db);
    });
  }

  protected async writeDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }> {
    return this.write((db) => documents.commitDocument(db, doc));
  }

  /** A PostgreSQL import is one transaction (`commitEvery` does not apply), so it never stops half-way. */
  protected async openImport(source: Source, opts: ImportOptions, done: () => void): Promise<ImportSession> {
    const client = await connect(this.pool, this.url);
    return PostgresImportSession.begin(client, source, done, opts.skipStored);
  }

  protected async writeEvents(events: Event[]): Promise<void> {
    await this.write(async (db) => {
      await documents.writeEvents(db, events, await documents.actorMap(db));
    });
  }

  async deleteEvent(id: string): Promise<boolean> {
    return this.write(async (db) => (await rows.deleteEvents(db, [id])) > 0);
  }

  protected async writeUpdates(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]> {
    return this.write(async (db) => {
      const out: StoredEvent[] = [];
      for (const c of changes) out.push(await documents.updateEvent(db, c.event, c.ifMatch));
      return out;
    });
  }

  protected async writeConflicts(conflicts: Conflict[]): Promise<void> {
    await this.write((db) => documents.writeConflicts(db, conflicts));
  }

  protected async runWrites(writes: Write[]): Promise<number[]> {
    return this.write(async (db) => {
      const changed: number[] = [];
      for (const w of writes) changed.push((await db.query(w.sql, w.params)).rowCount ?? 0);
      return changed;
    });
  }

  /** Ranked by ts_rank normalised by document length (SQLite ranks by bm25; the top hits agree, ties may not). */
  async search(text: string, limit = 50): Promise<SearchHit[]> {
    const query = tsqueryLiteral(text);
    if (!query) return [];
    const r = await this.pool.query<SearchHit>(
      `SELECT kind, id, text FROM search WHERE tsv @@ $1::tsquery ORDER BY ts_rank(tsv, $1::tsquery, 1) DESC, seq LIMIT $2`,
      [query, limit < 0 ? null : Math.floor(limit)],
    );
    return r.rows;
  }

  async close(): Promise<void> {
    await (await this.importing?.catch(() => undefined))?.rollback();
    await this.pool.end();
  }
}
