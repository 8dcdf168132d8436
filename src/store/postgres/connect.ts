/**
 * Connecting to PostgreSQL and running transactions. A store holds a small pool of connections
 * (node-postgres); every write runs in one transaction on one connection and first takes a
 * transaction-level advisory lock, so writers are serialised as SQLite serialises them, and a writer
 * that waits longer than the lock timeout (5 s, like the SQLite store's busy timeout) fails with a
 * ConflictError instead of waiting forever.
 */
import pg from 'pg';
import { ConflictError, EnvironmentError } from '../../model/index.js';
import type { Queryable } from './tables.js';
import { redactUrl } from './url.js';

/** The advisory lock every writer of an Orrery schema takes (an arbitrary constant: "orrery" in ASCII). */
export const WRITE_LOCK = '122537336205945';
const LOCK_TIMEOUT = '5s';

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'orrery',
    max: 8,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
  });
  // An idle connection the server drops (a restart, a timeout) is taken out of the pool; the next query opens a new one.
  pool.on('error', () => {});
  return pool;
}

const HINTS: Record<string, string> = {
  '3D000': 'create the database first, e.g. `createdb <name>`',
  '28P01': 'check the user name and password in the URL',
  '28000': 'the server refused this user; check pg_hba.conf and the user name',
  ECONNREFUSED: 'is the server running and listening on that host and port?',
  ENOENT: 'no server socket there; is the server running, and is the socket directory right?',
};

/** A connection taken from the pool, or an EnvironmentError that says where Orrery tried to connect. */
export async function connect(pool: pg.Pool, url: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    const e = error as Error & { code?: string };
    const hint = e.code ? HINTS[e.code] : undefined;
    throw new EnvironmentError(
      `cannot connect to PostgreSQL at ${redactUrl(url)}: ${e.message}${hint ? ` (${hint})` : ''}`,
    );
  }
}

/**
 * Run `fn` on one connection in a transaction that `begin` opens; commit when it returns, roll back
 * when it throws (the error passed through `failed`).
 */
async function transaction<T>(
  pool: pg.Pool,
  url: string,
  begin: (client: Queryable) => Promise<unknown>,
  fn: (db: Queryable) => Promise<T>,
  failed: (error: unknown) => unknown = (error) => error,
): Promise<T> {
  const client = await connect(pool, url);
  try {
    await begin(client);
    const result = await fn(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await rollbackAndRelease(client);
    throw failed(error);
  }
}

/** Run `fn` in a transaction holding the write lock. */
export function writeTransaction<T>(pool: pg.Pool, url: string, fn: (db: Queryable) => Promise<T>): Promise<T> {
  return transaction(pool, url, beginWrite, fn, busyAsConflict);
}

/** BEGIN and take the write lock (waiting at most the lock timeout). */
export async function beginWrite(client: Queryable): Promise<void> {
  await client.query('BEGIN');
  await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
  await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
}

export async function rollbackAndRelease(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('ROLLBACK');
    client.release();
  } catch (error) {
    // The connection itself is broken: drop it from the pool rather than reuse it.
    client.release(error as Error);
  }
}

/** A lock wait that timed out (SQLSTATE 55P03) means another writer holds the store. */
export function busyAsConflict(error: unknown): unknown {
  if ((error as { code?: string }).code === '55P03') {
    return new ConflictError(
      'the store is busy: another write (a dataset load or an import) has held it for more than 5 s; try again',
    );
  }
  return error;
}

/** Run read-only `fn` on one connection in one snapshot (REPEATABLE READ), so related reads agree. */
export function readSnapshot<T>(pool: pg.Pool, url: string, fn: (db: Queryable) => Promise<T>): Promise<T> {
  return transaction(pool, url, (client) => client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'), fn);
}
