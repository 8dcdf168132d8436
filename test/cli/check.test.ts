/**
 * `orrery check` on SQLite stores, and the atomic commands it watches over, as child processes on
 * temporary stores: a healthy store; a tampered citation hash, a deleted source, a dropped index; an
 * import with no usable row; a duplicated row counted once; `review accept|reject` with several ids,
 * all or none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { openStore } from '../../src/store/open.js';
import { initStore } from '../../src/store/init.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { GDELT_ROWS, gdeltText } from '../ingest/exchange/gdelt-file.js';

type Report = {
  ok: boolean;
  problems: Array<{ check: string; message: string; repair: string }>;
  counts: { events: number; citations_checked: number; imported_citations_sampled: number };
};

const TEXT =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

/** A mini store with an ingested document (coded events pending review) and an imported GDELT file. */
async function prepared(): Promise<{
  env: Record<string, string>;
  db: string;
  root: string;
  created: string[];
  doc: string;
}> {
  const dirs = writeMini();
  const store = await openStore(dirs.db);
  await initStore(store, dirs.data, dirs.sources);
  const r = await ingestDocument(store, { text: TEXT, filename: 'wire.txt', published: '2024-03-05' });
  await store.close();
  const env = miniEnv(dirs);
  const file = join(dirs.root, 'events.CSV');
  writeFileSync(file, gdeltText(GDELT_ROWS));
  const imported = orrery(['import', file, '--format', 'gdelt'], env);
  assert.equal(imported.code, 0, imported.stderr);
  return { env, db: dirs.db, root: dirs.root, created: r.created, doc: r.source.id };
}

const check = (env: Record<string, string>): { code: number; report: Report; stderr: string } => {
  const r = orrery(['check', '--json'], env);
  return { code: r.code, report: JSON.parse(r.stdout || '{}') as Report, stderr: r.stderr };
};

test('check: a healthy store is sound (exit 0), citations of every origin checked', async () => {
  const { env } = await prepared();
  const r = check(env);
  assert.equal(r.code, 0, JSON.stringify(r.report.problems) + r.stderr);
  assert.equal(r.report.ok, true);
  assert.ok(r.report.counts.citations_checked > 5, 'curated, coded and imported citations checked');
  assert.equal(r.report.counts.imported_citations_sampled, 5, 'every row of a small import is sampled');
  const human = orrery(['check'], env);
  assert.match(human.stdout, /^sound: sqlite store /);
});

test('check: a tampered citation hash, a deleted source and a dropped index are named, with repairs (exit 1)', async () => {
  const { env, db, doc, created } = await prepared();
  const raw = new Database(db);
  raw.prepare('UPDATE events SET cite_sha256 = ? WHERE id = ?').run('0'.repeat(64), 'gdelt-1160000002');
  raw.exec('DROP INDEX events_lone_actor');
  raw.close();
  const tampered = check(env);
  assert.equal(tampered.code, 1);
  const citations = tampered.report.problems.find((p) => p.check === 'citations');
  assert.ok(citations, JSON.stringify(tampered.report.problems));
  assert.match(
    citations.message,
    /1 citation\(s\) of source "gdelt-[0-9a-f]{12}" do not match its text.*event gdelt-1160000002/,
  );
  const index = tampered.report.problems.find((p) => p.check === 'indexes');
  assert.ok(index);
  assert.match(index.message, /index events_lone_actor is missing/);
  assert.match(index.repair, /CREATE INDEX events_lone_actor ON events\(lone_actor\)/);

  const gone = new Database(db);
  gone.prepare('DELETE FROM sources WHERE id = ?').run(doc);
  gone.close();
  const r = orrery(['check'], env);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    new RegExp(
      `\\[references\\] ${created.length} citation\\(s\\) point at source "${doc}", which the store does not hold`,
    ),
  );
  assert.match(r.stdout, /repair: ingest the document again/);
});

