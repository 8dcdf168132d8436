/**
 * `serve --watch`: the watch schedule inside the server, on a real store and a real feed server on
 * 127.0.0.1. Items are read and coded in a worker thread, so the API keeps answering while a cycle
 * runs; GET /api/feeds shows each feed's state; an undated item is dated by the fetch day.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { defaultDataDir, defaultSourcesDir, projectRoot } from '../../src/dataset/paths.js';
import { newFeed } from '../../src/ingest/feeds/feed-records.js';
import { createApp } from '../../src/server/app.js';
import { startServerWatch } from '../../src/server/watch.js';
import type { AlertFiring, Feed } from '../../src/model/index.js';
import { addAlertRule } from '../../src/operations/alerts/rules.js';
import { GABALA_A, GABALA_B } from '../ingest/feeds/articles.js';
import { fixed, page, rss, startFeedServer } from '../ingest/feeds/feed-server.js';
import { datasetStore } from '../ingest/feeds/watch-store.js';

const feeds = await startFeedServer();
after(() => feeds.close());

test('serve --watch: feeds are read off the request thread; GET /api/feeds and /api/alerts show what happened', async () => {
  const store = await datasetStore();
  const logged: string[] = [];
  const { app, ctx } = createApp({
    store,
    dataDir: defaultDataDir(),
    sourcesDir: defaultSourcesDir(),
    geoDir: join(projectRoot(), '..', 'shared', 'geo'),
    webDir: join(projectRoot(), 'web', 'dist'),
    checkResponses: true,
    log: (line) => logged.push(line),
  });
  const html = 'text/html; charset=utf-8';
  feeds.route('/s/a.html', fixed(page(GABALA_A.title, GABALA_A.paragraphs), html));
  feeds.route('/s/b.html', fixed(page(GABALA_B.title, GABALA_B.paragraphs), html));
  feeds.route(
    '/s/feed.xml',
    fixed(
      rss(feeds.url, [
        { path: '/s/a.html', title: GABALA_A.title, date: new Date('2026-11-14T12:00:00Z') },
        { path: '/s/b.html', title: GABALA_B.title },
      ]),
      'application/rss+xml',
    ),
  );
  await store.putFeed(await newFeed({ target: `${feeds.url}/s/feed.xml`, name: 'served' }, new Set()));
  await addAlertRule(store, { kind: 'events', targets: ['Azerbaijan'], types: ['CONSULT'], id: 'aze-talks' });
  const lines: string[] = [];
  const watching = startServerWatch(ctx, { tickMs: 50, log: (l) => lines.push(l) });
  try {
    // Requests answered while the cycle runs, each timed.
    const waits: number[] = [];
    let feed: Feed | undefined;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const t0 = performance.now();
      const r = await app.request('/api/health');
      waits.push(performance.now() - t0);
      assert.equal(r.status, 200);
      feed = (await store.getFeed('served'))!;
      if (feed.state.items_ingested === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(feed?.state.items_ingested, 2, lines.join('\n'));
    assert.ok(waits.length >= 3, 'the API answered during the cycle');
    const slowest = Math.max(...waits);
    assert.ok(slowest < 1000, `the API kept answering (slowest ${slowest.toFixed(0)} ms)`);

    const listed = await app.request('/api/feeds');
    assert.equal(listed.status, 200);
    const [shown] = (await listed.json()) as Feed[];
    assert.equal(shown!.id, 'served');
    assert.equal(shown!.state.items_seen, 2);
    const items = await store.listFeedItems('served');
    assert.deepEqual(
      items.map((i) => i.dated_by).sort(),
      ['fetch', 'item'],
      'the undated report dated by the fetch day',
    );
    const event = (await store.getEvent(items.find((i) => i.created.length)!.created[0]!))!;
    assert.equal(event.citations.length, 2, 'the two reports corroborate one event');
    assert.ok(
      lines.some((l) => /^watch: served: ok, \d ingested$/.test(l)),
      lines.join('\n'),
    );

    // The rules are evaluated after the cycle, off the answer: GET /api/alerts shows the firing.
    let fired: AlertFiring[] = [];
    while (Date.now() < deadline && !fired.length) {
      fired = (await (await app.request('/api/alerts')).json()) as AlertFiring[];
      if (!fired.length) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(fired.length, 1, lines.join('\n'));
    assert.equal(fired[0]!.rule, 'aze-talks');
    assert.deepEqual(fired[0]!.evidence.events, [event.id]);
    // Evaluated after each item's ingest job: the firing came with the first report, citing it.
    assert.ok(fired[0]!.evidence.citations.length >= 1);
    assert.ok(
      logged.some((l) => l.startsWith('alert aze-talks: 1 new event involving Azerbaijan (talks and visits)')),
      logged.join('\n'),
    );
    assert.deepEqual(await (await app.request('/api/alerts?rule=nothing')).json(), []);
  } finally {
    await watching.stop();
    await store.close();
  }
});
