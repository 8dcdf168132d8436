/**
 * The read side of the Store interface, written once for both SQL stores: each query's SQL (spelled by
 * the store's dialect, sql/dialect.ts) and how its rows become records. A store says how it runs a
 * query, and how it runs several that must see one state of the store (its Executor): SQLite runs
 * them one after another without yielding, PostgreSQL in one snapshot.
 */
import {
  Actor as ActorSchema,
  RECORD_KINDS,
  coversDate,
  normName,
  plainEvent,
  type Actor,
  type Counts,
  type Dataset,
} from '../../model/index.js';
import { CANDIDATE_ORIGINS } from '../candidates.js';
import { EVENT_COLUMNS } from '../encoding/record-tables.js';
import { eventFromRow, type EventRow } from '../encoding/event-row.js';
import type { CandidateQuery, EventQuery, OriginKind, RelationQuery, StoredEvent } from '../store.js';
import type { Dialect } from './dialect.js';
import { candidateWhere, eventWhere, longestSpan } from './event-where.js';

/** A query and what its rows become. */
export interface Read<T> {
  sql: string;
  params: unknown[];
  map(rows: unknown[]): T;
}

/** The records a table of the dataset holds (the table is named as the dataset's list). */
type Kept<K extends keyof Dataset> = Dataset[K][number];

export type Results<R extends Record<string, Read<unknown>>> = {
  [K in keyof R]: R[K] extends Read<infer T> ? T : never;
};

const read = <T>(sql: string, params: unknown[], map: (rows: unknown[]) => T): Read<T> => ({ sql, params, map });

const byDayThenId = (a: EventRow & { day_first: string }, b: EventRow & { day_first: string }): number =>
  a.day_first < b.day_first ? -1 : a.day_first > b.day_first ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The stored event with this id, read back from its row (encoding/event-row.ts). */
export function eventById(d: Dialect, id: string): Read<StoredEvent | undefined> {
  const b = d.binder();
  const sql = `SELECT ${EVENT_COLUMNS} FROM events WHERE id = ${b.value(id)}`;
  return read(sql, b.params, (rows) => (rows[0] ? eventFromRow(rows[0] as EventRow) : undefined));
}

/** Every actor, parsed, by id: the lookup that derives resolved countries. */
export function actorsById(d: Dialect): Read<Map<string, Actor>> {
  return read('SELECT json FROM actors', [], (rows) => {
    const actors = (rows as Array<{ json: unknown }>).map((r) => ActorSchema.parse(d.json(r.json)));
    return new Map(actors.map((a) => [a.id, a]));
  });
}

/** How a store runs the shared queries. */
export interface Executor {
  /** Run one query. */
  read<T>(r: Read<T>): Promise<T>;
  /** Run several queries on one state of the store. */
  readTogether<R extends Record<string, Read<unknown>>>(reads: R): Promise<Results<R>>;
}

export abstract class SqlReads {
  constructor(
    protected readonly dialect: Dialect,
    private readonly exec: Executor,
  ) {}

  get backend(): Dialect['name'] {
    return this.dialect.name;
  }

  protected read<T>(r: Read<T>): Promise<T> {
    return this.exec.read(r);
  }

  protected readTogether<R extends Record<string, Read<unknown>>>(reads: R): Promise<Results<R>> {
    return this.exec.readTogether(reads);
  }

  /** Records kept as JSON in `table`, found and ordered by `tail` (`WHERE ... ORDER BY ...`). */
  private records<K extends keyof Dataset>(table: K, tail: string, params: unknown[] = []): Read<Kept<K>[]> {
    return read(`SELECT json FROM ${table} ${tail}`, params, (rows) =>
      (rows as Array<{ json: unknown }>).map((r) => this.dialect.json<Kept<K>>(r.json)),
    );
  }

  private record<K extends keyof Dataset>(table: K, tail: string, params: unknown[]): Read<Kept<K> | undefined> {
    const all = this.records(table, tail, params);
    return { ...all, map: (rows) => all.map(rows)[0] };
  }

  private byId<K extends keyof Dataset>(table: K, id: string): Promise<Kept<K> | undefined> {
    const b = this.dialect.binder();
    return this.read(this.record(table, `WHERE id = ${b.value(id)}`, b.params));
  }

