/**
 * Fresh, migrated, empty stores on each backend, for tests that should hold on both: a SQLite file in
 * a temporary directory, or a database of a throw-away PostgreSQL cluster (test/helpers/postgres.ts).
 * A test file gets one cluster at most, started when a test first asks for a store; a closed store's
 * database is emptied and handed to the next test, which is much quicker than creating one.
 *
 * `forEachStoreBackend(register)` declares a file's tests once per backend, each set under a
 * describe named for its backend.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { miniDataset } from '../store/conformance.js';
import { withLazyPostgres, type TestCluster } from './postgres.js';

export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /** A fresh store, and a new temporary directory for the test's files; closing the store gives it back. */
  fresh(): Promise<{ store: Store; dir: string }>;
}

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'orrery-store-'));

/** SQLite: a new store file in a new temporary directory. */
export const sqliteStores: StoreBackend = {
  name: 'sqlite',
  async fresh() {
    const dir = tempDir();
    return { store: await openStore(join(dir, 'orrery.db')), dir };
  },
};

/** Empty every table of an Orrery database but the migrations' record. */
async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT quote_ident(tablename) AS name FROM pg_tables
          WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
      )
    ).rows.map((r) => r.name);
    if (tables.length) await client.query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}

/** PostgreSQL: a database of the cluster that no open store holds, emptied, or a new one. */
export function postgresStores(cluster: () => Promise<TestCluster>): StoreBackend {
  const free: string[] = [];
  return {
    name: 'postgres',
    async fresh() {
      const c = await cluster();
      const reused = free.pop();
      const name = reused ?? (await c.createDatabase());
      if (reused) await emptyDatabase(c.url(name));
      const store = await openStore(c.url(name));
      const close = store.close.bind(store);
      let closed = false;
      store.close = async () => {
        await close();
        if (!closed) free.push(name);
        closed = true;
      };
      return { store, dir: tempDir() };
    },
  };
}

/** Declare `register`'s tests once per backend, each set under a describe named for its backend. */
export function forEachStoreBackend(register: (b: StoreBackend) => void): void {
  describe('sqlite', () => register(sqliteStores));
  withLazyPostgres('postgres', (cluster) => {
    const stores = postgresStores(cluster);
    describe('postgres', () => register(stores));
  });
}

/** A fresh store on `backend` loaded with the mini dataset (test/helpers/mini.ts). */
export async function miniStoreOn(backend: StoreBackend): Promise<{ store: Store; dir: string }> {
  const fresh = await backend.fresh();
  await fresh.store.loadDataset(miniDataset());
  return fresh;
}
