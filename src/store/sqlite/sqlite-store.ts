/** The embedded store: one SQLite file through better-sqlite3, foreign keys on, WAL journal. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  Actor as ActorSchema,
  deriveEvent,
  type Conflict,
  type Counts,
  type Dataset,
  type Event,
  type Source,
} from '../../model/index.js';
import { CLEAR_CURATED, writeDataset } from '../sql/record-writes.js';
import { SqlStore, type ImportOptions } from '../sql/sql-store.js';
import type { DocumentCommit, ImportSession, SearchHit, Store, StoredEvent } from '../store.js';
import { ensureEventIndexes } from './bulk-indexes.js';
import { sqlite } from './dialect.js';
import * as documents from './documents.js';
import { ftsQuery } from './fts.js';
import { SqliteImportSession } from './import-session.js';
import { MIGRATIONS } from './migrations.js';
import { executor } from './run.js';
import type { Write } from '../sql/monitoring.js';
import * as rows from './write-records.js';

function open(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

export class SqliteStore extends SqlStore implements Store {
  readonly path: string;
  private readonly db: Database.Database;

  /** Open (creating if needed) the store at `path`; ':memory:' for a throw-away store. */
  constructor(path: string) {
    const db = open(path);
    super(sqlite, executor(db));
    this.path = path;
    this.db = db;
  }

  async migrate(): Promise<void> {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v] as string);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // A process that died during a bulk import may have left its dropped indexes unbuilt.
    ensureEventIndexes(this.db);
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  async loadDataset(ds: Dataset): Promise<Counts> {
    const db = this.db;
    db.transaction(() => {
      db.exec(CLEAR_CURATED);
      writeDataset(rows.sink(db), ds);
      documents.reapplyCorroborations(db, documents.actorMap(db));
    })();
    return (await this.counts()) as Counts;
  }

  async putSource(source: Source, text?: string): Promise<void> {
    this.db.transaction(() => rows.insertSource(this.db, source, 'ingested', text))();
  }

  protected async writeDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }> {
    return documents.commitDocument(this.db, doc);
  }

  protected async openImport(source: Source, opts: ImportOptions, done: () => void): Promise<ImportSession> {
    return new SqliteImportSession(this.db, source, done, opts.commitEvery, opts.skipStored);
  }

  protected async writeEvents(events: Event[]): Promise<void> {
    const actors = new Map((await this.listActors()).map((a) => [a.id, ActorSchema.parse(a)]));
    this.db.transaction(() => {
      for (const e of events) {
        rows.deleteEventRows(this.db, e.id);
        rows.insertEvent(
          this.db,
          deriveEvent(e, (id) => actors.get(id)),
        );
      }
    })();
  }

  async deleteEvent(id: string): Promise<boolean> {
    return this.db.transaction(() => rows.deleteEventRows(this.db, id))();
  }

  protected async writeUpdates(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]> {
    // Each updateEvent nested in this transaction runs under a savepoint: the first failure undoes them all.
    return this.db
      .transaction(() => changes.map((c) => documents.updateEvent(this.db, c.event, c.ifMatch)))
      .immediate();
  }

  protected async writeConflicts(conflicts: Conflict[]): Promise<void> {
    documents.putConflicts(this.db, conflicts);
  }

  protected async runWrites(writes: Write[]): Promise<number[]> {
    return this.db.transaction(() => writes.map((w) => rows.stmt(this.db, w.sql).run(...w.params).changes))();
  }

  async search(text: string, limit = 50): Promise<SearchHit[]> {
    return this.db
      .prepare('SELECT kind, id, text FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?')
      .all(ftsQuery(text), limit) as SearchHit[];
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
