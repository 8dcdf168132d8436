/**
 * The API in process, on a real SQLite file in a temporary directory: the mini dataset of
 * test/helpers/mini.ts, or the shipped dataset (with the corridor network and the source texts).
 * Every JSON response is checked against its route's schema (checkResponses).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initStore } from '../../src/cli/open.js';
import { defaultDataDir, defaultSourcesDir, projectRoot } from '../../src/dataset/paths.js';
import { createApp, type OrreryApp } from '../../src/server/app.js';
import type { ServerOptions } from '../../src/server/context.js';
import { openStore } from '../../src/store/open.js';
import { miniRecords, writeMini } from '../helpers/mini.js';

export const GEO = join(projectRoot(), '..', 'shared', 'geo');

export interface Fixture extends OrreryApp {
  get(path: string, init?: RequestInit): Promise<Response>;
  json<T = Record<string, unknown>>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
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

/** The mini dataset (no network); `records` may be changed first. */
export async function miniApp(extra: Partial<ServerOptions> = {}, records = miniRecords()): Promise<Fixture> {
  const d = writeMini(records);
  const store = await openStore(d.db);
  await initStore(store, d.data, d.sources);
  const o = createApp({
    store,
    dataDir: d.data,
    sourcesDir: d.sources,
    geoDir: GEO,
    webDir: join(d.root, 'no-web'),
    checkResponses: true,
    log: () => {},
    ...extra,
  });
  return wrap(o, async () => {
    await store.close();
    rmSync(d.root, { recursive: true, force: true });
  });
}

/** The shipped dataset in a fresh store. */
export async function shippedApp(extra: Partial<ServerOptions> = {}): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), 'orrery-server-'));
  const store = await openStore(join(root, 'orrery.db'));
  await initStore(store, defaultDataDir(), defaultSourcesDir());
  const o = createApp({
    store,
    dataDir: defaultDataDir(),
    sourcesDir: defaultSourcesDir(),
    geoDir: GEO,
    webDir: join(root, 'no-web'),
    checkResponses: true,
    log: () => {},
    ...extra,
  });
  return wrap(o, async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });
}
