/** Opening a store by location: a file path (or ':memory:') means SQLite. */
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export async function openStore(location: string): Promise<Store> {
  const store = new SqliteStore(location);
  await store.migrate();
  return store;
}
