/**
 * `orrery check` on a PostgreSQL store: the schema version against the code's, every table and index
 * the applied migrations create (read from their SQL), then the checks every backend shares. The
 * database is read in one read-only snapshot; nothing is created or migrated.
 */
import pg from 'pg';
import { sharedChecks, type CheckDb, type CheckOptions, type CheckReport } from '../check.js';
import { MIGRATIONS } from './migrations.js';
import { checkSchemaVersion, startReport } from '../sql/check-report.js';
import { redactUrl } from './url.js';

/** Tables and indexes (name → statement) the first `version` migrations leave. */
function expectedSchema(version: number): { tables: Set<string>; indexes: Map<string, string> } {
  const tables = new Set<string>();
  const indexes = new Map<string, string>();
  for (const m of MIGRATIONS.slice(0, version)) {
    for (const statement of m.sql.split(';')) {
      const s = statement.trim();
      const table = /^CREATE TABLE (?:IF NOT EXISTS )?(\w+)/i.exec(s);
      if (table) tables.add(table[1]!);
      const index = /^CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\w+)/i.exec(s);
      if (index) indexes.set(index[1]!, `${s};`);
      const dropIndex = /^DROP INDEX (?:IF EXISTS )?(\w+)/i.exec(s);
      if (dropIndex) indexes.delete(dropIndex[1]!);
      const dropTable = /^DROP TABLE (?:IF EXISTS )?(\w+)/i.exec(s);
      if (dropTable) tables.delete(dropTable[1]!);
    }
  }
  return { tables, indexes };
}

/** `?` placeholders as PostgreSQL's `$n`. */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function checkDb(client: pg.PoolClient | pg.Client): CheckDb {
  return {
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    async *textPieces(sourceId: string) {
      const decoder = new TextDecoder();
      const whole = (await client.query<{ text: Buffer | null }>('SELECT text FROM sources WHERE id = $1', [sourceId]))
        .rows[0]?.text;
      if (whole) {
        yield decoder.decode(whole);
        return;
      }
      // Chunks a few at a time, decoded as one stream (a chunk may end inside a character).
      for (let seq = -1; ;) {
        const rows = (
          await client.query<{ seq: number; text: Buffer }>(
            'SELECT seq, text FROM source_chunks WHERE source_id = $1 AND seq > $2 ORDER BY seq LIMIT 16',
            [sourceId, seq],
          )
        ).rows;
        if (!rows.length) break;
        for (const r of rows) yield decoder.decode(r.text, { stream: true });
        seq = rows.at(-1)!.seq;
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    },
    sampleCitations: async (sourceId, total, n) => {
      const step = Math.max(1, Math.floor(total / Math.max(1, n)));
      return (
        await client.query<{ record: string; start: string; end: string; sha256: string }>(
          `SELECT id AS record, cite_start AS start, cite_end AS "end", cite_sha256 AS sha256 FROM events
          WHERE cite_source = $1 AND abs(hashtext(id)) % $2 = 0 LIMIT $3`,
          [sourceId, step, n],
        )
      ).rows.map((r) => ({ record: r.record, start: Number(r.start), end: Number(r.end), sha256: r.sha256 }));
    },
  };
}

export async function checkPostgres(url: string, opts: CheckOptions): Promise<CheckReport> {
  const location = redactUrl(url);
  const { report, done } = startReport('postgres', location, MIGRATIONS.length);
  const client = new pg.Client({
    connectionString: url,
    application_name: 'orrery check',
    connectionTimeoutMillis: 10_000,
  });
  try {
    await client.connect();
  } catch (error) {
    report.problems.push({
      check: 'integrity',
      message: `cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`,
      repair: 'start the server, or give --db the right URL',
    });
    await client.end().catch(() => {});
    return done();
  }
  const problems = report.problems;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const known = (await client.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`))
      .rows[0]?.t;
    const version = known
      ? Number(
          (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0,
        )
      : 0;
    if (!checkSchemaVersion(report, version, 'the database')) return done();
    const expected = expectedSchema(Math.min(version, MIGRATIONS.length));
    const tables = new Set(
      (
        await client.query<{ name: string }>(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = ANY (current_schemas(false))`,
        )
      ).rows.map((r) => r.name),
    );
    const missingTables = [...expected.tables].filter((t) => !tables.has(t));
    if (missingTables.length) {
      problems.push({
        check: 'integrity',
        message: `table(s) missing: ${missingTables.join(', ')}`,
        repair: 'restore the database from a backup, or drop it and run `orrery init` (then import and ingest again)',
      });
      return done();
    }
    const indexes = new Set(
      (
        await client.query<{ name: string }>(
          `SELECT indexname AS name FROM pg_indexes WHERE schemaname = ANY (current_schemas(false))`,
        )
      ).rows.map((r) => r.name),
    );
    for (const [name, sql] of expected.indexes) {
      if (!indexes.has(name))
        problems.push({
          check: 'indexes',
          message: `index ${name} is missing`,
          repair: `run \`psql ${location} -c '${sql.replace(/\s+/g, ' ')}'\``,
        });
    }
    const invalid = (
      await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT i.indisvalid AND n.nspname = ANY (current_schemas(false))`,
      )
    ).rows;
    for (const r of invalid)
      problems.push({
        check: 'indexes',
        message: `index ${r.name} is invalid (a build that failed)`,
        repair: `run \`psql ${location} -c 'REINDEX INDEX ${r.name}'\``,
      });
    report.counts.events = Number(
      (await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]?.n ?? 0,
    );
    problems.push(...(await sharedChecks(checkDb(client), opts, report.counts)));
    await client.query('COMMIT');
    return done();
  } finally {
    await client.end().catch(() => {});
  }
}
