/** `orrery import` and `orrery export` as child processes on a temporary store. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { miniEnv, orrery } from '../../helpers/cli.js';
import { writeMini } from '../../helpers/mini.js';
import { THREADS_FROM_BYTES } from '../../../src/ingest/exchange/importer.js';
import { GDELT_ROWS, gdeltText, manyGdeltRows } from './gdelt-file.js';

const dirs = writeMini();
const env = miniEnv(dirs);

test('import a GDELT file, filter imported events apart, export them again', () => {
  const file = join(dirs.root, 'events.CSV');
  writeFileSync(file, `${gdeltText(GDELT_ROWS)}${GDELT_ROWS[0]!.slice(0, 30).join('\t')}\n`);
  const r = orrery(['import', file, '--format', 'gdelt', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.imported, 5);
  assert.deepEqual(report.problems, [
    { where: file, record: 'line 7', message: '30 tab-separated columns; a GDELT 2.0 event row has 61 (truncated?)' },
  ]);
  const human = orrery(['import', file, '--format', 'gdelt'], env);
  assert.match(human.stdout, /already imported as source gdelt-[0-9a-f]{12}/);
  const imported = orrery(['events', '--origin', 'imported', '--format', 'jsonl'], env)
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(imported.length, 5);
  assert.ok(
    imported.every((e) => e.origin === 'imported' && e.dataset === 'gdelt' && /^116000000\d$/.test(e.external_id)),
  );
  assert.equal(orrery(['events', '--origin', 'curated', '--format', 'jsonl'], env).stdout.trim().split('\n').length, 3);
  const shown = orrery(['show', 'gdelt-1160000002'], env);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /“1160000002 20240313 .*AZEGOV/, 'the cited passage is the row');
  const gdelt = orrery(['export', '--format', 'gdelt', '--origin', 'imported', '--type', 'CONSULT'], env);
  assert.equal(gdelt.code, 0, gdelt.stderr);
  const rows = gdelt.stdout
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  assert.deepEqual(
    rows.map((x) => [x.length, x[0], x[26]]),
    [
      [61, '1160000002', '042'],
      [61, '1160000003', '043'],
    ],
  );
  const out = join(dirs.root, 'out.jsonl');
  const polecat = orrery(['export', '--format', 'polecat', '--actor', 'AAA', '--output', out], env);
  assert.equal(polecat.code, 0, polecat.stderr);
  assert.equal(polecat.stdout, '');
});

test('bad imports: unknown format, missing file, a file that is not ICEWS, an empty file', () => {
  assert.equal(orrery(['import', 'x', '--format', 'acled'], env).code, 2);
  const missing = orrery(['import', join(dirs.root, 'nope.tab'), '--format', 'icews'], env);
  assert.equal(missing.code, 4);
  assert.match(missing.stderr, /nope\.tab: no such file/);
  const notIcews = join(dirs.root, 'not-icews.tab');
  writeFileSync(notIcews, 'a\tb\tc\n1\t2\t3\n');
  const r = orrery(['import', notIcews, '--format', 'icews'], env);
  assert.equal(r.code, 4);
  assert.match(r.stderr, /line 1: not an ICEWS header: missing column\(s\) Event ID/);
  const empty = join(dirs.root, 'empty.jsonl');
  writeFileSync(empty, '');
  const e = orrery(['import', empty, '--format', 'polecat'], env);
  assert.equal(e.code, 4);
  assert.match(e.stderr, /empty\.jsonl: the file is empty/);
  assert.equal(
    JSON.parse(orrery(['stats', '--json'], env).stdout).counts.events_by_origin.imported,
    5,
    'failed imports left nothing',
  );
});

test('a file large enough to be read in a worker thread: the installed command imports it and exits', () => {
  const file = join(dirs.root, 'large.export.CSV');
  const rows = manyGdeltRows(40_000);
  const text = gdeltText(rows);
  assert.ok(Buffer.byteLength(text) > THREADS_FROM_BYTES, 'over the size from which the worker reads');
  writeFileSync(file, text);
  const r = orrery(['import', file, '--format', 'gdelt', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const coded = rows.filter((x) => x[26] !== '010').length;
  assert.deepEqual(
    [report.lines, report.imported, report.skipped],
    [40_000, coded, { 'CAMEO 01x: not a PLOVER event': 40_000 - coded }],
  );
  assert.deepEqual([report.first_date, report.last_date], ['2024-03-01', '2024-03-28']);
  const shown = orrery(['show', 'gdelt-1170039999'], env);
  assert.equal(shown.code, 0, shown.stderr);
  const [lastId, lastDay] = rows.at(-1)!;
  assert.ok(shown.stdout.includes(`“${lastId} ${lastDay} `), 'the last row cites itself');
});
