/**
 * The server store: PostgreSQL through node-postgres (`pg`), behind the same Store interface and with
 * the same semantics as the SQLite store, checked by the same conformance suite. Opened with a
 * `postgres://` or `postgresql://` URL; the database must exist, the schema is created by migrate().
 */
import { EVENT_COLUMNS } from '../encoding/record-tables.js';
import type pg from 'pg';
import {
  Conflict as ConflictSchema,
  Event as EventSchema,
  RECORD_KINDS,
  Source as SourceSchema,
  coversDate,
  type Actor,
  type Conflict,
  type Corridor,
  type SourceClaim,
  type Counts,
  type Dataset,
  type Dependency,
  type Event,
  type Indicator,
  type Relation,
  type Source,
} from '../../model/index.js';
import { deriveEvent, normName, plainEvent } from '../../model/index.js';
import { eventFromRow, type EventRow } from '../encoding/event-row.js';
import { CANDIDATE_ORIGINS } from '../candidates.js';
import type {
  CandidateQuery,
  DocumentCommit,
  EventQuery,
  ImportSession,
  OriginKind,
  RelationQuery,
  SearchHit,
  Store,
  StoredEvent,
} from '../store.js';
import { connect, createPool, readSnapshot, writeTransaction } from './connect.js';
import * as documents from './documents.js';
import { candidateWhere, eventWhere, LONGEST_SPAN } from './event-query.js';
import { PostgresImportSession } from './import-session.js';
import { migrate, schemaVersion } from './migrate.js';
import * as rows from './write-records.js';
import { RowSet, type Queryable } from './tables.js';
import { tsqueryLiteral } from './text-search.js';

