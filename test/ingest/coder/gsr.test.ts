/**
 * The PLOVER gold-standard reader and scorer (plover-gsr.ts, gsr-score.ts) and `orrery eval
 * --gold-format plover-gsr`, on a small file in the published layout with records written for these
 * tests; and the role-swap property of the coder itself: the same sentence with its two parties
 * exchanged codes them exchanged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPloverGsr, splitRecords } from '../../../src/ingest/coder/plover-gsr.js';
import { scoreGsr, swapParties, type CodedView } from '../../../src/ingest/coder/gsr-score.js';
import { ValidationError } from '../../../src/model/index.js';
import { orrery } from '../../helpers/cli.js';
import { brief, events } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-gsr-'));
const party = (actorText: string, code: string) => ({ actorText, code });
const RECORDS = [
  { id: 'T-DOCUMENT-0001', event: 'DOCUMENT', text: 'about this file' },
  {
    id: 'T-DEMAND-0001',
    event: 'DEMAND',
    date: '2001-03-04',
    text: 'Chile demanded that Peru withdraw its troops from the border.',
    source: [party('Chile', 'CHL')],
    target: [party('Peru', 'PERGOV')],
    textInfo: { markup: '(SRC: Chile) demanded that (TAR: Peru) withdraw' },
  },
  {
    id: 'T-FIGHT-0002',
    event: 'FIGHT',
    date: '2001-03-05',
    text: 'German troops attacked rebel positions in Mali on Monday.',
    source: [party('German troops', 'GERMIL')],
    target: [party('Mali', 'MLI')],
    textInfo: { markup: '' },
  },
  {
    id: 'T-AGREE-0003',
    event: 'AGREE',
    date: '2001-03-06',
    text: 'Chile and Peru signed a fisheries agreement on Tuesday.',
    source: [party('Chile', 'CHL')],
    target: [party('Peru', 'PER')],
    textInfo: { markup: '(SRC/TAR: Chile) and (SRC/TAR: Peru) signed' },
  },
  {
    id: 'T-DISAPPROVE-0004',
    event: 'DISAPPROVE',
    date: '2001-03-07',
    text: 'The United Nations criticised Japan over whaling.',
    source: [party('The United Nations', 'IGOUNO')],
    target: [party('Japan', 'JAP')],
    textInfo: { markup: '' },
  },
];
const file = join(dir, 'gsr.json');
writeFileSync(file, JSON.stringify(RECORDS));

test('the reader renames merged types, marks mutual parties and maps CAMEO codes', () => {
  const r = readPloverGsr(file);
  assert.deepEqual(
    r.map((x) => x.event_type),
    ['REQUEST', 'ASSAULT', 'AGREE', 'ACCUSE'],
  );
  assert.equal(r[1]!.sources[0]!.country, 'DEU');
  assert.equal(r[3]!.targets[0]!.country, 'JPN');
  assert.equal(r[3]!.sources[0]!.country, 'ORG');
  assert.equal(r[2]!.sources[0]!.mutual, true);
  assert.equal(r[0]!.targets[0]!.country, 'PER');
});

test('a bad record is named with its id', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ id: 'X-1', event: 'NONSENSE', text: 'a' }]));
  assert.throws(
    () => readPloverGsr(bad),
    (e: unknown) => e instanceof ValidationError && /X-1/.test(JSON.stringify(e)),
  );
});

test('strict needs type and parties; type-only needs the type; swapping exchanges the two names', () => {
  const records = readPloverGsr(file);
  const view = (event_type: string, a: string[], r: string[]): CodedView => ({
    event_type,
    actor_country: a,
    recipient_country: r,
    modality: 'actual',
  });
  const coded: Record<string, CodedView[]> = {
    [records[0]!.text]: [view('REQUEST', ['CHL'], ['PER'])],
    [records[1]!.text]: [view('ASSAULT', ['DEU'], [])],
    [records[2]!.text]: [view('AGREE', ['CHL', 'PER'], [])],
    [records[3]!.text]: [view('REJECT', ['ORG'], ['JPN'])],
  };
  const swapped = swapParties(records[0]!.text, 'Chile', 'Peru');
  assert.equal(swapped, 'Peru demanded that Chile withdraw its troops from the border.');
  coded[swapped!] = [view('REQUEST', ['PER'], ['CHL'])];
  const r = scoreGsr(records, (text) => coded[text] ?? []);
  assert.equal(r.strict.matched, 2);
  assert.equal(r.type_only.matched, 3);
  assert.equal(r.recipient.records, 4);
  assert.equal(r.recipient.found, 2);
  // the demand and the criticism are in order (roles count, not the type); only the demand is coded swapped
  assert.deepEqual(r.role_swap, { records: 3, original_in_order: 2, swapped_in_order: 1, consistency: 0.5 });
  assert.deepEqual(
    r.missed.map((m) => m.id),
    ['T-FIGHT-0002', 'T-DISAPPROVE-0004'],
  );
  assert.equal(swapParties('Chile met Chile', 'Chile', 'Peru'), null);
});

test('records split by the parity of their id number', () => {
  const records = readPloverGsr(file);
  assert.deepEqual(
    splitRecords(records, 'odd').map((r) => r.id),
    ['T-DEMAND-0001', 'T-AGREE-0003'],
  );
  assert.deepEqual(
    splitRecords(records, 'even').map((r) => r.id),
    ['T-FIGHT-0002', 'T-DISAPPROVE-0004'],
  );
});

test('the coder swaps roles when the parties swap', () => {
  const pairs: Array<[string, string, string]> = [
    ['Chile accused Peru of violating the border.', 'Chile', 'Peru'],
    ['Kenyan troops attacked Somali positions near the border.', 'Kenyan', 'Somali'],
    ['Peru was attacked by Chile on Monday.', 'Peru', 'Chile'],
    ['Japan urged Germany to lift the ban on imports.', 'Japan', 'Germany'],
    ['Egypt expelled the Sudanese ambassador after the raid.', 'Egypt', 'Sudanese'],
  ];
  for (const [text, a, b] of pairs) {
    const before = events(text, '2004-05-10')
      .filter((e) => e.modality === 'actual')
      .map(brief);
    const after = events(swapParties(text, a, b)!, '2004-05-10')
      .filter((e) => e.modality === 'actual')
      .map(brief);
    assert.ok(before.length > 0, text);
    const flip = (s: string): string => s.replace(/ (\w+)>(\w+)$/, ' $2>$1');
    assert.deepEqual(after, before.map(flip), text);
  }
});

test('orrery eval --gold-format plover-gsr scores the file, all records or one half', () => {
  const all = orrery(['eval', '--gold-format', 'plover-gsr', '--gold', file, '--json'], {});
  assert.equal(all.code, 0, all.stderr);
  const r = JSON.parse(all.stdout) as { records: number; strict: { f1: number }; by_type: Record<string, unknown> };
  assert.equal(r.records, 4);
  assert.ok('REQUEST' in r.by_type);
  const odd = orrery(['eval', '--gold-format', 'plover-gsr', '--gold', file, '--records', 'odd'], {});
  assert.equal(odd.code, 0, odd.stderr);
  assert.match(odd.stdout, /2 PLOVER GSR record\(s\) \(odd ids, held out from tuning\)/);
  // every coded event counts with --events all: never fewer extracted than the focal ones alone
  const every = orrery(['eval', '--gold-format', 'plover-gsr', '--gold', file, '--events', 'all', '--json'], {});
  const e = JSON.parse(every.stdout) as { strict: { extracted: number } };
  const f = JSON.parse(all.stdout) as { strict: { extracted: number } };
  assert.ok(e.strict.extracted >= f.strict.extracted && f.strict.extracted <= 4);
  const jsonl = orrery(['eval', '--gold', file, '--docs', dir, '--events', 'all'], {});
  assert.notEqual(jsonl.code, 0);
  assert.match(jsonl.stderr, /--events applies to --gold-format plover-gsr only/);
  const bad = orrery(['eval', '--gold-format', 'plover-gsr', '--gold', file, '--records', 'third'], {});
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--records must be all, odd or even, got "third"/);
});
