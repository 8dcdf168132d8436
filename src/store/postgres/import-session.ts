/**
 * The bulk import path of the PostgreSQL store: one transaction on one connection, holding the write
 * lock, kept open while the importer streams batches in, so an import is written whole or not at all
 * while memory stays bounded by the batch size. Each batch is written with a statement per table.
 *
 * Each call runs under a savepoint: a batch that fails leaves nothing of itself behind, and the
 * import can go on (PostgreSQL would otherwise refuse every later statement of the transaction).
 */
import type pg from 'pg';
import { Source as SourceSchema, type Actor, type Event, type Source } from '../../model/index.js';
import { asColumns, type PackedRows } from '../../ingest/exchange/wire/packed-batch.js';
import { rowEvents, type ImportedRows } from '../../ingest/exchange/wire/row-batch.js';
import type { BatchWritten, ImportSession } from '../store.js';
import { beginWrite, busyAsConflict, rollbackAndRelease } from './connect.js';
import { actorMap, writeEvents } from './documents.js';
import { writeSource } from '../sql/record-writes.js';
import * as rows from './write-records.js';
import { RowSet, type Queryable } from './tables.js';

export class PostgresImportSession implements ImportSession {
  private seq = 0;
  private open = true;

  private constructor(
    private readonly client: pg.PoolClient,
    private readonly source: Source,
    private readonly actors: Map<string, Actor>,
    private readonly onEnd: () => void,
    private readonly skipStored = false,
  ) {}

  /** Begin the transaction and write the source record (replacing one with the same id). */
  static async begin(
    client: pg.PoolClient,
    source: Source,
    onEnd: () => void,
    skipStored = false,
  ): Promise<PostgresImportSession> {
    try {
      await beginWrite(client);
      const actors = await actorMap(client);
      await replaceSource(client, source);
      await client.query('DELETE FROM source_chunks WHERE source_id = $1', [source.id]);
      return new PostgresImportSession(client, source, actors, onEnd, skipStored);
    } catch (error) {
      await rollbackAndRelease(client);
      onEnd();
      throw busyAsConflict(error);
    }
  }

  private async step(fn: () => Promise<void>): Promise<void> {
    if (!this.open) throw new Error('this import session is already committed or rolled back');
    await this.client.query('SAVEPOINT batch');
    try {
      await fn();
      await this.client.query('RELEASE SAVEPOINT batch');
    } catch (error) {
      await this.client.query('ROLLBACK TO SAVEPOINT batch');
      throw error;
    }
  }

  async addEvents(events: Event[]): Promise<BatchWritten> {
    const ids = [...new Set(events.map((e) => e.id))];
    const out = { added: 0, existing: events.length - ids.length };
    await this.step(async () => {
      const stored = (
        await this.client.query<{ id: string }>('SELECT id FROM events WHERE id = ANY($1::text[])', [ids])
      ).rows.map((r) => r.id);
      out.existing += stored.length;
      out.added = ids.length - stored.length;
      if (!this.skipStored) {
        await writeEvents(this.client, events, this.actors);
        return;
      }
      // Resuming: what is stored stays, and of ids repeated in the batch the first does.
      const known = new Set(stored);
      const rest = events.filter((e) => !known.has(e.id) && known.add(e.id) !== undefined);
      await writeEvents(this.client, rest, this.actors);
    });
    return out;
  }

  async addRows(rows: ImportedRows | PackedRows): Promise<BatchWritten> {
    return this.addEvents(rowEvents(asColumns(rows)));
  }

  async appendText(chunk: string | Uint8Array): Promise<void> {
    await this.step(async () => {
      await this.client.query('INSERT INTO source_chunks (source_id, seq, text) VALUES ($1, $2, $3)', [
        this.source.id,
        this.seq,
        typeof chunk === 'string'
          ? Buffer.from(chunk, 'utf8')
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
      ]);
      this.seq++;
    });
  }

  /** Make the import permanent; `source`, when given, replaces the record passed to begin (same id). */
  async commit(source?: Source): Promise<void> {
    if (!this.open) throw new Error('this import session is already committed or rolled back');
    if (source && source.id !== this.source.id)
      throw new Error(`commit: the source id changed (${this.source.id} → ${source.id})`);
    this.open = false;
    try {
      if (source) await replaceSource(this.client, SourceSchema.parse(source));
      await this.client.query('COMMIT');
      this.client.release();
    } catch (error) {
      await rollbackAndRelease(this.client);
      throw error;
    } finally {
      this.onEnd();
    }
  }

  async rollback(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    try {
      await rollbackAndRelease(this.client);
    } finally {
      this.onEnd();
    }
  }
}

/** Write the imported source record, replacing one with the same id (its text arrives in chunks). */
async function replaceSource(db: Queryable, source: Source): Promise<void> {
  await db.query('DELETE FROM sources WHERE id = $1', [source.id]);
  const set = new RowSet();
  writeSource(rows.sink(set), source, 'imported');
  await set.write(db);
}
