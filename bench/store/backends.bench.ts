/**
 * Store backends benchmark: the same work on SQLite (a temporary file) and PostgreSQL (a throw-away
 * cluster, or the server named by --url): load the shipped dataset, filter events by actor, search,
 * and bulk-import N synthetic events in batches of 1,000. Judged by the ratio PostgreSQL / SQLite per
 * operation (a network database pays a round trip per statement); target: every ratio under 5.
 *
 * Run: `npm run bench -- store [--events 20000] [--url postgres://...]`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasetOrThrow } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import type { Dataset, Event } from '../../src/model/index.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { postgresBinDir, startCluster } from '../../test/helpers/postgres.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const EVENTS = Number(arg('events') ?? 20_000);

async function time(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - t) / runs;
}

async function measure(s: Store, ds: Dataset): Promise<Record<string, number>> {
  const load = await time(5, () => s.loadDataset(ds));
  const filter = await time(50, () => s.listEvents({ actor: ['ARM'], from: '2018' }));
  const search = await time(50, () => s.search('karabakh war'));
  const base = ds.events[0] as Event;
  const events = Array.from(
    { length: EVENTS },
    (_, i) =>
      ({ ...base, id: `bench-${i}`, origin: { kind: 'imported', dataset: 'bench', external_id: String(i) } }) as Event,
  );
  const t = performance.now();
  const session = await s.beginImport({ ...(ds.sources[0] as Dataset['sources'][number]), id: 'bench-import' });
  for (let i = 0; i < events.length; i += 1000) await session.addEvents(events.slice(i, i + 1000));
  await session.commit();
  return {
    'load shipped dataset (ms)': load,
    'events by actor (ms)': filter,
    'search (ms)': search,
    [`import ${EVENTS} events (ms)`]: performance.now() - t,
  };
}

const { dataset } = loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir());
const lite = await openStore(join(mkdtempSync(join(tmpdir(), 'orrery-bench-')), 'bench.db'));
const liteFigures = await measure(lite, dataset);
await lite.close();

const url = arg('url');
const cluster = url ? undefined : await startCluster(postgresBinDir() ?? '/usr/lib/postgresql/15/bin');
try {
  const post = await openStore(url ?? cluster!.url(await cluster!.createDatabase()));
  const postFigures = await measure(post, dataset);
  await post.close();
  console.log('operation'.padEnd(30), 'sqlite'.padStart(10), 'postgres'.padStart(10), 'ratio'.padStart(7));
  for (const [k, v] of Object.entries(liteFigures)) {
    const p = postFigures[k] as number;
    console.log(k.padEnd(30), v.toFixed(1).padStart(10), p.toFixed(1).padStart(10), (p / v).toFixed(1).padStart(7));
  }
} finally {
  cluster?.stop();
}
