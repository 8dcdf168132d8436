/**
 * Issue 18's acceptance, end to end with the built command: a feed on 127.0.0.1 publishes two
 * articles (written for this test) about one meeting; `watch run --once` ingests both and
 * corroboration makes them one event citing both; an events rule on the pair fires at once, and a
 * tie rule on the pair fires when the event is accepted from the review queue; the briefing for that
 * month shows the event with both citations (Markdown, HTML), and its PDF opens (`pdftotext`).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixed, page, rss, startFeedServer } from '../ingest/feeds/feed-server.js';
import { datasetDbFile } from '../ingest/feeds/watch-store.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
const server = await startFeedServer();
const db = await datasetDbFile();
const out = mkdtempSync(join(tmpdir(), 'orrery-monitoring-'));
after(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

/** The command as a child process, not blocking this process (whose server it fetches from). */
function orrery(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ORRERY_DB: db }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Two reports of one meeting, in the project's own words.
const FIRST = {
  title: 'Ministers meet in Almaty',
  paragraphs: [
    'Armenia and Azerbaijan held talks in Almaty on 8 October 2026 on reopening road links across their border.',
    'Both sides called the discussion useful, a spokesman in Baku said.',
  ],
};
const SECOND = {
  title: 'Road links on the table',
  paragraphs: [
    'The foreign ministers of Armenia and Azerbaijan held talks in Almaty on 8 October 2026, according to a statement issued in Yerevan.',
    'The statement named no date for a further round.',
  ],
};

interface Firing {
  rule: string;
  evidence: { events: string[]; citations: Array<{ source: string }> };
}

test('a local feed, one corroborated event, alerts on the pair, and a briefing citing both reports', async () => {
  const html = 'text/html; charset=utf-8';
  server.route('/almaty-1.html', fixed(page(FIRST.title, FIRST.paragraphs), html));
  server.route('/almaty-2.html', fixed(page(SECOND.title, SECOND.paragraphs), html));
  server.route(
    '/wire.xml',
    fixed(
      rss(server.url, [
        { path: '/almaty-1.html', title: FIRST.title, date: new Date('2026-10-08T17:00:00Z') },
        { path: '/almaty-2.html', title: SECOND.title, date: new Date('2026-10-09T08:30:00Z') },
      ]),
      'application/rss+xml',
    ),
  );

  // The rules, before anything comes in: new talks involving the pair, and the pair's tie rising.
  const events = await orrery('alert', 'add', 'events', 'Armenia', '--types', 'CONSULT', '--id', 'arm-talks');
  assert.equal(events.code, 0, events.stderr);
  const probe = JSON.parse((await orrery('alert', 'add', 'tie', 'ARM', 'AZE', '--above', '1000', '--json')).stdout) as {
    id: string;
    state: { value: number };
  };
  assert.equal((await orrery('alert', 'remove', probe.id)).code, 0);
  const tie = await orrery(
    'alert',
    'add',
    'tie',
    'ARM',
    'AZE',
    '--above',
    (probe.state.value + 0.001).toFixed(3),
    '--id',
    'arm-aze-up',
  );
  assert.equal(tie.code, 0, tie.stderr);

  assert.equal((await orrery('watch', 'add', `${server.url}/wire.xml`, '--name', 'Almaty wire')).code, 0);
  const run = await orrery('watch', 'run', '--once', '--json');
  assert.equal(run.code, 0, run.stderr);
  const [feed] = JSON.parse(run.stdout).feeds as Array<{
    status: string;
    items: Array<{ status: string; source: string; created: string[]; corroborated: string[] }>;
  }>;
  assert.equal(feed!.status, 'ok');
  assert.deepEqual(
    feed!.items.map((i) => i.status),
    ['ingested', 'ingested'],
  );
  const sources = feed!.items.map((i) => i.source).sort();
  const [eventId] = feed!.items[0]!.created;
  assert.ok(eventId, 'the first report makes an event');
  assert.deepEqual(feed!.items[1]!.corroborated, [eventId], 'the second report corroborates it');
  assert.match(run.stderr, /alert arm-talks: 1 new event involving Armenia \(talks and visits\), 1 pending review/);

  const coded = JSON.parse((await orrery('events', '--origin', 'coded', '--format', 'json')).stdout) as Array<{
    id: string;
    citations: Array<{ source: string }>;
  }>;
  assert.deepEqual(
    coded.map((e) => e.id),
    [eventId],
    'one event, not two',
  );
  assert.deepEqual([...new Set(coded[0]!.citations.map((c) => c.source))].sort(), sources);

  // The user accepts the event from the review queue: it now counts, and the tie rule fires.
  const accepted = await orrery('review', 'accept', eventId!);
  assert.equal(accepted.code, 0, accepted.stderr);
  const fired = JSON.parse((await orrery('alerts', '--json')).stdout) as Firing[];
  assert.deepEqual(fired.map((f) => f.rule).sort(), ['arm-aze-up', 'arm-talks']);
  for (const f of fired) {
    assert.ok(f.evidence.events.includes(eventId!), `${f.rule} names the event`);
    assert.deepEqual([...new Set(f.evidence.citations.map((c) => c.source))].sort(), sources, `${f.rule} cites both`);
  }

  // The briefing for October 2026 on the pair.
  const month = ['brief', '--at', '2026-10-31', '--since', '2026-10-01', '--pair', 'ARM,AZE'];
  const md = await orrery(...month, '--format', 'md');
  assert.equal(md.code, 0, md.stderr);
  const line = md.stdout.split('\n').find((l) => /^- \*\*8 Oct\*\*: Armenia and Azerbaijan/.test(l));
  assert.ok(line, `the meeting among the dated facts:\n${md.stdout}`);
  for (const s of sources) assert.ok(line.includes(`source=${s}&`), `the fact cites ${s}: ${line}`);
  assert.doesNotMatch(line, /CONSULT|coded/, "prose, not the coder's codes");
  // Ahead: both alerts, in prose (names, not ids or codes), citing both reports.
  const ahead = md.stdout.split('\n').filter((l) => l.startsWith('- Alert fired'));
  assert.equal(ahead.length, 2, md.stdout);
  assert.ok(
    ahead.some((l) => /the tie between Armenia and Azerbaijan rose above \d+(\.\d{1,3})?: /.test(l)),
    ahead.join('\n'),
  );
  assert.ok(
    ahead.some((l) =>
      /1 new event involving Armenia \(talks and visits\), 1 pending review: Armenia and Azerbaijan hold talks /.test(
        l,
      ),
    ),
    ahead.join('\n'),
  );
  for (const l of ahead) {
    assert.doesNotMatch(l.replace(/\]\([^)]*\)/g, ']'), /\bARM\b|\bAZE\b|CONSULT|coded/, l);
    for (const s of sources) assert.ok(l.includes(`source=${s}&`), `the alert cites ${s}: ${l}`);
  }

  const htmlFile = join(out, 'october.html');
  assert.equal((await orrery(...month, '--format', 'html', '-o', htmlFile)).code, 0);
  const doc = readFileSync(htmlFile, 'utf8');
  for (const s of sources) assert.match(doc, new RegExp(`data-cite="${s}:\\d+-\\d+"`));

  const pdfFile = join(out, 'october.pdf');
  const pdf = await orrery(...month, '--format', 'pdf', '-o', pdfFile);
  assert.equal(pdf.code, 0, pdf.stderr);
  const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  assert.equal(text.status, 0, `pdftotext: ${text.stderr} (apt-get install poppler-utils)`);
  assert.match(text.stdout, /Armenia/);
  assert.match(text.stdout, /8 Oct/);
});
