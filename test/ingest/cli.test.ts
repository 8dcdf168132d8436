/**
 * `orrery ingest` and `orrery review` end to end, as child processes on a temporary store loaded
 * with the shipped dataset: ingest an article, review it, accept it, and find its event with its
 * passage in the timeline; directory runs past bad files; idempotence; stale reviews refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orrery } from '../helpers/cli.js';
import { makePdf } from './helpers/pdf.js';

const root = mkdtempSync(join(tmpdir(), 'orrery-ingest-cli-'));
const env = { ORRERY_DB: join(root, 'orrery.db') };
const run = (...args: string[]): ReturnType<typeof orrery> => orrery(args, env);

// An article written for this test (not from any source document).
const ARTICLE = [
  'Tbilisi talks',
  '',
  'Armenian Prime Minister Nikol Pashinyan visited Tbilisi on 11 March 2024 for talks on transit.',
  'Officials in Baku gave no comment.',
  '',
].join('\n');

test('ingest, review, accept: the event shows in the timeline with its passage', () => {
  const file = join(root, 'tbilisi.md');
  writeFileSync(file, `---\ntitle: Tbilisi talks\ndate: 2024-03-12\n---\n${ARTICLE}`);
  const ingested = run('ingest', file, '--json');
  assert.equal(ingested.code, 0, ingested.stderr);
  const report = JSON.parse(ingested.stdout);
  const doc = report.documents[0];
  assert.equal(doc.status, 'ingested');
  assert.equal(doc.source.published, '2024-03-12', 'the date from the front matter');
  assert.ok(doc.created.length >= 1, 'at least one event coded');

  const listed = run('review', '--json');
  assert.equal(listed.code, 0, listed.stderr);
  const pending = JSON.parse(listed.stdout) as Array<{
    id: string;
    event_type: string;
    actor_country: string[];
    recipient_country: string[];
    version: string;
    rule: string;
    passages: Array<{ text: string }>;
  }>;
  const visit = pending.find(
    (p) => p.event_type === 'CONSULT' && p.actor_country.includes('ARM') && p.recipient_country.includes('GEO'),
  );
  assert.ok(
    visit,
    `a CONSULT ARM → GEO event among ${JSON.stringify(pending.map((p) => [p.event_type, p.actor_country, p.recipient_country]))}`,
  );
  assert.match(visit.passages[0]!.text, /^Armenian Prime Minister Nikol Pashinyan visited Tbilisi/);
  assert.ok(visit.rule);
  const human = run('review');
  assert.match(
    human.stdout,
    new RegExp(`${visit.id}[\\s\\S]*“Armenian Prime Minister Nikol Pashinyan visited Tbilisi`),
  );

  const accepted = run('review', 'accept', visit.id, '--if-match', visit.version);
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stdout, new RegExp(`${visit.id}: accepted`));
  const stale = run('review', 'reject', visit.id, '--if-match', visit.version);
  assert.equal(stale.code, 7, 'a decision made on the old version is a conflicting write');
  assert.match(stale.stderr, /changed by someone else/);

  const timeline = run('timeline', 'ARM,GEO', '--json');
  assert.equal(timeline.code, 0, timeline.stderr);
  const event = JSON.parse(timeline.stdout).events.find((e: { id: string }) => e.id === visit.id);
  assert.ok(event, 'the accepted event is in the Armenia–Georgia timeline');
  assert.equal(event.date, '2024-03-11');
  assert.equal(event.review, 'accepted');
  assert.match(run('timeline', 'ARM,GEO').stdout, new RegExp(visit.id.slice(0, 30)));
  const shown = run('show', visit.id);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(
    shown.stdout,
    /“Armenian Prime Minister Nikol Pashinyan visited Tbilisi on 11 March 2024 for talks on transit\.”/,
  );

  const again = run('ingest', file);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /already stored as doc-/);
  assert.match(again.stdout, /0 ingested, 1 already stored, 0 failed/);
});

test('a directory run goes on past bad files and reports what failed and why', () => {
  const dir = join(root, 'inbox');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  writeFileSync(
    join(dir, 'good.html'),
    '<html><head><meta property="article:published_time" content="2024-04-02"></head><body><article><p>Azerbaijan accused Armenia of shelling its positions on 1 April 2024.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'scan.pdf'), makePdf([null]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  writeFileSync(join(dir, 'sub', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'sub', 'undated.txt'), 'Russia and Armenia held talks in Moscow last week.\n');
  writeFileSync(join(dir, '.hidden.txt'), 'ignored');
  const r = run('ingest', dir, '--json');
  assert.equal(r.code, 1, 'some documents failed');
  const report = JSON.parse(r.stdout);
  const byFile = Object.fromEntries(report.documents.map((d: { file: string }) => [d.file.slice(dir.length + 1), d]));
  assert.deepEqual(Object.keys(byFile).sort(), [
    'empty.txt',
    'good.html',
    'image.png',
    'scan.pdf',
    'sub/latin1.txt',
    'sub/undated.txt',
  ]);
  assert.equal(byFile['good.html'].status, 'ingested');
  assert.match(byFile['scan.pdf'].error, /no text layer/);
  assert.match(byFile['empty.txt'].error, /empty/);
  assert.match(byFile['image.png'].error, /binary file \(a PNG image\)/);
  assert.match(byFile['sub/latin1.txt'].error, /invalid UTF-8 at line 1/);
  assert.match(byFile['sub/undated.txt'].error, /no publication date/);
  assert.deepEqual(report.summary, { documents: 6, ingested: 1, duplicate: 0, failed: 5 });
  const human = run('ingest', dir);
  assert.match(human.stdout, /6 documents: 0 ingested, 1 already stored, 5 failed/);
  const single = run('ingest', join(dir, 'scan.pdf'));
  assert.equal(single.code, 4, 'one bad file: the exit code of its error');
  assert.match(single.stderr, /scan\.pdf.*no text layer/);
  assert.equal(
    run('ingest', join(dir, 'sub', 'undated.txt')).code,
    2,
    'no date in a non-interactive run is a usage error',
  );
  assert.equal(run('ingest', join(dir, 'good.html'), '--published', '2024-02-30').code, 2);
});

test('review edit corrects and accepts; bad edits are refused with their reason', () => {
  const file = join(root, 'edit.txt');
  writeFileSync(file, 'Edit test.\nRussia accused Azerbaijan of detaining its citizens on 2 July 2025.\n');
  const r = run('ingest', file, '--published', '2025-07-03', '--kind', 'analysis', '--json');
  assert.equal(r.code, 0, r.stderr);
  const id = JSON.parse(r.stdout).documents[0].created[0] as string;
  assert.ok(id);
  assert.equal(run('review', 'edit', id).code, 2, 'nothing to edit');
  assert.equal(run('review', 'edit', id, '--type', 'WAVE').code, 2);
  assert.equal(run('review', 'edit', id, '--actor', 'Atlantis').code, 3);
  const ok = run(
    'review',
    'edit',
    id,
    '--type',
    'SANCTION',
    '--mode',
    'expel',
    '--actor',
    'Moscow',
    '--recipient',
    'AZE',
    '--json',
  );
  assert.equal(ok.code, 0, ok.stderr);
  const [edited] = JSON.parse(ok.stdout);
  assert.deepEqual(
    [edited.event_type, edited.mode, edited.actor, edited.recipient, edited.review],
    ['SANCTION', 'expel', ['RUS'], ['AZE'], 'accepted'],
  );
  assert.equal(run('review', 'accept', 'no-such-event').code, 3);
});
