import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../../src/dataset/load.js';
import { miniRecords, writeMini } from '../helpers/mini.js';

const problemText = (dirs: ReturnType<typeof writeMini>): string[] =>
  loadDataset(dirs.data, dirs.sources).problems.map((p) => [p.where, p.record, p.field, p.message].join(' | '));

test('the mini dataset loads without problems', () => {
  const dirs = writeMini();
  const r = loadDataset(dirs.data, dirs.sources);
  assert.deepEqual(r.problems, []);
  assert.equal(r.dataset.events.length, 3);
  assert.ok(r.citationsChecked);
});

test('an altered source text is caught, naming the record and the field', () => {
  const dirs = writeMini();
  const path = join(dirs.sources, 'mini.txt');
  writeFileSync(path, readFileSync(path, 'utf8').replace('border protocol', 'border treaty'));
  const problems = problemText(dirs);
  assert.ok(
    problems.some((p) => /sources \| mini \| sha256/.test(p)),
    'the source hash no longer matches',
  );
  assert.ok(
    problems.some((p) =>
      /events\/mini.yaml \| border-protocol-2024 \| citations.0 \| .*does not match its hash/.test(p),
    ),
  );
});

test('out-of-range citations, unknown actors and impossible dates are named', () => {
  const rec = miniRecords();
  rec.events[0]!.citations[0]!.end = 99_999;
  rec.events[1]!.recipient = ['ZZZ'];
  rec.events[2]!.date = '2019-02-29';
  const problems = problemText(writeMini(rec));
  assert.ok(
    problems.some((p) => /border-protocol-2024 \| citations.0 \| offsets .* out of range/.test(p)),
    problems.join('\n'),
  );
  assert.ok(problems.some((p) => /troop-move-denied-2024 \| recipient.0 \| unknown actor "ZZZ"/.test(p)));
  assert.ok(problems.some((p) => /leader-visit-2019 \(#3\) \| date \| "2019-02-29" is impossible/.test(p)));
});

test('YAML syntax errors and duplicate ids name the file', () => {
  const dirs = writeMini();
  appendFileSync(join(dirs.data, 'events', 'mini.yaml'), '\n- id: [unclosed\n');
  const rec = miniRecords();
  const dup = writeMini({ ...rec, actors: [...rec.actors, rec.actors[0]!] });
  assert.ok(problemText(dirs).some((p) => /events\/mini.yaml:\d+ .*YAML syntax/.test(p)));
  assert.ok(problemText(dup).some((p) => /actors\/mini.yaml \| AAA \| id \| duplicate id/.test(p)));
});

test('missing source texts leave citations unchecked but everything else loads', () => {
  const dirs = writeMini();
  const r = loadDataset(dirs.data, join(dirs.root, 'nowhere'));
  assert.equal(r.citationsChecked, false);
  assert.deepEqual(r.problems, []);
});
