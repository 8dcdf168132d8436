/**
 * `orrery watch` as a user runs it (the built command, a child process) against a real server on
 * 127.0.0.1: add, list, run --once, remove; bad targets refused with their exit codes; and the
 * acceptance case: a feed publishes two reports of one event, `watch run --once` ingests both, and
 * corroboration makes them one event citing both.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GABALA_A, GABALA_B } from '../ingest/feeds/articles.js';
import { fixed, page, rss, startFeedServer } from '../ingest/feeds/feed-server.js';
import { datasetDbFile } from '../ingest/feeds/watch-store.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
const server = await startFeedServer();
after(() => server.close());
const db = await datasetDbFile();

/** The command, run without blocking this process (whose server it fetches from). */
function orrery(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ORRERY_DB: db }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('watch add, run --once, list, remove: two reports of one event become one event with two citations', async () => {
  const html = 'text/html; charset=utf-8';
  server.route('/a.html', fixed(page(GABALA_A.title, GABALA_A.paragraphs), html));
  server.route('/b.html', fixed(page(GABALA_B.title, GABALA_B.paragraphs, '2026-11-15'), html));
  server.route(
    '/feed.xml',
    fixed(
      rss(server.url, [
        { path: '/a.html', title: GABALA_A.title, date: new Date('2026-11-14T18:00:00Z') },
        { path: '/b.html', title: GABALA_B.title },
      ]),
      'application/rss+xml',
      '"w1"',
    ),
  );
  const added = await orrery('watch', 'add', `${server.url}/feed.xml`, '--name', 'Local wire', '--every', '30m');
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /^watching http:\/\/127\.0\.0\.1:\d+\/feed\.xml as local-wire \(url, every 30m\)/);

  const run = await orrery('watch', 'run', '--once', '--json');
  assert.equal(run.code, 0, run.stderr);
  const [feed] = JSON.parse(run.stdout).feeds as Array<{
    status: string;
    items: Array<{ status: string; source: string; created: string[]; corroborated: string[]; dated_by: string }>;
  }>;
  assert.equal(feed!.status, 'ok');
  assert.deepEqual(
    feed!.items.map((i) => [i.status, i.dated_by]),
    [
      ['ingested', 'item'],
      ['ingested', 'page'],
    ],
  );
  const [eventId] = feed!.items[0]!.created;
  assert.ok(eventId);
  assert.deepEqual(feed!.items[1]!.corroborated, [eventId]);

  const events = await orrery('events', '--origin', 'coded', '--format', 'json');
  assert.equal(events.code, 0, events.stderr);
  const coded = JSON.parse(events.stdout) as Array<{ id: string; citations: Array<{ source: string }> }>;
  assert.equal(coded.length, 1, 'one event, not two');
  assert.deepEqual(coded[0]!.citations.map((c) => c.source).sort(), feed!.items.map((i) => i.source).sort());

  const again = await orrery('watch', 'run', '--once');
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /local-wire .* not-modified .* not modified \(304\)/s);

  const list = await orrery('watch', 'list', '--json');
  const [state] = JSON.parse(list.stdout) as Array<{ id: string; state: { items_seen: number; etag: string } }>;
  assert.equal(state!.id, 'local-wire');
  assert.equal(state!.state.items_seen, 2);
  assert.equal(state!.state.etag, '"w1"');

  assert.equal((await orrery('watch', 'remove', 'local-wire')).code, 0);
  assert.equal(
    (await orrery('watch', 'list')).stdout.trim(),
    'no feeds are watched: `orrery watch add <url|directory>`',
  );
});

test('watch: a failing feed shows in list and sets the exit code; bad targets are refused', async () => {
  assert.equal((await orrery('watch', 'add', `${server.url}/nothing.xml`, '--name', 'broken')).code, 0);
  const run = await orrery('watch', 'run', '--once', '--retries', '0');
  assert.equal(run.code, 1);
  assert.match(run.stdout, /broken .* failed .* HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/nothing\.xml/s);
  const list = await orrery('watch', 'list');
  assert.match(list.stdout, /failing \(1 run\)/);
  assert.match(list.stdout, /HTTP 404/);

  const ftp = await orrery('watch', 'add', 'ftp://example.org/feed.xml');
  assert.equal(ftp.code, 2);
  assert.match(ftp.stderr, /only http and https URLs are fetched, not ftp \(ftp:\/\/example\.org\/feed\.xml\)/);
  const loopback = await orrery('watch', 'add', `${server.url}/feed.xml`, '--public');
  assert.equal(loopback.code, 2);
  assert.match(loopback.stderr, /127\.0\.0\.1:\d+ is not a public address/);
  const missing = await orrery('watch', 'add', '/no/such/inbox');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such directory/);
  const gone = await orrery('watch', 'remove', 'nothing-here');
  assert.equal(gone.code, 3);
  assert.match(gone.stderr, /no watched feed "nothing-here"/);
  const every = await orrery('watch', 'add', `${server.url}/x.xml`, '--every', 'soon');
  assert.equal(every.code, 2);
  assert.match(every.stderr, /--every: give a period like 30m, 1h or 1d, not "soon"/);
});
