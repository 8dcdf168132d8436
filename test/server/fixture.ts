/**
 * The API in process over a real store, on each backend: a SQLite file in a temporary directory, or
 * a database in a throw-away PostgreSQL cluster (test/helpers/postgres.ts; one cluster per test file,
 * started when first needed, its databases emptied and reused by the file's later fixtures). The
 * store holds the mini dataset of test/helpers/mini.ts, or the shipped dataset (with the corridor
 * network and the source texts). Every JSON response is checked against its route's schema
 * (checkResponses).
 *
 * `forEachBackend(register)` declares a file's tests once per backend, each set under a describe
 * named for its backend; `miniApp` and `shippedApp` are the SQLite ones, for tests that are about
 * SQLite itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'node:test';
import pg from 'pg';
import { initStore } from '../../src/store/init.js';
import { defaultDataDir, defaultSourcesDir, projectRoot } from '../../src/dataset/paths.js';
import { createApp, type OrreryApp } from '../../src/server/app.js';
import type { ServerOptions } from '../../src/server/context.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { miniRecords, writeMini } from '../helpers/mini.js';
import { withLazyPostgres, type TestCluster } from '../helpers/postgres.js';

export const GEO = join(projectRoot(), '..', 'shared', 'geo');

export interface Fixture extends OrreryApp {
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

/** A store to serve from, and how to give it back. */
interface Lease {
  store: Store;
  release(): Promise<void>;
}

export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** The mini dataset (no network); `records` may be changed first. */
  miniApp(extra?: Partial<ServerOptions>, records?: ReturnType<typeof miniRecords>): Promise<Fixture>;
  /** The shipped dataset in a fresh store. */
  shippedApp(extra?: Partial<ServerOptions>): Promise<Fixture>;
}

function wrap(o: OrreryApp, cleanup: () => Promise<void>): Fixture {
  const get = async (path: string, init?: RequestInit): Promise<Response> => o.app.request(path, init);
  return {
    ...o,
    get,
    json: async <T>(path: string, init?: RequestInit) => {
      const r = await get(path, init);
      return { status: r.status, body: (await r.json()) as T, headers: r.headers };
    },
    close: cleanup,
  };
}

/** A backend whose stores come from `lease`: loaded with a dataset and served. */
function backend(name: Backend['name'], lease: (root: string) => Promise<Lease>): Backend {
  const serve = async (
    root: string,
    dirs: { data: string; sources: string },
    extra: Partial<ServerOptions>,
    cleanup: () => void,
  ): Promise<Fixture> => {
    const { store, release } = await lease(root);
    try {
      await initStore(store, dirs.data, dirs.sources);
    } catch (error) {
      await release();
      cleanup();
      throw error;
    }
    const o = createApp({
      store,
      dataDir: dirs.data,
      sourcesDir: dirs.sources,
      geoDir: GEO,
      webDir: join(root, 'no-web'),
      checkResponses: true,
      log: () => {},
      ...extra,
    });
    return wrap(o, async () => {
      await release();
      cleanup();
    });
  };
  return {
    name,
    async miniApp(extra = {}, records = miniRecords()) {
      const d = writeMini(records);
      return serve(d.root, d, extra, () => rmSync(d.root, { recursive: true, force: true }));
    },
    async shippedApp(extra = {}) {
      const root = mkdtempSync(join(tmpdir(), 'orrery-server-'));
      const dirs = { data: defaultDataDir(), sources: defaultSourcesDir() };
      return serve(root, dirs, extra, () => rmSync(root, { recursive: true, force: true }));
    },
  };
}

/** SQLite: a new store file in the fixture's directory. */
export const sqlite = backend('sqlite', async (root) => {
  const store = await openStore(join(root, 'orrery.db'));
  return { store, release: () => store.close() };
});

export const miniApp = sqlite.miniApp;
export const shippedApp = sqlite.shippedApp;

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

/**
 * PostgreSQL: a database of the file's cluster that no open fixture holds, emptied, or a new one.
 * Emptying a migrated database is much quicker than creating one, and a file's fixtures are mostly
 * opened one after another.
 */
function postgres(cluster: () => Promise<TestCluster>): Backend {
  const free: string[] = [];
  return backend('postgres', async () => {
    const c = await cluster();
    const reused = free.pop();
    const name = reused ?? (await c.createDatabase());
    const url = c.url(name);
    if (reused) await emptyDatabase(url);
    const store = await openStore(url);
    return {
      store,
      release: async () => {
        await store.close();
        free.push(name);
      },
    };
  });
}

/** Declare `register`'s tests once per backend, each set under a describe named for its backend. */
export function forEachBackend(register: (b: Backend) => void): void {
  describe('sqlite', () => register(sqlite));
  withLazyPostgres('postgres', (cluster) => {
    const pgBackend = postgres(cluster);
    describe('postgres', () => register(pgBackend));
  });
}
