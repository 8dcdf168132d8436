/**
 * `orrery check` on a SQLite store: the file's own integrity (PRAGMA quick_check, or integrity_check
 * with `full`), foreign keys, the schema version against the code's, every index the migrations
 * create (found by running them on an empty database in memory), then the checks every backend
 * shares. The file is opened as it is: not created, migrated or loaded with the dataset.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { sharedChecks, type CheckDb, type CheckOptions, type CheckProblem, type CheckReport } from '../check.js';
import { BULK_INDEXES } from './bulk-indexes.js';
import { checkSchemaVersion, startReport } from '../sql/check-report.js';
import { MIGRATIONS } from './migrations.js';

type Db = Database.Database;

/** Every index (name → SQL) the first `version` migrations create. */
function expectedIndexes(version: number): Map<string, string> {
  const mem = new Database(':memory:');
  try {
    for (const sql of MIGRATIONS.slice(0, version)) mem.exec(sql);
    const rows = mem
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .all() as Array<{ name: string; sql: string }>;
    return new Map(rows.map((r) => [r.name, r.sql]));
  } finally {
    mem.close();
  }
}

function checkDb(db: Db): CheckDb {
  return {
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
    async *textPieces(sourceId: string) {
      const whole = db.prepare('SELECT text FROM sources WHERE id = ?').pluck().get(sourceId) as
        string | null | undefined;
      if (typeof whole === 'string') {
        yield whole;
        return;
      }
      for (const piece of db
        .prepare('SELECT text FROM source_chunks WHERE source_id = ? ORDER BY seq')
        .pluck()
        .iterate(sourceId))
        yield piece as string;
    },
    sampleCitations: async (sourceId, total, n) => {
      const step = Math.max(1, Math.floor(total / Math.max(1, n)));
      return db
        .prepare(
          `SELECT id AS record, cite_start AS start, cite_end AS "end", cite_sha256 AS sha256 FROM events
        WHERE cite_source = ? AND rowid % ? = 0 LIMIT ?`,
        )
        .all(sourceId, step, n) as Array<{ record: string; start: number; end: number; sha256: string }>;
    },
  };
}

export async function checkSqlite(path: string, opts: CheckOptions): Promise<CheckReport> {
  const { report, done } = startReport('sqlite', path, MIGRATIONS.length);
  if (path !== ':memory:' && !existsSync(path)) {
    report.problems.push({
      check: 'integrity',
      message: `there is no store at ${path}`,
      repair: 'run `orrery init` to create it (or give --db the right file)',
    });
    return done();
  }
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    report.problems.push({
      check: 'integrity',
      message: `${path} cannot be opened as a SQLite database: ${(error as Error).message}`,
      repair: 'give --db the store file, or restore it from a backup',
    });
    return done();
  }
  try {
    const problems = report.problems;
    let integrity: string[];
    try {
      integrity = db.pragma(opts.full ? 'integrity_check' : 'quick_check', { simple: false }) as unknown as string[];
      integrity = (integrity as unknown as Array<Record<string, string>>).map((r) => Object.values(r)[0] ?? '');
    } catch (error) {
      problems.push({
        check: 'integrity',
        message: `${path} is not a readable SQLite database: ${(error as Error).message}`,
        repair: 'restore the store from a backup, or rebuild it (`orrery init`, then import and ingest again)',
      });
      return done();
    }
    if (!(integrity.length === 1 && integrity[0] === 'ok')) {
      problems.push({
        check: 'integrity',
        message: `the SQLite file is damaged (${opts.full ? 'integrity_check' : 'quick_check'}): ${integrity.slice(0, 10).join('; ')}`,
        repair:
          'restore the store from a backup, or recover what can be read with `sqlite3 FILE .recover | sqlite3 NEW`',
      });
      return done();
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (!checkSchemaVersion(report, version, 'the file')) return done();
    const present = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[],
    );
    const bulk = new Set(BULK_INDEXES.map(([name]) => name));
    for (const [name, sql] of expectedIndexes(Math.min(version, MIGRATIONS.length))) {
      if (present.has(name)) continue;
      problems.push({
        check: 'indexes',
        message: `index ${name} is missing${bulk.has(name) ? ' (dropped by an import that did not finish)' : ''}`,
        repair: bulk.has(name)
          ? 'run any command that opens the store (e.g. `orrery stats`): it rebuilds the indexes an import dropped'
          : `run \`sqlite3 ${path} "${sql}"\``,
      });
    }
    const fk = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    if (fk.length) {
      const tables = [...new Set(fk.map((f) => `${f.table} → ${f.parent}`))];
      problems.push({
        check: 'references',
        message: `${fk.length} row(s) refer to a missing record (${tables.join(', ')})`,
        repair: 'run `orrery init` to reload the curated dataset, which rewrites these rows',
      });
    }
    report.counts.events = db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;
    problems.push(...(await sharedChecks(checkDb(db), opts, report.counts)));
    return done();
  } finally {
    db.close();
  }
}

export type { CheckProblem };
