/**
 * Writing many rows at once: each table's written columns with their types, and one
 * `INSERT ... SELECT FROM unnest($1::type[], ...)` per table, so loading a dataset or an import batch
 * costs a statement per table rather than one per row. Rows are inserted in array order, so the
 * `seq` identity columns record the order they were written in.
 */
import type pg from 'pg';

/** A connection or pool: anything that runs a query. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

export const TABLES = {
  sources: [
    ['id', 'text'],
    ['origin', 'text'],
    ['published', 'text'],
    ['sha256', 'text'],
    ['json', 'json'],
    ['text', 'bytea'],
  ],
  source_chunks: [
    ['source_id', 'text'],
    ['seq', 'integer'],
    ['text', 'bytea'],
  ],
  actors: [
    ['id', 'text'],
    ['kind', 'text'],
    ['name', 'text'],
    ['json', 'json'],
  ],
  actor_names: [
    ['actor_id', 'text'],
    ['norm', 'text'],
    ['name', 'text'],
    ['kind', 'text'],
  ],
  events: [
    ['id', 'text'],
    ['date', 'text'],
    ['day_first', 'text'],
    ['day_last', 'text'],
    ['event_type', 'text'],
    ['mode', 'text'],
    ['quad_code', 'smallint'],
    ['intensity', 'double precision'],
    ['status', 'text'],
    ['origin', 'text'],
    ['review', 'text'],
    ['summary', 'text'],
    ['json', 'json'],
    ['lone_actor', 'text'],
    ['lone_recipient', 'text'],
    ['cite_source', 'text'],
    ['cite_start', 'bigint'],
    ['cite_end', 'bigint'],
    ['cite_sha256', 'text'],
  ],
  event_actors: [
    ['event_id', 'text'],
    ['side', 'text'],
    ['actor_id', 'text'],
    ['country', 'text'],
  ],
  relations: [
    ['id', 'text'],
    ['type', 'text'],
    ['a', 'text'],
    ['b', 'text'],
    ['day_first', 'text'],
    ['day_last', 'text'],
    ['json', 'json'],
  ],
  indicators: [
    ['id', 'text'],
    ['actor', 'text'],
    ['metric', 'text'],
    ['day_first', 'text'],
    ['json', 'json'],
  ],
  dependencies: [
    ['id', 'text'],
    ['from_actor', 'text'],
    ['to_actor', 'text'],
    ['commodity', 'text'],
    ['json', 'json'],
  ],
  corridors: [
    ['id', 'text'],
    ['json', 'json'],
  ],
  conflicts: [
    ['id', 'text'],
    ['kind', 'text'],
    ['origin', 'text'],
    ['json', 'json'],
  ],
  conflict_records: [
    ['conflict_id', 'text'],
    ['record_id', 'text'],
  ],
  claims: [
    ['id', 'text'],
    ['json', 'json'],
  ],
  citations: [
    ['kind', 'text'],
    ['record_id', 'text'],
    ['field', 'text'],
    ['source_id', 'text'],
    ['start', 'integer'],
    ['"end"', 'integer'],
    ['sha256', 'text'],
  ],
  corroborations: [
    ['event_id', 'text'],
    ['source_id', 'text'],
    ['start', 'integer'],
    ['"end"', 'integer'],
    ['sha256', 'text'],
  ],
  search: [
    ['kind', 'text'],
    ['id', 'text'],
    ['text', 'text'],
    ['tsv', 'tsvector'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;

export type Table = keyof typeof TABLES;

/** The order tables are written in, so every row's foreign keys point at rows already written. */
const WRITE_ORDER = Object.keys(TABLES) as Table[];

/** PostgreSQL text cannot hold NUL characters; the derived columns drop them (the JSON record keeps them, escaped). */
export const noNul = (s: string): string => (s.includes('\0') ? s.replace(/\0/g, ' ') : s);

async function insertRows(db: Queryable, table: Table, rows: unknown[][]): Promise<void> {
  const cols = TABLES[table];
  const columns = cols.map(([name]) => name).join(', ');
  const arrays = cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await db.query(
    `INSERT INTO ${table} (${columns}) SELECT * FROM unnest(${arrays})`,
    cols.map((_, i) => rows.map((r) => r[i])),
  );
}

/** Rows gathered for several tables, written in one go in foreign-key order. */
export class RowSet {
  private readonly rows = new Map<Table, unknown[][]>();

  add(table: Table, row: unknown[]): void {
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
  }

  async write(db: Queryable): Promise<void> {
    for (const table of WRITE_ORDER) {
      const rows = this.rows.get(table);
      if (rows?.length) await insertRows(db, table, rows);
    }
    this.rows.clear();
  }
}
