/**
 * Opening a store by location: a `postgres://` or `postgresql://` URL means PostgreSQL (loaded only
 * then); anything else is a SQLite file path (or ':memory:').
 */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

export async function openStore(location: string): Promise<Store> {
  const store: Store = isPostgresUrl(location)
    ? new (await import('./postgres/postgres-store.js')).PostgresStore(location)
    : new SqliteStore(location);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
