/**
 * The API in process over a real store, on each backend: a SQLite file in a temporary directory, or
 * a database in a throw-away PostgreSQL cluster (test/helpers/store-backends.ts: one cluster per test
 * file, started when first needed, its databases emptied and reused by the file's later fixtures). The
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
import { initStore } from '../../src/store/init.js';
import { defaultDataDir, defaultSourcesDir, projectRoot } from '../../src/dataset/paths.js';
import { createApp, type OrreryApp } from '../../src/server/app.js';
import type { ServerOptions } from '../../src/server/context.js';
import { miniRecords, writeMini } from '../helpers/mini.js';
import { withLazyPostgres } from '../helpers/postgres.js';
import { postgresStores, sqliteStores, type StoreBackend } from '../helpers/store-backends.js';

export const GEO = join(projectRoot(), '..', 'shared', 'geo');

export interface Fixture extends OrreryApp {
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
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

/** A backend serving from `stores`' fresh stores, loaded with a dataset. */
function backend(stores: StoreBackend): Backend {
  const serve = async (
    root: string,
    dirs: { data: string; sources: string },
    extra: Partial<ServerOptions>,
    cleanup: () => void,
  ): Promise<Fixture> => {
    const { store, dir } = await stores.fresh();
    const release = async (): Promise<void> => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
      cleanup();
    };
    try {
      await initStore(store, dirs.data, dirs.sources);
    } catch (error) {
      await release();
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
    return wrap(o, release);
  };
  return {
    name: stores.name,
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

export const sqlite = backend(sqliteStores);

export const miniApp = sqlite.miniApp;
export const shippedApp = sqlite.shippedApp;

/** Declare `register`'s tests once per backend, each set under a describe named for its backend. */
export function forEachBackend(register: (b: Backend) => void): void {
  describe('sqlite', () => register(sqlite));
  withLazyPostgres('postgres', (cluster) => {
    const pgBackend = backend(postgresStores(cluster));
    describe('postgres', () => register(pgBackend));
  });
}
