/**
 * The CAMEO codebook examples as a gold set (cameo-examples.ts, cameo-score.ts) and `orrery eval
 * --gold-format cameo-examples`, on a small table in the published layout with sentences written for
 * these tests: codes become PLOVER types by the project's CAMEO table, statements should code
 * nothing, examples shared with a PLOVER GSR file can be left out, and bad rows are named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplesNotIn, readCameoExamples } from '../../../src/ingest/coder/cameo-examples.js';
import { scoreCameoExamples } from '../../../src/ingest/coder/cameo-score.js';
import { codingTables } from '../../../src/ingest/exchange/coding-tables.js';
import { ValidationError } from '../../../src/model/index.js';
import { orrery } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-cameo-'));
const HEADER =
  '"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description","usage_notes","example","root_code","order"';
const row = (n: number, name: string, code: string, example: string): string =>
  `"${n}",${n},"${name}","${code}",0,1,2,NA,NA,${example === 'NA' ? 'NA' : `"${example.replace(/"/g, '""')}"`},"${code.slice(0, 2)}",${n}`;
const LINES = [
  HEADER,
  row(1, 'MAKE PUBLIC STATEMENT', '01', 'NA'),
  row(2, 'Make statement', '010', 'The Chilean minister said on Monday that the harvest was good.'),
  row(
    3,
    'Criticize or denounce',
    '111',
    'Peru on Tuesday condemned Chile over the seizure of a fishing boat, a "grave" act.',
  ),
  row(4, 'Threaten with military force', '138', 'Chile threatened to send warships against Peru.'),
  row(5, 'Express intent to meet or negotiate', '036', 'Bolivia offered to hold talks with Chile on the port.'),
  row(6, 'Demonstrate military power', '152', 'EXAMPLE WANTED.'),
];
const file = join(dir, 'codes.csv');
writeFileSync(file, LINES.join('\n') + '\n');

test('the reader keeps rows with an example (not a placeholder), typed by the CAMEO table; a statement has no type', () => {
  const ex = readCameoExamples(file, codingTables().cameo);
  assert.deepEqual(
    ex.map((e) => [e.id, e.code, e.event_type]),
    [
      ['cameo-2', '010', null],
      ['cameo-3', '111', 'ACCUSE'],
      ['cameo-4', '138', 'THREATEN'],
      ['cameo-5', '036', 'AGREE'],
    ],
  );
  assert.match(ex[1]!.text, /a "grave" act/);
});

test('a file without the columns, or a code the table lacks, is an error naming the place', () => {
  const noHeader = join(dir, 'bad-header.csv');
  writeFileSync(noHeader, '"code","name"\n"111","Criticize"\n');
  assert.throws(
    () => readCameoExamples(noHeader, codingTables().cameo),
    (e: unknown) =>
      e instanceof ValidationError &&
      /columns .*example/.test(e.message + JSON.stringify(e)) &&
      /bad-header\.csv:1/.test(JSON.stringify(e)),
  );
  const badCode = join(dir, 'bad-code.csv');
  writeFileSync(
    badCode,
    [HEADER, row(1, 'Odd', '999', 'Chile did a thing.'), row(2, 'Worse', 'x1', 'Peru did another thing.')].join('\n'),
  );
  assert.throws(
    () => readCameoExamples(badCode, codingTables().cameo),
    (e: unknown) => {
      const s = JSON.stringify(e);
      return e instanceof ValidationError && /bad-code\.csv:2/.test(s) && /999/.test(s) && /bad-code\.csv:3/.test(s);
    },
  );
});

test('scoring: type of the focal event, both parties, statements that code nothing, per type', () => {
  const ex = readCameoExamples(file, codingTables().cameo);
  const answers: Record<string, { event_type: string; actors: number; recipients: number } | null> = {
    'The Chilean minister said on Monday that the harvest was good.': null,
    'Peru on Tuesday condemned Chile over the seizure of a fishing boat, a "grave" act.': {
      event_type: 'ACCUSE',
      actors: 1,
      recipients: 1,
    },
    'Chile threatened to send warships against Peru.': { event_type: 'MOBILIZE', actors: 1, recipients: 0 },
    'Bolivia offered to hold talks with Chile on the port.': null,
  };
  const r = scoreCameoExamples(ex, (t) => answers[t] ?? null);
  assert.equal(r.typed, 3);
  assert.deepEqual(r.type_only, { extracted: 2, matched: 1, precision: 0.5, recall: 0.333, f1: 0.4 });
  assert.deepEqual(r.two_parties, { found: 1, share: 0.333 });
  assert.deepEqual(r.statements, { records: 1, nothing_coded: 1, share: 1 });
  assert.deepEqual(r.by_type.MOBILIZE, { gold: 0, extracted: 1, matched: 0, f1: 0 });
  assert.deepEqual(
    r.missed.map((m) => [m.id, m.coded]),
    [
      ['cameo-4', 'MOBILIZE (1 actor(s), 0 recipient(s))'],
      ['cameo-5', '-'],
    ],
  );
});

test('examples shared with another gold set are left out by their opening words', () => {
  const ex = readCameoExamples(file, codingTables().cameo);
  const left = examplesNotIn(ex, [{ text: 'CHILE threatened to send warships against Peru!' }]);
  assert.deepEqual(
    left.map((e) => e.id),
    ['cameo-2', 'cameo-3', 'cameo-5'],
  );
});

test('orrery eval --gold-format cameo-examples codes each sentence with the real coder', () => {
  const all = orrery(['eval', '--gold-format', 'cameo-examples', '--gold', file, '--json'], {});
  assert.equal(all.code, 0, all.stderr);
  const r = JSON.parse(all.stdout) as {
    typed: number;
    type_only: { matched: number };
    missed: Array<{ id: string }>;
    statements: { nothing_coded: number };
  };
  assert.equal(r.typed, 3);
  // The coder reads the accusation and the threat with both parties; the statement codes nothing.
  assert.ok(!r.missed.some((m) => m.id === 'cameo-3' || m.id === 'cameo-4'), JSON.stringify(r.missed));
  assert.equal(r.statements.nothing_coded, 1);
  const even = orrery(['eval', '--gold-format', 'cameo-examples', '--gold', file, '--records', 'even'], {});
  assert.equal(even.code, 0, even.stderr);
  assert.match(even.stdout, /2 CAMEO codebook example\(s\) \(even rows, tuned on\)/);
  const gsr = join(dir, 'gsr.json');
  writeFileSync(
    gsr,
    JSON.stringify([
      {
        id: 'T-THREATEN-0001',
        event: 'THREATEN',
        text: 'Chile threatened to send warships against Peru.',
        source: [],
        target: [],
      },
    ]),
  );
  const without = orrery(['eval', '--gold-format', 'cameo-examples', '--gold', file, '--not-in-gsr', gsr], {});
  assert.equal(without.code, 0, without.stderr);
  assert.match(without.stdout, /leaving out 1 that are also PLOVER GSR records, 2 with a PLOVER type/);
  const wrong = orrery(['eval', '--gold-format', 'plover-gsr', '--gold', gsr, '--not-in-gsr', gsr], {});
  assert.notEqual(wrong.code, 0);
  assert.match(wrong.stderr, /--not-in-gsr applies to --gold-format cameo-examples only/);
});