  async isEmpty(): Promise<boolean> {
    return this.read(read('SELECT 1 AS one FROM actors LIMIT 1', [], (rows) => rows.length === 0));
  }

  async readDataset(): Promise<Dataset> {
    const all = <K extends keyof Dataset>(table: K): Read<Kept<K>[]> =>
      this.records(table, `ORDER BY ${this.dialect.writeOrder}`);
    const events = read(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY day_first, id`, [], (rows) =>
      (rows as EventRow[]).map((r) => plainEvent(eventFromRow(r))),
    );
    return this.readTogether({
      sources: all('sources'),
      actors: all('actors'),
      events,
      relations: all('relations'),
      indicators: all('indicators'),
      dependencies: all('dependencies'),
      corridors: all('corridors'),
      conflicts: all('conflicts'),
      claims: all('claims'),
    });
  }

  async counts(): Promise<Counts & { events_by_origin: Record<OriginKind, number> }> {
    const n = this.dialect.int('count(*)');
    const tables = RECORD_KINDS.map((k) => `(SELECT ${n} FROM ${k}) AS ${k}`).join(', ');
    const { counts, byOrigin } = await this.readTogether({
      counts: read(`SELECT ${tables}`, [], (rows) => rows[0] as Counts),
      byOrigin: read(`SELECT origin, ${n} AS n FROM events GROUP BY origin`, [], (rows) => {
        const out: Record<OriginKind, number> = { curated: 0, coded: 0, imported: 0 };
        for (const r of rows as Array<{ origin: OriginKind; n: number }>) out[r.origin] = r.n;
        return out;
      }),
    });
    return { ...counts, events_by_origin: byOrigin };
  }

  async listSources(): Promise<Kept<'sources'>[]> {
    return this.read(this.records('sources', 'ORDER BY published, id'));
  }

  async getSource(id: string): Promise<Kept<'sources'> | undefined> {
    return this.byId('sources', id);
  }

  async getSourceText(id: string): Promise<string | undefined> {
    const b = this.dialect.binder();
    const c = this.dialect.binder();
    const { whole, chunks } = await this.readTogether({
      whole: read(
        `SELECT text FROM sources WHERE id = ${b.value(id)}`,
        b.params,
        (rows) => rows[0] as { text: unknown },
      ),
      chunks: read(`SELECT text FROM source_chunks WHERE source_id = ${c.value(id)} ORDER BY seq`, c.params, (rows) =>
        (rows as Array<{ text: unknown }>).map((r) => r.text),
      ),
    });
    if (!whole) return undefined;
    if (whole.text !== null) return this.dialect.joinText([whole.text]);
    return chunks.length ? this.dialect.joinText(chunks) : undefined;
  }

  async findSourceBySha256(sha256: string): Promise<Kept<'sources'> | undefined> {
    const b = this.dialect.binder();
    const tail = `WHERE sha256 = ${b.value(sha256)} ORDER BY ${this.dialect.writeOrder} LIMIT 1`;
    return this.read(this.record('sources', tail, b.params));
  }

  async listActors(filter: { kind?: string } = {}): Promise<Kept<'actors'>[]> {
    const b = this.dialect.binder();
    return this.read(
      filter.kind
        ? this.records('actors', `WHERE kind = ${b.value(filter.kind)} ORDER BY id`, b.params)
        : this.records('actors', 'ORDER BY kind, id'),
    );
  }

  async getActor(id: string): Promise<Kept<'actors'> | undefined> {
    return this.byId('actors', id);
  }

  async findActors(name: string): Promise<Kept<'actors'>[]> {
    const b = this.dialect.binder();
    const names = `SELECT actor_id FROM actor_names WHERE norm = ${b.value(normName(name))}`;
    return this.read(this.records('actors', `WHERE id IN (${names}) ORDER BY id`, b.params));
  }

  async listEvents(q: EventQuery = {}): Promise<StoredEvent[]> {
    const { where, params } = eventWhere(this.dialect, q);
    const page =
      q.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(q.limit))} OFFSET ${Math.max(0, Math.floor(q.offset ?? 0))}`
        : '';
    const sql = `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY day_first, id${page}`;
    return this.read(read(sql, params, (rows) => (rows as EventRow[]).map(eventFromRow)));
  }

  async countEvents(q: EventQuery = {}): Promise<number> {
    const { where, params } = eventWhere(this.dialect, q);
    const sql = `SELECT ${this.dialect.int('count(*)')} AS n FROM events ${where}`;
    return this.read(read(sql, params, (rows) => (rows[0] as { n: number } | undefined)?.n ?? 0));
  }

  async findCandidates(q: CandidateQuery): Promise<StoredEvent[]> {
    const origins = q.origin ?? CANDIDATE_ORIGINS;
    let span = 0;
    if (origins.some((o) => o !== 'imported')) {
      const { sql, params } = longestSpan(this.dialect, q.type);
      span = await this.read(read(sql, params, (rows) => (rows[0] as { span: number | null } | undefined)?.span ?? 0));
    }
    const found: Array<EventRow & { day_first: string }> = [];
    for (const { where, params } of candidateWhere(this.dialect, q, origins, span)) {
      const sql = `SELECT ${EVENT_COLUMNS}, day_first FROM events ${where}`;
      found.push(...(await this.read(read(sql, params, (rows) => rows as Array<EventRow & { day_first: string }>))));
    }
    return found.sort(byDayThenId).map(eventFromRow);
  }

  async getEvent(id: string): Promise<StoredEvent | undefined> {
    return this.read(eventById(this.dialect, id));
  }

  async listRelations(q: RelationQuery = {}): Promise<Kept<'relations'>[]> {
    const b = this.dialect.binder();
    const clauses: string[] = [];
    if (q.actor) clauses.push(`(a = ${b.value(q.actor)} OR b = ${b.value(q.actor)})`);
    if (q.type) clauses.push(`type = ${b.value(q.type)}`);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')} ` : '';
    const found = await this.read(this.records('relations', `${where}ORDER BY day_first, id`, b.params));
    return q.at ? found.filter((r) => coversDate(r.from, r.to, q.at as string)) : found;
  }

  async getRelation(id: string): Promise<Kept<'relations'> | undefined> {
    return this.byId('relations', id);
  }

  async listIndicators(f: { actor?: string; metric?: string } = {}): Promise<Kept<'indicators'>[]> {
    const b = this.dialect.binder();
    const clauses: string[] = [];
    if (f.actor != null) clauses.push(`actor = ${b.value(f.actor)}`);
    if (f.metric != null) clauses.push(`metric = ${b.value(f.metric)}`);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')} ` : '';
    return this.read(this.records('indicators', `${where}ORDER BY actor, metric, day_first`, b.params));
  }

  async listDependencies(f: { actor?: string; commodity?: string } = {}): Promise<Kept<'dependencies'>[]> {
    const b = this.dialect.binder();
    const clauses: string[] = [];
    if (f.actor != null) clauses.push(`(from_actor = ${b.value(f.actor)} OR to_actor = ${b.value(f.actor)})`);
    if (f.commodity != null) clauses.push(`commodity = ${b.value(f.commodity)}`);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')} ` : '';
    return this.read(this.records('dependencies', `${where}ORDER BY to_actor, commodity, id`, b.params));
  }

  async listCorridors(): Promise<Kept<'corridors'>[]> {
    return this.read(this.records('corridors', 'ORDER BY id'));
  }

  async getCorridor(id: string): Promise<Kept<'corridors'> | undefined> {
    return this.byId('corridors', id);
  }

  async listConflicts(f: { record?: string } = {}): Promise<Kept<'conflicts'>[]> {
    const b = this.dialect.binder();
    const linked = f.record
      ? `WHERE id IN (SELECT conflict_id FROM conflict_records WHERE record_id = ${b.value(f.record)}) `
      : '';
    return this.read(this.records('conflicts', `${linked}ORDER BY id`, b.params));
  }

  async listClaims(): Promise<Kept<'claims'>[]> {
    return this.read(this.records('claims', `ORDER BY ${this.dialect.writeOrder}`));
  }
}