test('check: no store at all, and a file that is not a database', () => {
  const dirs = writeMini();
  const env = { ...miniEnv(dirs), ORRERY_DB: join(dirs.root, 'none.db') };
  const missing = orrery(['check'], env);
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /there is no store at .*none\.db[\s\S]*repair: run `orrery init`/);
  const junk = join(dirs.root, 'junk.db');
  writeFileSync(junk, 'this is not a database '.repeat(100));
  const bad = orrery(['check'], { ...env, ORRERY_DB: junk });
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /\[integrity\]/);
});

test('import: a PNG given as GDELT stores nothing, no source record, and says why (exit 4)', async () => {
  const { env, root } = await prepared();
  const before = orrery(['sources', '--json'], env).stdout;
  const png = join(root, 'picture.png');
  writeFileSync(
    png,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2000, 7),
      Buffer.from('\n\x00\x01\n'),
    ]),
  );
  const r = orrery(['import', png, '--format', 'gdelt'], env);
  assert.equal(r.code, 4, r.stderr);
  assert.match(r.stderr, /cannot import .*picture\.png as gdelt/);
  assert.match(r.stderr, /no usable gdelt row in \d+ line\(s\) read: \d+ malformed \(first: line 1: /);
  assert.match(r.stderr, /Nothing was stored/);
  assert.equal(orrery(['sources', '--json'], env).stdout, before, 'no Source record was written');
  // Well-formed rows none of which is a PLOVER event: nothing stored either.
  const chatter = join(root, 'chatter.CSV');
  writeFileSync(
    chatter,
    gdeltText(GDELT_ROWS.map((row, i) => row.map((v, j) => (j === 0 ? String(1190000000 + i) : j === 26 ? '010' : v)))),
  );
  const c = orrery(['import', chatter, '--format', 'gdelt'], env);
  assert.equal(c.code, 4, c.stdout);
  assert.match(c.stderr, /skipped \(CAMEO 01x: not a PLOVER event\)/);
  assert.equal(orrery(['sources', '--json'], env).stdout, before);
  assert.equal(check(env).code, 0);
});

test('import: a duplicated row is counted once, as a duplicate', async () => {
  const { env, root } = await prepared();
  const file = join(root, 'dup.CSV');
  const rows = GDELT_ROWS.map((row, i) => row.map((v, j) => (j === 0 ? String(1180000000 + i) : v)));
  writeFileSync(file, gdeltText([...rows, rows[1]!]));
  const r = orrery(['import', file, '--format', 'gdelt', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  // Six rows (one not a PLOVER event) and the second again.
  assert.deepEqual([report.lines, report.imported, report.duplicates], [7, 5, 1]);
  const human = orrery(['import', join(root, 'dup.CSV'), '--format', 'gdelt'], env);
  assert.match(human.stdout, /already imported/);
});

test('review accept|reject with several ids: all or none, failing ids named with their reasons', async () => {
  const { env, created } = await prepared();
  const pending = (): string[] =>
    (JSON.parse(orrery(['review', '--json'], env).stdout) as Array<{ id: string }>).map((e) => e.id).sort();
  const before = pending();
  assert.deepEqual(before, [...created].sort());
  const [good] = created as [string];
  const missing = orrery(['review', 'accept', good, 'no-such-event'], env);
  assert.equal(missing.code, 3, missing.stderr);
  assert.match(missing.stderr, /nothing was changed: 1 of 2 event\(s\) cannot be accepted/);
  assert.match(missing.stderr, /no-such-event: not found/);
  assert.match(missing.stderr, new RegExp(`${good}\\) were not accepted either`));
  assert.doesNotMatch(missing.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(pending(), before, 'the good id was not accepted');
  const curated = orrery(['review', 'reject', good, 'border-protocol-2024'], env);
  assert.equal(curated.code, 2);
  assert.match(curated.stderr, /border-protocol-2024: not coded/);
  assert.deepEqual(pending(), before);
  const all = orrery(['review', 'accept', ...created, '--json'], env);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(pending(), []);

  const mode = orrery(['review', 'edit', good, '--mode', 'bogus'], env);
  assert.equal(mode.code, 2, mode.stderr);
  assert.match(mode.stderr, /mode: "bogus" is not a mode of [A-Z]+; allowed: /);
  assert.doesNotMatch(mode.stderr, /ZodError|\n\s+at /);
});
