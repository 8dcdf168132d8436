/** Running the shared queries (sql/sql-reads.ts) on PostgreSQL: one on the pool, several in one snapshot. */
import type pg from 'pg';
import type { Executor, Read, Results } from '../sql/sql-reads.js';
import { readSnapshot } from './connect.js';
import type { Queryable } from './tables.js';

export async function run<T>(db: Queryable, r: Read<T>): Promise<T> {
  return r.map((await db.query(r.sql, r.params)).rows);
}

export function executor(pool: pg.Pool, url: string): Executor {
  return {
    read: (r) => run(pool, r),
    readTogether: <R extends Record<string, Read<unknown>>>(reads: R) =>
      readSnapshot(pool, url, async (db) => {
        const out: Record<string, unknown> = {};
        for (const [key, r] of Object.entries(reads)) out[key] = await run(db, r);
        return out as Results<R>;
      }),
  };
}
