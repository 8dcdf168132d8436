/** The embedded store: one SQLite file through better-sqlite3, foreign keys on, WAL journal. */
import { EVENT_COLUMNS } from '../encoding/record-tables.js';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  Actor as ActorSchema,
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
import * as documents from './documents.js';
import { candidateWhere, eventWhere, LONGEST_SPAN } from './event-query.js';
import { ftsQuery } from './fts.js';
import { SqliteImportSession } from './import-session.js';
import { MIGRATIONS } from './migrations.js';
import { ensureEventIndexes } from './bulk-indexes.js';
import * as rows from './write-records.js';

const parse = <T>(r: { json: string }): T => JSON.parse(r.json) as T;

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private importing = false;

  /** Open (creating if needed) the store at `path`; ':memory:' for a throw-away store. */
  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
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

  async isEmpty(): Promise<boolean> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM actors').get() as { n: number }).n === 0;
  }

  async loadDataset(ds: Dataset): Promise<Counts> {
    const db = this.db;
    db.transaction(() => {
      // Coded and imported events, ingested and imported sources, and conflicts found while ingesting are kept.
      db.exec(`
        DELETE FROM citations WHERE (kind = 'event' AND record_id IN (SELECT id FROM events WHERE origin = 'curated'))
          OR (kind = 'conflict' AND record_id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
          OR kind NOT IN ('event', 'conflict');
        DELETE FROM search WHERE (kind = 'event' AND id IN (SELECT id FROM events WHERE origin = 'curated'))
          OR (kind = 'conflict' AND id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
          OR kind NOT IN ('event', 'conflict');
        DELETE FROM conflicts WHERE origin = 'curated'; DELETE FROM claims; DELETE FROM corridors; DELETE FROM dependencies; DELETE FROM indicators; DELETE FROM relations;
        DELETE FROM events WHERE origin = 'curated'; DELETE FROM actors; DELETE FROM sources WHERE origin = 'shipped';`);
      for (const s of ds.sources) rows.insertSource(db, s, 'shipped');
      for (const a of ds.actors) rows.insertActor(db, a);
      const byId = new Map(ds.actors.map((a) => [a.id, a]));
      for (const e of ds.events)
        rows.insertEvent(
          db,
          deriveEvent(e, (id) => byId.get(id)),
        );
      for (const r of ds.relations) rows.insertRelation(db, r);
      for (const i of ds.indicators) rows.insertIndicator(db, i);
      for (const d of ds.dependencies) rows.insertDependency(db, d);
      for (const c of ds.corridors) rows.insertCorridor(db, c);
      for (const c of ds.conflicts) rows.insertConflict(db, c);
      const claim = db.prepare('INSERT INTO claims (id, json) VALUES (?, ?)');
      for (const c of ds.claims ?? []) claim.run(c.id, JSON.stringify(c));
      documents.reapplyCorroborations(db, documents.actorMap(db));
    })();
    return (await this.counts()) as Counts;
  }

  async readDataset(): Promise<Dataset> {
    const all = <T>(table: string): T[] =>
      (this.db.prepare(`SELECT json FROM ${table} ORDER BY rowid`).all() as Array<{ json: string }>).map(parse<T>);
    return {
      sources: all<Source>('sources'),
      actors: all<Actor>('actors'),
      events: (this.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY day_first, id`).all() as EventRow[]).map(
        (r) => plainEvent(eventFromRow(r)),
      ),
      relations: all<Relation>('relations'),
      indicators: all<Indicator>('indicators'),
      dependencies: all<Dependency>('dependencies'),
      corridors: all<Corridor>('corridors'),
      conflicts: all<Conflict>('conflicts'),
      claims: all<SourceClaim>('claims'),
    };
  }

  async counts(): Promise<Counts & { events_by_origin: Record<OriginKind, number> }> {
    const n = (table: string): number =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const counts = Object.fromEntries(RECORD_KINDS.map((k) => [k, n(k)])) as Counts;
    const byOrigin = { curated: 0, coded: 0, imported: 0 } as Record<OriginKind, number>;
    for (const r of this.db.prepare('SELECT origin, COUNT(*) AS n FROM events GROUP BY origin').all() as Array<{
      origin: OriginKind;
      n: number;
    }>)
      byOrigin[r.origin] = r.n;
    return { ...counts, events_by_origin: byOrigin };
  }

  async listSources(): Promise<Source[]> {
    return (this.db.prepare('SELECT json FROM sources ORDER BY published, id').all() as Array<{ json: string }>).map(
      parse<Source>,
    );
  }

  async getSource(id: string): Promise<Source | undefined> {
    const r = this.db.prepare('SELECT json FROM sources WHERE id = ?').get(id) as { json: string } | undefined;
    return r && parse<Source>(r);
  }

  async getSourceText(id: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string | null } | undefined;
    if (!r) return undefined;
    if (r.text !== null) return r.text;
    const chunks = this.db.prepare('SELECT text FROM source_chunks WHERE source_id = ? ORDER BY seq').all(id) as Array<{
      text: string;
    }>;
    return chunks.length ? chunks.map((c) => c.text).join('') : undefined;
  }

  async putSource(source: Source, text?: string): Promise<void> {
    this.db.transaction(() => rows.insertSource(this.db, source, 'ingested', text))();
  }

  async findSourceBySha256(sha256: string): Promise<Source | undefined> {
    const r = this.db.prepare('SELECT json FROM sources WHERE sha256 = ? ORDER BY rowid LIMIT 1').get(sha256) as
      { json: string } | undefined;
    return r && parse<Source>(r);
  }

  async commitDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }> {
    return documents.commitDocument(this.db, doc);
  }

  async beginImport(source: Source, opts: { commitEvery?: number; skipStored?: boolean } = {}): Promise<ImportSession> {
    if (this.importing) throw new Error('another import is already open on this store connection');
    this.importing = true;
    return new SqliteImportSession(
      this.db,
      SourceSchema.parse(source),
      () => (this.importing = false),
      opts.commitEvery,
      opts.skipStored,
    );
  }

  async listActors(filter: { kind?: string } = {}): Promise<Actor[]> {
    const sql = filter.kind
      ? 'SELECT json FROM actors WHERE kind = ? ORDER BY id'
      : 'SELECT json FROM actors ORDER BY kind, id';
    return (this.db.prepare(sql).all(...(filter.kind ? [filter.kind] : [])) as Array<{ json: string }>).map(
      parse<Actor>,
    );
  }

  async getActor(id: string): Promise<Actor | undefined> {
    const r = this.db.prepare('SELECT json FROM actors WHERE id = ?').get(id) as { json: string } | undefined;
    return r && parse<Actor>(r);
  }

  async findActors(name: string): Promise<Actor[]> {
    const rowsFound = this.db
      .prepare(
        'SELECT DISTINCT a.json FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.norm = ? ORDER BY a.id',
      )
      .all(normName(name)) as Array<{ json: string }>;
    return rowsFound.map(parse<Actor>);
  }

  async listEvents(q: EventQuery = {}): Promise<StoredEvent[]> {
    const { where, params } = eventWhere(q);
    const page =
      q.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(q.limit))} OFFSET ${Math.max(0, Math.floor(q.offset ?? 0))}`
        : '';
    const found = this.db
      .prepare(`SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY day_first, id${page}`)
      .all(...params) as EventRow[];
    return found.map(eventFromRow);
  }

  async countEvents(q: EventQuery = {}): Promise<number> {
    const { where, params } = eventWhere(q);
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM events ${where}`).get(...params) as { n: number }).n;
  }

  async findCandidates(q: CandidateQuery): Promise<StoredEvent[]> {
    const origins = q.origin ?? CANDIDATE_ORIGINS;
    const span = origins.some((o) => o !== 'imported')
      ? ((rows.stmt(this.db, LONGEST_SPAN).get(q.type) as { span: number | null } | undefined)?.span ?? 0)
      : 0;
    const found = candidateWhere(q, origins, span).flatMap(
      ({ where, params }) =>
        rows.stmt(this.db, `SELECT ${EVENT_COLUMNS}, day_first FROM events ${where}`).all(...params) as Array<
          EventRow & { day_first: string }
        >,
    );
    found.sort((a, b) =>
      a.day_first < b.day_first ? -1 : a.day_first > b.day_first ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    return found.map(eventFromRow);
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    return documents.storedEvent(this.db, id);
  }

  async putEvents(events: Event[]): Promise<void> {
    const parsed = events.map((e) => EventSchema.parse(plainEvent(e)));
    const actors = new Map((await this.listActors()).map((a) => [a.id, ActorSchema.parse(a)]));
    this.db.transaction(() => {
      for (const e of parsed) {
        this.deleteEventRows(e.id);
        rows.insertEvent(
          this.db,
          deriveEvent(e, (id) => actors.get(id)),
        );
      }
    })();
  }

  async deleteEvent(id: string): Promise<boolean> {
    return this.db.transaction(() => this.deleteEventRows(id))();
  }

  async updateEvent(event: Event, ifMatch?: string): Promise<StoredEvent> {
    return documents.updateEvent(this.db, event, ifMatch);
  }

  async updateEvents(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]> {
    // Each updateEvent nested in this transaction runs under a savepoint: the first failure undoes them all.
    return this.db
      .transaction(() => changes.map((c) => documents.updateEvent(this.db, c.event, c.ifMatch)))
      .immediate();
  }

  private deleteEventRows(id: string): boolean {
    return rows.deleteEventRows(this.db, id);
  }

  async listRelations(q: RelationQuery = {}): Promise<Relation[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (q.actor) {
      clauses.push('(a = ? OR b = ?)');
      params.push(q.actor, q.actor);
    }
    if (q.type) {
      clauses.push('type = ?');
      params.push(q.type);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const found = (
      this.db.prepare(`SELECT json FROM relations ${where} ORDER BY day_first, id`).all(...params) as Array<{
        json: string;
      }>
    ).map(parse<Relation>);
    return q.at ? found.filter((r) => coversDate(r.from, r.to, q.at as string)) : found;
  }

  async getRelation(id: string): Promise<Relation | undefined> {
    const r = this.db.prepare('SELECT json FROM relations WHERE id = ?').get(id) as { json: string } | undefined;
    return r && parse<Relation>(r);
  }

  async listIndicators(f: { actor?: string; metric?: string } = {}): Promise<Indicator[]> {
    const found = this.db
      .prepare(
        'SELECT json FROM indicators WHERE (? IS NULL OR actor = ?) AND (? IS NULL OR metric = ?) ORDER BY actor, metric, day_first',
      )
      .all(f.actor ?? null, f.actor ?? null, f.metric ?? null, f.metric ?? null) as Array<{ json: string }>;
    return found.map(parse<Indicator>);
  }

  async listDependencies(f: { actor?: string; commodity?: string } = {}): Promise<Dependency[]> {
    const found = this.db
      .prepare(
        'SELECT json FROM dependencies WHERE (? IS NULL OR from_actor = ? OR to_actor = ?) AND (? IS NULL OR commodity = ?) ORDER BY to_actor, commodity, id',
      )
      .all(f.actor ?? null, f.actor ?? null, f.actor ?? null, f.commodity ?? null, f.commodity ?? null) as Array<{
      json: string;
    }>;
    return found.map(parse<Dependency>);
  }

  async listCorridors(): Promise<Corridor[]> {
    return (this.db.prepare('SELECT json FROM corridors ORDER BY id').all() as Array<{ json: string }>).map(
      parse<Corridor>,
    );
  }

  async getCorridor(id: string): Promise<Corridor | undefined> {
    const r = this.db.prepare('SELECT json FROM corridors WHERE id = ?').get(id) as { json: string } | undefined;
    return r && parse<Corridor>(r);
  }

  async listConflicts(f: { record?: string } = {}): Promise<Conflict[]> {
    const sql = f.record
      ? 'SELECT json FROM conflicts WHERE id IN (SELECT conflict_id FROM conflict_records WHERE record_id = ?) ORDER BY id'
      : 'SELECT json FROM conflicts ORDER BY id';
    return (this.db.prepare(sql).all(...(f.record ? [f.record] : [])) as Array<{ json: string }>).map(parse<Conflict>);
  }

  async putConflicts(conflicts: Conflict[]): Promise<void> {
    documents.putConflicts(this.db, conflicts);
  }

  async listClaims(): Promise<SourceClaim[]> {
    return (this.db.prepare('SELECT json FROM claims ORDER BY rowid').all() as Array<{ json: string }>).map(
      parse<SourceClaim>,
    );
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
