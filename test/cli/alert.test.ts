/**
 * `orrery alert` and `orrery alerts` as a user runs them (the built command, a child process), with
 * a feed server and a webhook receiver on 127.0.0.1: rules added (unknown actors refused), evaluated
 * after `watch run --once` and after `review accept`, what fired listed with its evidence, and each
 * firing POSTed to the rule's webhook as JSON.
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

interface Firing {
  rule: string;
  message: string;
  evidence: { events: string[]; citations: Array<{ source: string }> };
  delivery?: { url: string; status?: number; error?: string };
}

test('alert rules: unknown actors refused; events and tie rules fire after watch and review, to a webhook too', async () => {
  const hooks: Array<{ type: string | undefined; body: { rule: { id: string }; alert: Firing } }> = [];
  server.route('/hook', (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hooks.push({ type: req.headers['content-type'], body: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });

  const unknown = await orrery('alert', 'add', 'tie', 'AZE', 'Narnia', '--below', '-2');
  assert.equal(unknown.code, 3);
  assert.match(unknown.stderr, /no actor "Narnia"/);
  const noValue = await orrery('alert', 'add', 'tie', 'AZE', 'RUS');
  assert.equal(noValue.code, 2);
  assert.match(noValue.stderr, /needs one of --below VALUE or --above VALUE/);

  const talks = await orrery(
    'alert',
    'add',
    'events',
    'Armenia',
    '--types',
    'CONSULT',
    '--id',
    'armenia-talks',
    '--webhook',
    `${server.url}/hook`,
  );
  assert.equal(talks.code, 0, talks.stderr);
  assert.match(talks.stdout, /^added armenia-talks: events involving ARM of type CONSULT, posted to http/);

  // A tie rule set just above the ARM–AZE tie as it stands: accepting the talks should lift it over.
  const probe = JSON.parse((await orrery('alert', 'add', 'tie', 'ARM', 'AZE', '--above', '1000', '--json')).stdout) as {
    id: string;
    state: { value: number };
  };
  assert.equal((await orrery('alert', 'remove', probe.id)).code, 0);
  const above = String(probe.state.value + 0.001);
  assert.equal(
    (await orrery('alert', 'add', 'tie', 'Armenia', 'Azerbaijan', '--above', above, '--id', 'arm-aze-up')).code,
    0,
  );
  assert.equal((await orrery('alerts')).stdout.trim(), 'no alert has fired', 'adding rules reports no history');

  const html = 'text/html; charset=utf-8';
  server.route('/a.html', fixed(page(GABALA_A.title, GABALA_A.paragraphs), html));
  server.route('/b.html', fixed(page(GABALA_B.title, GABALA_B.paragraphs), html));
  server.route(
    '/feed.xml',
    fixed(
      rss(server.url, [
        { path: '/a.html', title: GABALA_A.title, date: new Date('2026-11-14T18:00:00Z') },
        { path: '/b.html', title: GABALA_B.title, date: new Date('2026-11-15T09:00:00Z') },
      ]),
      'application/rss+xml',
    ),
  );
  assert.equal((await orrery('watch', 'add', `${server.url}/feed.xml`)).code, 0);
  const watched = await orrery('watch', 'run', '--once');
  assert.equal(watched.code, 0, watched.stderr);
  assert.match(
    watched.stderr,
    /orrery: alert armenia-talks: 1 new event involving Armenia \(talks and visits\), 1 pending review/,
  );

  const fired = JSON.parse((await orrery('alerts', '--json')).stdout) as Firing[];
  assert.equal(fired.length, 1);
  const [f] = fired;
  assert.equal(f!.rule, 'armenia-talks');
  assert.equal(f!.evidence.events.length, 1, 'one event: the two reports were merged');
  assert.equal(new Set(f!.evidence.citations.map((c) => c.source)).size, 2, 'citing both reports');
  assert.deepEqual(f!.delivery && { url: f!.delivery.url, status: f!.delivery.status }, {
    url: `${server.url}/hook`,
    status: 204,
  });
  assert.equal(hooks.length, 1);
  assert.equal(hooks[0]!.type, 'application/json');
  assert.equal(hooks[0]!.body.rule.id, 'armenia-talks');
  assert.deepEqual(hooks[0]!.body.alert.evidence.events, f!.evidence.events);

  // Pending, the event does not move the tie; accepted, it does, and the tie rule fires.
  const eventId = f!.evidence.events[0]!;
  const accepted = await orrery('review', 'accept', eventId);
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stderr, /orrery: alert arm-aze-up: the tie between Armenia and Azerbaijan rose above /);
  const up = JSON.parse((await orrery('alerts', '--rule', 'arm-aze-up', '--json')).stdout) as Firing[];
  assert.equal(up.length, 1);
  assert.ok(up[0]!.evidence.events.includes(eventId));

  const listed = await orrery('alert', 'list');
  assert.match(listed.stdout, /armenia-talks/);
  assert.match(listed.stdout, /arm-aze-up/);
  assert.equal((await orrery('alert', 'remove', 'armenia-talks')).code, 0);
  const gone = await orrery('alert', 'remove', 'armenia-talks');
  assert.equal(gone.code, 3);
  assert.match(gone.stderr, /no alert rule "armenia-talks"/);
});
