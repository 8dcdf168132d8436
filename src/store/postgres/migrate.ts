/**
 * Bringing a PostgreSQL schema up to date: `schema_migrations` records each applied migration
 * (version, name, when). Each pending migration runs in its own transaction under the write lock, so
 * two processes opening the same database at once apply each migration exactly once.
 */
import type pg from 'pg';
import { beginWrite, connect, rollbackAndRelease } from './connect.js';
import { MIGRATIONS } from './migrations.js';
import type { Queryable } from './tables.js';

const CREATE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

/** The highest applied migration, 0 for a database Orrery has not touched. */
export async function schemaVersion(db: Queryable): Promise<number> {
  const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!exists.rows[0]?.t) return 0;
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return r.rows[0]?.v ?? 0;
}

export async function migrate(pool: pg.Pool, url: string): Promise<void> {
  for (;;) {
    const client = await connect(pool, url);
    try {
      await beginWrite(client);
      await client.query(CREATE);
      const current = await schemaVersion(client);
      const next = MIGRATIONS[current];
      if (next) {
        await client.query(next.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [current + 1, next.name]);
      }
      await client.query('COMMIT');
      client.release();
      if (!next) return;
    } catch (error) {
      await rollbackAndRelease(client);
      throw error;
    }
  }
}
