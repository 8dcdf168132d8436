/** Running the shared queries (sql/sql-reads.ts) on a SQLite connection, through cached statements. */
import type Database from 'better-sqlite3';
import type { Executor, Read, Results } from '../sql/sql-reads.js';
import { stmt } from './write-records.js';

export const run = <T>(db: Database.Database, r: Read<T>): T => r.map(stmt(db, r.sql).all(...r.params));

export function executor(db: Database.Database): Executor {
  return {
    read: async (r) => run(db, r),
    // One after another without yielding, so no write of this connection comes between them.
    readTogether: async <R extends Record<string, Read<unknown>>>(reads: R) =>
      Object.fromEntries(Object.entries(reads).map(([key, r]) => [key, run(db, r)])) as Results<R>,
  };
}
