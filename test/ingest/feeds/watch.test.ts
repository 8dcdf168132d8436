/**
 * Watch runs end to end on a real store (SQLite, the shipped dataset) against a real server on
 * 127.0.0.1: RSS and Atom items fetched and ingested once, 304s, repeated items, items without dates,
 * failing items retried then left alone, broken feeds (invalid XML, 404, slow, huge, gzip bomb,
 * redirect loop) that stop nothing else, plain pages, the same bytes under another URL, a directory
 * watch, and two reports of one event merged by corroboration into one event with two citations.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newFeed } from '../../../src/ingest/feeds/feed-records.js';
import { ingestItemWith } from '../../../src/ingest/feeds/ingest-item.js';
import { HostLimiter } from '../../../src/ingest/feeds/rate-limit.js';
import { MAX_ATTEMPTS, type WatchContext } from '../../../src/ingest/feeds/run-feed.js';
import { runCycle } from '../../../src/ingest/feeds/run-feeds.js';
import type { Store } from '../../../src/store/store.js';
import { GABALA_A, GABALA_B, GAS, PORT, RAIL } from './articles.js';
import { atom, fixed, page, rss, startFeedServer } from './feed-server.js';
import { datasetStore } from './watch-store.js';

const server = await startFeedServer();
after(() => server.close());
const html = 'text/html; charset=utf-8';
const NOW = new Date('2026-11-20T09:00:00Z');

function context(store: Store): WatchContext {
  return {
    store,
    ingest: ingestItemWith(store),
    limiter: new HostLimiter(0),
    http: { timeoutMs: 2000, retries: 0, maxBytes: 1024 * 1024 },
    now: () => NOW,
  };
}

async function watch(store: Store, target: string, name?: string): Promise<string> {
  const taken = new Set((await store.listFeeds()).map((f) => f.id));
  const feed = await newFeed({ target, name, every: '1h' }, taken);
  await store.putFeed(feed);
  return feed.id;
}

const pageFetches = (prefix: string): number => server.log.filter((l) => l.path.startsWith(prefix)).length;

test('RSS: new items ingested, corroborated into one event with two citations; a 304 then; only new items later', async () => {
  const store = await datasetStore();
  try {
    server.route('/rss/a.html', fixed(page(GABALA_A.title, GABALA_A.paragraphs), html));
    server.route('/rss/b.html', fixed(page(GABALA_B.title, GABALA_B.paragraphs), html));
    server.route('/rss/c.html', fixed(page(RAIL.title, RAIL.paragraphs), html));
    const two = [
      { path: '/rss/a.html', title: GABALA_A.title, date: new Date('2026-11-14T18:00:00Z') },
      { path: '/rss/b.html', title: GABALA_B.title, date: new Date('2026-11-15T08:00:00Z') },
    ];
    server.route('/rss/feed.xml', fixed(rss(server.url, two), 'application/rss+xml', '"one"'));
    const id = await watch(store, `${server.url}/rss/feed.xml`, 'Caucasus wire');
    assert.equal(id, 'caucasus-wire');

    const [first] = await runCycle(context(store));
    assert.equal(first!.status, 'ok', first!.error);
    assert.equal(first!.format, 'rss');
    assert.deepEqual(
      first!.items.map((i) => [i.key.replace(server.url, ''), i.status, i.published, i.dated_by]),
      [
        ['/rss/a.html', 'ingested', '2026-11-14', 'item'],
        ['/rss/b.html', 'ingested', '2026-11-15', 'item'],
      ],
    );
    // The second report corroborates the event the first one created.
    const created = first!.items[0]!.created;
    assert.equal(created.length, 1);
    assert.deepEqual(first!.items[1]!.created, []);
    assert.deepEqual(first!.items[1]!.corroborated, created);
    const event = (await store.getEvent(created[0]!))!;
    assert.equal(event.event_type, 'CONSULT');
    assert.deepEqual([...event.actor_country, ...event.recipient_country].sort(), ['ARM', 'AZE']);
    assert.deepEqual(
      event.citations.map((c) => c.source).sort(),
      [first!.items[0]!.source, first!.items[1]!.source].sort(),
      'one event citing both articles',
    );
    assert.equal(event.origin.kind === 'coded' && event.origin.review, 'pending', 'sent to review');
    const source = await store.getSource(first!.items[0]!.source!);
    assert.equal(source?.url, `${server.url}/rss/a.html`);

    const feed = (await store.getFeed(id))!;
    assert.equal(feed.state.etag, '"one"');
    assert.equal(feed.state.items_seen, 2);
    assert.equal(feed.state.items_ingested, 2);
    assert.equal(feed.state.last_error, undefined);

    // Unchanged: a conditional GET, a 304, no page fetched.
    const pagesBefore = pageFetches('/rss/');
    const [second] = await runCycle(context(store));
    assert.equal(second!.status, 'not-modified');
    assert.equal(server.log.filter((l) => l.path === '/rss/feed.xml').at(-1)!.status, 304);
    assert.equal(pageFetches('/rss/') - pagesBefore, 1, 'only the feed itself');

    // A new item among the old ones: only it is fetched.
    server.route(
      '/rss/feed.xml',
      fixed(
        rss(server.url, [{ path: '/rss/c.html', title: RAIL.title, date: new Date('2026-11-19T10:00:00Z') }, ...two]),
        'application/rss+xml',
        '"two"',
      ),
    );
    const [third] = await runCycle(context(store));
    assert.deepEqual(
      third!.items.map((i) => [i.key.replace(server.url, ''), i.status]),
      [
        ['/rss/c.html', 'ingested'],
        ['/rss/a.html', 'seen'],
        ['/rss/b.html', 'seen'],
      ],
    );
    assert.equal(server.log.filter((l) => l.path === '/rss/a.html').length, 1, 'a seen item is not fetched again');
    assert.equal((await store.getFeed(id))!.state.items_seen, 3);
  } finally {
    await store.close();
  }
});

test('Atom items without dates take the page date, else the fetch date, and say so', async () => {
  const store = await datasetStore();
  try {
    server.route('/atom/dated.html', fixed(page(GAS.title, GAS.paragraphs, '2026-11-02T07:30:00Z'), html));
    server.route('/atom/undated.html', fixed(page(PORT.title, PORT.paragraphs), html));
    const entries = [
      { path: '/atom/dated.html', title: GAS.title },
      { path: '/atom/undated.html', title: PORT.title },
    ];
    server.route('/atom/feed.xml', fixed(atom(server.url, entries), 'application/atom+xml'));
    await watch(store, `${server.url}/atom/feed.xml`);
    const [run] = await runCycle(context(store));
    assert.equal(run!.format, 'atom');
    const [dated, undated] = run!.items;
    assert.equal(dated!.published, '2026-11-02');
    assert.equal(dated!.dated_by, 'page');
    assert.equal(undated!.published, '2026-11-20');
    assert.equal(undated!.dated_by, 'fetch');
    assert.ok(
      undated!.warnings.some((w) =>
        w.endsWith(
          'neither the feed item nor the page gives a publication date; dated by the day it was fetched (2026-11-20)',
        ),
      ),
      undated!.warnings.join('\n'),
    );
    const item = (await store.listFeedItems(run!.feed)).find((i) => i.key.endsWith('/undated.html'));
    assert.equal(item?.dated_by, 'fetch', 'the store says how it was dated');
  } finally {
    await store.close();
  }
});

test('one broken feed never stops the others; each failure is stored as the feed’s last error', async () => {
  const store = await datasetStore();
  try {
    server.route('/ok/gas.html', fixed(page(GAS.title, GAS.paragraphs, '2026-11-03'), html));
    server.route(
      '/ok/feed.xml',
      fixed(
        rss(server.url, [
          { path: '/ok/gas.html', title: GAS.title },
          { path: '/ok/gone.html', title: 'Gone' },
        ]),
        'application/rss+xml',
      ),
    );
    server.route(
      '/bad/invalid.xml',
      fixed(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Open</item></channel></rss>',
        'application/rss+xml',
      ),
    );
    server.route('/bad/slow.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?>');
      setTimeout(() => res.end('<rss/>'), 5000).unref();
    });
    server.route('/bad/huge.xml', fixed(Buffer.alloc(2 * 1024 * 1024, 0x20), 'application/rss+xml'));
    server.route(
      '/bad/bomb.xml',
      fixed(gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20)), 'application/rss+xml', undefined, {
        'content-encoding': 'gzip',
      }),
    );
    server.route('/bad/loop-a', (_req, res) => res.writeHead(302, { location: '/bad/loop-b' }).end());
    server.route('/bad/loop-b', (_req, res) => res.writeHead(302, { location: '/bad/loop-a' }).end());
    server.route('/bad/image.png', fixed(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'));
    for (const [path, name] of [
      ['/bad/invalid.xml', 'invalid'],
      ['/bad/missing.xml', 'missing'],
      ['/bad/slow.xml', 'slow'],
      ['/bad/huge.xml', 'huge'],
      ['/bad/bomb.xml', 'bomb'],
      ['/bad/loop-a', 'loop'],
      ['/bad/image.png', 'image'],
      ['/ok/feed.xml', 'good'],
    ])
      await watch(store, `${server.url}${path}`, name);
    const runs = await runCycle(context(store), { concurrency: 3 });
    const by = new Map(runs.map((r) => [r.feed, r]));
    const expect: Record<string, RegExp> = {
      invalid: /^invalid XML at line 2, column \d+: .*'item'/,
      missing: /^HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/bad\/missing\.xml$/,
      slow: /timed out/,
      huge: /over the limit of 1\.0 MB/,
      bomb: /refused as a compression bomb/,
      loop: /^redirect loop: .*\/bad\/loop-a → .*\/bad\/loop-b → .*\/bad\/loop-a$/,
      image: /content type is "image\/png"/,
    };
    for (const [name, pattern] of Object.entries(expect)) {
      assert.equal(by.get(name)?.status, 'failed', name);
      assert.match(by.get(name)!.error!, pattern, name);
      const stored = (await store.getFeed(name))!;
      assert.equal(stored.state.last_error, by.get(name)!.error);
      assert.equal(stored.state.failures, 1);
      assert.ok(stored.state.last_run);
    }
    const good = by.get('good')!;
    assert.equal(good.status, 'ok');
    assert.deepEqual(
      good.items.map((i) => [i.key.replace(server.url, ''), i.status]),
      [
        ['/ok/gas.html', 'ingested'],
        ['/ok/gone.html', 'failed'],
      ],
    );
    assert.match(good.items[1]!.error!, /^HTTP 404 from /);

    // A failed item is tried again on later runs, then left alone.
    for (let run = 2; run <= MAX_ATTEMPTS + 1; run++) await runCycle(context(store), { only: ['good'] });
    const gone = (await store.listFeedItems('good')).find((i) => i.key.endsWith('/gone.html'))!;
    assert.equal(gone.status, 'failed');
    assert.equal(gone.attempts, MAX_ATTEMPTS);
    assert.equal(server.log.filter((l) => l.path === '/ok/gone.html').length, MAX_ATTEMPTS);
    assert.equal(server.log.filter((l) => l.path === '/ok/gas.html').length, 1);

    // Fixed, a feed's error is cleared on its next run.
    server.route('/bad/missing.xml', fixed(rss(server.url, []), 'application/rss+xml'));
    await runCycle(context(store), { only: ['missing'] });
    const healed = (await store.getFeed('missing'))!;
    assert.equal(healed.state.last_error, undefined);
    assert.equal(healed.state.failures, 0);
  } finally {
    await store.close();
  }
});

test('a plain page is one item per content; the same bytes under another URL are not ingested twice', async () => {
  const store = await datasetStore();
  try {
    let text = page(RAIL.title, RAIL.paragraphs, '2026-10-05');
    server.route('/page/rail.html', (_req, res) => res.writeHead(200, { 'content-type': html }).end(text));
    const id = await watch(store, `${server.url}/page/rail.html`);
    const [first] = await runCycle(context(store));
    assert.equal(first!.format, 'page');
    assert.deepEqual(
      first!.items.map((i) => i.status),
      ['ingested'],
    );
    const [same] = await runCycle(context(store));
    assert.deepEqual(
      same!.items.map((i) => i.status),
      ['seen'],
      'unchanged bytes are not read again',
    );
    text = page(RAIL.title, [...RAIL.paragraphs, 'An update: a second weekly train was announced.'], '2026-10-06');
    const [changed] = await runCycle(context(store));
    assert.deepEqual(
      changed!.items.map((i) => i.status),
      ['ingested'],
      'a changed page is read again',
    );
    assert.equal((await store.getFeed(id))!.state.items_ingested, 2);

    // Two items of a feed whose pages are the same bytes.
    const body = page(PORT.title, PORT.paragraphs, '2026-09-01');
    server.route('/dup/one.html', fixed(body, html));
    server.route('/dup/two.html', fixed(body, html));
    server.route(
      '/dup/feed.xml',
      fixed(
        rss(server.url, [
          { path: '/dup/one.html', title: 'One' },
          { path: '/dup/two.html', title: 'Two' },
        ]),
        'application/rss+xml',
      ),
    );
    const dup = await watch(store, `${server.url}/dup/feed.xml`);
    const [run] = await runCycle(context(store), { only: [dup] });
    assert.deepEqual(
      run!.items.map((i) => i.status),
      ['ingested', 'duplicate'],
    );
    assert.equal(run!.items[1]!.source, run!.items[0]!.source);
  } finally {
    await store.close();
  }
});

test('a watched directory: each new or changed file is ingested once', async () => {
  const store = await datasetStore();
  const dir = mkdtempSync(join(tmpdir(), 'orrery-inbox-'));
  try {
    const md = (a: { title: string; paragraphs: string[] }, date: string): string =>
      `---\ntitle: ${a.title}\ndate: ${date}\n---\n${a.paragraphs.join('\n\n')}\n`;
    writeFileSync(join(dir, 'gas.md'), md(GAS, '2026-11-02'));
    writeFileSync(join(dir, 'port.md'), md(PORT, '2026-11-03'));
    writeFileSync(join(dir, '.hidden.md'), md(RAIL, '2026-11-04'));
    const id = await watch(store, dir, 'inbox');
    const [first] = await runCycle(context(store));
    assert.equal(first!.format, 'directory');
    assert.deepEqual(
      first!.items.map((i) => [i.key.split('@')[0]!.replace(dir, ''), i.status]),
      [
        ['/gas.md', 'ingested'],
        ['/port.md', 'ingested'],
      ],
    );
    const [again] = await runCycle(context(store));
    assert.deepEqual(again!.items, [], 'nothing new');
    writeFileSync(join(dir, 'rail.md'), md(RAIL, '2026-11-05'));
    // Touched but unchanged: read, recognised by its bytes, not ingested again.
    utimesSync(join(dir, 'gas.md'), new Date('2026-11-10'), new Date('2026-11-10'));
    const [third] = await runCycle(context(store));
    assert.deepEqual(third!.items.map((i) => [i.key.split('@')[0]!.replace(dir, ''), i.status]).sort(), [
      ['/gas.md', 'duplicate'],
      ['/rail.md', 'ingested'],
    ]);
    assert.equal((await store.getFeed(id))!.state.items_ingested, 3);
  } finally {
    await store.close();
  }
});