type JsonRow<T> = { json: T };

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;
  private readonly pool: pg.Pool;
  private importing: Promise<PostgresImportSession> | undefined;

  /** Connects lazily: the first query (migrate() when opened through openStore) opens the pool. */
  constructor(readonly url: string) {
    this.pool = createPool(url);
  }

  private async all<T>(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<T[]> {
    return (await db.query<JsonRow<T>>(sql, params)).rows.map((r) => r.json);
  }

  private async one<T>(sql: string, params: unknown[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
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

  async isEmpty(): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM actors LIMIT 1')).rowCount === 0;
  }

  async loadDataset(ds: Dataset): Promise<Counts> {
    await this.write(async (db) => {
      // Coded and imported events, ingested and imported sources, and conflicts found while ingesting are kept.
      await db.query(`
        DELETE FROM citations WHERE (kind = 'event' AND record_id IN (SELECT id FROM events WHERE origin = 'curated'))
          OR (kind = 'conflict' AND record_id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
          OR kind NOT IN ('event', 'conflict');
        DELETE FROM search WHERE (kind = 'event' AND id IN (SELECT id FROM events WHERE origin = 'curated'))
          OR (kind = 'conflict' AND id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
          OR kind NOT IN ('event', 'conflict');
        DELETE FROM conflicts WHERE origin = 'curated'; DELETE FROM claims; DELETE FROM corridors; DELETE FROM dependencies; DELETE FROM indicators;
        DELETE FROM relations; DELETE FROM events WHERE origin = 'curated'; DELETE FROM actors; DELETE FROM sources WHERE origin = 'shipped';`);
      const sources = rows.lastById(ds.sources);
      // A shipped source replaces an ingested one with the same id, as SQLite's INSERT OR REPLACE does.
      await db.query('DELETE FROM sources WHERE id = ANY($1::text[])', [sources.map((s) => s.id)]);
      const set = new RowSet();
      for (const s of sources) rows.addSource(set, s, 'shipped');
      for (const a of ds.actors) rows.addActor(set, a);
      const byId = new Map(ds.actors.map((a) => [a.id, a]));
      for (const e of ds.events)
        rows.addEvent(
          set,
          deriveEvent(e, (id) => byId.get(id)),
        );
      for (const r of ds.relations) rows.addRelation(set, r);
      for (const i of ds.indicators) rows.addIndicator(set, i);
      for (const d of ds.dependencies) rows.addDependency(set, d);
      for (const c of ds.corridors) rows.addCorridor(set, c);
      for (const c of ds.conflicts) rows.addConflict(set, c);
      for (const c of ds.claims ?? []) set.add('claims', [c.id, JSON.stringify(c)]);
      await set.write(db);
      await documents.reapplyCorroborations(db, await documents.actorMap(db));
    });
    return (await this.counts()) as Counts;
  }

  async readDataset(): Promise<Dataset> {
    return readSnapshot(this.pool, this.url, async (db) => {
      const all = <T>(table: string): Promise<T[]> => this.all<T>(`SELECT json FROM ${table} ORDER BY seq`, [], db);
      return {
        sources: await all<Source>('sources'),
        actors: await all<Actor>('actors'),
        events: (await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY day_first, id`)).rows.map((r) =>
          plainEvent(eventFromRow(r)),
        ),
        relations: await all<Relation>('relations'),
        indicators: await all<Indicator>('indicators'),
        dependencies: await all<Dependency>('dependencies'),
        corridors: await all<Corridor>('corridors'),
        conflicts: await all<Conflict>('conflicts'),
        claims: await all<SourceClaim>('claims'),
      };
    });
  }

  async counts(): Promise<Counts & { events_by_origin: Record<OriginKind, number> }> {
    const sql = `SELECT ${RECORD_KINDS.map((k) => `(SELECT count(*)::int FROM ${k}) AS ${k}`).join(', ')},
      (SELECT coalesce(json_object_agg(origin, n), '{}') FROM (SELECT origin, count(*)::int AS n FROM events GROUP BY origin) o) AS by_origin`;
    const { by_origin: byOrigin, ...counts } = (await this.pool.query(sql)).rows[0] as Counts & {
      by_origin: Record<string, number>;
    };
    return { ...counts, events_by_origin: { curated: 0, coded: 0, imported: 0, ...byOrigin } };
  }

  async listSources(): Promise<Source[]> {
    return this.all<Source>('SELECT json FROM sources ORDER BY published, id');
  }

  async getSource(id: string): Promise<Source | undefined> {
    return this.one<Source>('SELECT json FROM sources WHERE id = $1', [id]);
  }

  async getSourceText(id: string): Promise<string | undefined> {
    const r = (await this.pool.query<{ text: Buffer | null }>('SELECT text FROM sources WHERE id = $1', [id])).rows[0];
    if (!r) return undefined;
    if (r.text !== null) return r.text.toString('utf8');
    const chunks = await this.pool.query<{ text: Buffer }>(
      'SELECT text FROM source_chunks WHERE source_id = $1 ORDER BY seq',
      [id],
    );
    return chunks.rows.length ? Buffer.concat(chunks.rows.map((c) => c.text)).toString('utf8') : undefined;
  }

  async putSource(source: Source, text?: string): Promise<void> {
    await this.write(async (db) => {
      await db.query('DELETE FROM sources WHERE id = $1', [source.id]);
      const set = new RowSet();
      rows.addSource(set, source, 'ingested', text);
      await set.write(db);
    });
  }

  async findSourceBySha256(sha256: string): Promise<Source | undefined> {
    return this.one<Source>('SELECT json FROM sources WHERE sha256 = $1 ORDER BY seq LIMIT 1', [sha256]);
  }

  async commitDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }> {
    const parsed = documents.parseDocument(doc);
    return this.write((db) => documents.commitDocument(db, parsed));
  }

  /** A PostgreSQL import is one transaction (`commitEvery` does not apply), so it never stops half-way. */
  async beginImport(source: Source, opts: { skipStored?: boolean } = {}): Promise<ImportSession> {
    if (this.importing) throw new Error('another import is already open on this store connection');
    const parsed = SourceSchema.parse(source);
    const opening = (async () => {
      const client = await connect(this.pool, this.url);
      return PostgresImportSession.begin(client, parsed, () => (this.importing = undefined), opts.skipStored);
    })();
    // Claimed before the first await, so a second beginImport on this store is refused at once, as on SQLite.
    this.importing = opening;
    try {
      return await opening;
    } catch (error) {
      this.importing = undefined;
      throw error;
    }
  }

  async listActors(filter: { kind?: string } = {}): Promise<Actor[]> {
    return filter.kind
      ? this.all<Actor>('SELECT json FROM actors WHERE kind = $1 ORDER BY id', [filter.kind])
      : this.all<Actor>('SELECT json FROM actors ORDER BY kind, id');
  }

  async getActor(id: string): Promise<Actor | undefined> {
    return this.one<Actor>('SELECT json FROM actors WHERE id = $1', [id]);
  }

  async findActors(name: string): Promise<Actor[]> {
    return this.all<Actor>(
      'SELECT json FROM actors WHERE id IN (SELECT actor_id FROM actor_names WHERE norm = $1) ORDER BY id',
      [normName(name)],
    );
  }

  async listEvents(q: EventQuery = {}): Promise<StoredEvent[]> {
    const { where, params } = eventWhere(q);
    const page =
      q.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(q.limit))} OFFSET ${Math.max(0, Math.floor(q.offset ?? 0))}`
        : '';
    return (
      await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY day_first, id${page}`,
        params,
      )
    ).rows.map(eventFromRow);
  }

  async countEvents(q: EventQuery = {}): Promise<number> {
    const { where, params } = eventWhere(q);
    return (
      (await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM events ${where}`, params)).rows[0]?.n ?? 0
    );
  }

  async findCandidates(q: CandidateQuery): Promise<StoredEvent[]> {
    const origins = q.origin ?? CANDIDATE_ORIGINS;
    const span = origins.some((o) => o !== 'imported')
      ? ((await this.pool.query<{ span: number | null }>(LONGEST_SPAN, [q.type])).rows[0]?.span ?? 0)
      : 0;
    const found: Array<EventRow & { day_first: string }> = [];
    for (const { where, params } of candidateWhere(q, origins, span)) {
      found.push(
        ...(
          await this.pool.query<EventRow & { day_first: string }>(
            `SELECT ${EVENT_COLUMNS}, day_first FROM events ${where}`,
            params,
          )
        ).rows,
      );
    }
    found.sort((a, b) =>
      a.day_first < b.day_first ? -1 : a.day_first > b.day_first ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    return found.map(eventFromRow);
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    return documents.storedEvent(this.pool, id);
  }

  async putEvents(events: Event[]): Promise<void> {
    const parsed = events.map((e) => EventSchema.parse(plainEvent(e)));
    await this.write(async (db) => {
      await documents.writeEvents(db, parsed, await documents.actorMap(db));
    });
  }

  async deleteEvent(id: string): Promise<boolean> {
    return this.write(async (db) => (await rows.deleteEvents(db, [id])) > 0);
  }

  async updateEvent(event: Event, ifMatch?: string): Promise<StoredEvent> {
    const parsed = EventSchema.parse(plainEvent(event));
    return this.write((db) => documents.updateEvent(db, parsed, ifMatch));
  }

  async updateEvents(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]> {
    const parsed = changes.map((c) => ({ event: EventSchema.parse(plainEvent(c.event)), ifMatch: c.ifMatch }));
    return this.write(async (db) => {
      const out: StoredEvent[] = [];
      for (const c of parsed) out.push(await documents.updateEvent(db, c.event, c.ifMatch));
      return out;
    });
  }

  async listRelations(q: RelationQuery = {}): Promise<Relation[]> {
    const found = await this.all<Relation>(
      'SELECT json FROM relations WHERE ($1::text IS NULL OR a = $1 OR b = $1) AND ($2::text IS NULL OR type = $2) ORDER BY day_first, id',
      [q.actor || null, q.type || null],
    );
    return q.at ? found.filter((r) => coversDate(r.from, r.to, q.at as string)) : found;
  }

  async getRelation(id: string): Promise<Relation | undefined> {
    return this.one<Relation>('SELECT json FROM relations WHERE id = $1', [id]);
  }

  async listIndicators(f: { actor?: string; metric?: string } = {}): Promise<Indicator[]> {
    return this.all<Indicator>(
      'SELECT json FROM indicators WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR metric = $2) ORDER BY actor, metric, day_first',
      [f.actor ?? null, f.metric ?? null],
    );
  }

  async listDependencies(f: { actor?: string; commodity?: string } = {}): Promise<Dependency[]> {
    return this.all<Dependency>(
      `SELECT json FROM dependencies WHERE ($1::text IS NULL OR from_actor = $1 OR to_actor = $1) AND ($2::text IS NULL OR commodity = $2)
        ORDER BY to_actor, commodity, id`,
      [f.actor ?? null, f.commodity ?? null],
    );
  }

  async listCorridors(): Promise<Corridor[]> {
    return this.all<Corridor>('SELECT json FROM corridors ORDER BY id');
  }

  async getCorridor(id: string): Promise<Corridor | undefined> {
    return this.one<Corridor>('SELECT json FROM corridors WHERE id = $1', [id]);
  }

  async listConflicts(f: { record?: string } = {}): Promise<Conflict[]> {
    return f.record
      ? this.all<Conflict>(
          'SELECT json FROM conflicts WHERE id IN (SELECT conflict_id FROM conflict_records WHERE record_id = $1) ORDER BY id',
          [f.record],
        )
      : this.all<Conflict>('SELECT json FROM conflicts ORDER BY id');
  }

  async listClaims(): Promise<SourceClaim[]> {
    return this.all<SourceClaim>('SELECT json FROM claims ORDER BY seq');
  }

  async putConflicts(conflicts: Conflict[]): Promise<void> {
    const parsed = conflicts.map((c) => ConflictSchema.parse(c));
    await this.write((db) => documents.writeConflicts(db, parsed));
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
