/**
 * The PostgreSQL store on a real server (a throw-away cluster, test/helpers/postgres.ts): the
 * conformance suite (every `open()` a fresh, empty database), then what is PostgreSQL's own: the
 * shipped dataset answers every query exactly as SQLite does (order and text search included, on a
 * database whose own collation sorts unlike SQLite), migrations recorded and safe to run at once,
 * writers serialised, any text kept, and connection failures reported as such.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { sha256 } from '../../src/dataset/hash.js';
import { loadDatasetOrThrow } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { EnvironmentError, type Event } from '../../src/model/index.js';
import { openStore } from '../../src/store/open.js';
import { MIGRATIONS } from '../../src/store/postgres/migrations.js';
import type { Store } from '../../src/store/store.js';
import { withPostgres } from '../helpers/postgres.js';
import { miniDataset, storeConformance } from './conformance.js';
import { monitoringConformance } from './monitoring-conformance.js';

await withPostgres('postgres', (cluster) => {
  const urls = new WeakMap<Store, string>();
  storeConformance(
    'postgres',
    async () => {
      const url = cluster.url(await cluster.createDatabase());
      const s = await openStore(url);
      urls.set(s, url);
      return s;
    },
    async (s) => {
      await s.close();
      return openStore(urls.get(s)!);
    },
  );
  monitoringConformance('postgres', async () => openStore(cluster.url(await cluster.createDatabase())));

  test('postgres: the shipped dataset answers every query as SQLite does', async () => {
    const { dataset } = loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir());
    const lite = await openStore(join(mkdtempSync(join(tmpdir(), 'orrery-parity-')), 'parity.db'));
    const post = await openStore(cluster.url(await cluster.createDatabase()));
    try {
      assert.deepEqual(await post.loadDataset(dataset), await lite.loadDataset(dataset));
      const same = async (what: string, ask: (s: Store) => Promise<unknown>): Promise<void> => {
        assert.deepEqual(await ask(post), await ask(lite), what);
      };
      await same('readDataset', (s) => s.readDataset());
      await same('counts', (s) => s.counts());
      await same('sources', (s) => s.listSources());
      await same('actors', (s) => s.listActors());
      await same('persons', (s) => s.listActors({ kind: 'person' }));
      await same('events', (s) => s.listEvents());
      await same('relations', (s) => s.listRelations());
      await same('indicators', (s) => s.listIndicators());
      await same('dependencies', (s) => s.listDependencies());
      await same('corridors', (s) => s.listCorridors());
      await same('conflicts', (s) => s.listConflicts());
      await same('a page of events', (s) => s.listEvents({ limit: 7, offset: 20 }));
      const ids = (list: Array<{ id: string }>): string[] => list.map((x) => x.id);
      const events = dataset.events;
      for (const a of dataset.actors.slice(0, 25)) {
        await same(`events of ${a.id}`, async (s) => ids(await s.listEvents({ actor: [a.id] })));
        await same(`relations of ${a.id}`, async (s) => ids(await s.listRelations({ actor: a.id, at: '2021-01-01' })));
        await same(`actors named ${a.name}`, async (s) => ids(await s.findActors(a.name)));
        for (const m of a.metonyms.slice(0, 2))
          await same(`actors named ${m}`, async (s) => ids(await s.findActors(m)));
      }
      for (const e of events.filter((x) => x.actor[0] && x.recipient[0]).slice(0, 20)) {
        await same(`pair of ${e.id}`, async (s) => ids(await s.listEvents({ pair: [e.recipient[0]!, e.actor[0]!] })));
      }
      await same('a period', async (s) =>
        ids(await s.listEvents({ from: '2020-09', to: '2020-11', types: ['ASSAULT', 'AGREE'] })),
      );
      await same('a count', (s) => s.countEvents({ status: ['asserted'], from: '2008' }));
      // Text search: words from the records themselves, and accented or cased forms of them.
      const words = [
        'Türkiye',
        'turkiye',
        'Erdoğan',
        'erdogan',
        'drone',
        'KARABAKH',
        'ceasefire 2020',
        'pipeline gas',
        'Baku–Tbilisi',
        'peace',
      ];
      for (const w of words) {
        const hits = async (s: Store): Promise<string[]> =>
          (await s.search(w, 1000)).map((h) => `${h.kind}:${h.id}`).sort();
        await same(`search ${w}`, hits);
        await same(`events with text ${w}`, async (s) => ids(await s.listEvents({ text: w })));
      }
      assert.ok(
        (await post.search('drone')).length > 0 && (await post.search('erdogan')).length > 0,
        'the search words find something',
      );
      assert.deepEqual(await post.search('Türkiye'), await post.search('turkiye'), 'accents and case are folded');
    } finally {
      await lite.close();
      await post.close();
    }
  });

  test('postgres: migrations are recorded, and two processes may migrate a new database at once', async () => {
    const url = cluster.url(await cluster.createDatabase());
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    assert.equal(await a.schemaVersion(), MIGRATIONS.length);
    await a.close();
    await b.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = (await client.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
      assert.deepEqual(
        rows,
        MIGRATIONS.map((m, i) => ({ version: i + 1, name: m.name })),
      );
    } finally {
      await client.end();
    }
  });

  test('postgres: writers wait for an open import and then go ahead', async () => {
    const url = cluster.url(await cluster.createDatabase());
    const importer = await openStore(url);
    const editor = await openStore(url);
    try {
      await importer.loadDataset(miniDataset());
      const source = { ...miniDataset().sources[0]!, id: 'import-lock', file: 'import-lock.tsv' };
      const session = await importer.beginImport(source);
      const edited: Event = {
        ...miniDataset().events[0]!,
        summary: 'Alphaland and Betaland sign a revised border protocol.',
      };
      let done = false;
      const write = editor.putEvents([edited]).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(done, false, 'the write waits while the import holds the store');
      await session.commit();
      await write;
      assert.equal((await editor.getEvent(edited.id))?.summary, edited.summary);
      assert.ok(await editor.getSource('import-lock'));
    } finally {
      await importer.close();
      await editor.close();
    }
  });

  test('postgres: one import at a time per store; closing the store rolls an open one back; commit may replace the source', async () => {
    const url = cluster.url(await cluster.createDatabase());
    const s = await openStore(url);
    await s.loadDataset(miniDataset());
    const source = { ...miniDataset().sources[0]!, id: 'import-open', file: 'import-open.tsv' };
    const first = s.beginImport(source);
    await assert.rejects(() => s.beginImport(source), /another import is already open/);
    await (await first).appendText('some rows');
    await s.close();
    const again = await openStore(url);
    try {
      assert.equal(await again.getSource('import-open'), undefined, 'the unfinished import left nothing');
      const session = await again.beginImport(source);
      await assert.rejects(() => session.commit({ ...source, id: 'another-id' }), /source id changed/);
      await session.appendText('row one\n');
      await session.commit({ ...source, title: 'Imported rows, final', sha256: sha256('row one\n') });
      assert.equal(
        (await again.getSource('import-open'))?.title,
        'Imported rows, final',
        'commit(source) replaces the record',
      );
      assert.equal((await again.findSourceBySha256(sha256('row one\n')))?.id, 'import-open');
      assert.equal(await again.getSourceText('import-open'), 'row one\n');
    } finally {
      await again.close();
    }
  });

  test('postgres: any source text is kept as given', async () => {
    const s = await openStore(cluster.url(await cluster.createDatabase()));
    try {
      const text = 'NUL\0inside, astral 🌍, accents é, line\r\nbreaks';
      await s.putSource({ ...miniDataset().sources[0]!, id: 'odd-text' }, text);
      assert.equal(await s.getSourceText('odd-text'), text);
    } finally {
      await s.close();
    }
  });

  test('postgres: a server that cannot be reached is a clear environment error that hides the password', async () => {
    const missing = cluster.tcpUrl('no_such_database').replace('postgres@', 'postgres:s3cret@');
    await assert.rejects(
      () => openStore(missing),
      (e: Error) => {
        assert.ok(e instanceof EnvironmentError, String(e));
        assert.match(e.message, /no_such_database.*does not exist.*createdb/s);
        assert.doesNotMatch(e.message, /s3cret/);
        return true;
      },
    );
    const closed = `postgres://postgres@127.0.0.1:1/orrery`;
    await assert.rejects(
      () => openStore(closed),
      (e: Error) => e instanceof EnvironmentError && /ECONNREFUSED|connect/.test(e.message),
    );
  });
});
