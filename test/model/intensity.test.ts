import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/dataset/paths.js';
import { codingTables } from '../../src/ingest/exchange/coding-tables.js';
import { calibrateIntensity, parseGoldsteinCsv, round1 } from '../../src/ingest/exchange/goldstein.js';
import { EVENT_TYPES, INTENSITY_TABLE, ValidationError, codeEvent } from '../../src/model/index.js';

// The quads as the PLOVER manual (draft 2.0) lists them, written out here independently of the table.
const MANUAL_QUADS: Record<string, string[]> = {
  'verbal-cooperation': ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'],
  'material-cooperation': ['COOPERATE', 'AID', 'RETREAT'],
  'verbal-conflict': ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION'],
  'material-conflict': ['PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT'],
};

test('every type sits in the quad class the PLOVER manual gives it', () => {
  for (const [quad, types] of Object.entries(MANUAL_QUADS)) {
    for (const type of types) assert.equal(INTENSITY_TABLE[type as keyof typeof INTENSITY_TABLE].quad, quad, type);
  }
  assert.equal(Object.values(MANUAL_QUADS).flat().length, EVENT_TYPES.length);
  // The two that used to be placed elsewhere: a demand is verbal conflict, a concession verbal cooperation.
  assert.deepEqual(
    [codeEvent('REQUEST', 'change-policy').quad_code, codeEvent('CONCEDE', 'apologize').quad_code],
    [3, 1],
  );
});

test('the sign of every weight agrees with its quad class, and war weighs more than a beating', () => {
  for (const type of EVENT_TYPES) {
    const row = INTENSITY_TABLE[type];
    const sign = row.quad.endsWith('cooperation') ? 1 : -1;
    for (const w of [row.base, ...Object.values(row.modes ?? {})]) assert.ok(w * sign > 0, `${type}: ${w}`);
  }
  assert.ok(codeEvent('ASSAULT', 'offensive').intensity < codeEvent('ASSAULT', 'beat').intensity);
  assert.ok(codeEvent('REQUEST', 'change-policy').intensity < 0, 'a demand counts against the tie');
});

test('round1 rounds halves up on both sides of zero', () => {
  assert.deepEqual([round1(2.65), round1(-2.65), round1(7.2), round1(-6.75)], [2.7, -2.6, 7.2, -6.7]);
});

test('the calibration is the mean Goldstein weight of the CAMEO codes mapped to a type and to a mode', () => {
  const entries: Array<[string, { type: 'AGREE' | 'ASSAULT'; mode: string | null; context: [] } | null]> = [
    ['01', null],
    ['057', { type: 'AGREE', mode: 'treaty', context: [] }],
    ['0311', { type: 'AGREE', mode: null, context: [] }],
    ['190', { type: 'ASSAULT', mode: null, context: [] }],
    ['999', { type: 'ASSAULT', mode: null, context: [] }],
  ];
  const weights = new Map([
    ['01', 0],
    ['057', 8],
    ['0311', 5.2],
    ['190', -10],
  ]);
  const cal = calibrateIntensity(entries, weights);
  assert.deepEqual(cal.AGREE, { weight: 6.6, codes: 2, modes: { treaty: { weight: 8, codes: 1 } } });
  assert.deepEqual(cal.ASSAULT, { weight: -10, codes: 1, modes: {} }, 'a code with no weight is left out');
});

test('a CAMEO file with a bad weight is refused, naming the line', () => {
  const csv = '"code","goldstein"\n"010",0\n"020",three\n';
  assert.throws(
    () => parseGoldsteinCsv(csv, 'x.csv'),
    (e: unknown) => e instanceof ValidationError && /x\.csv:3/.test(JSON.stringify(e.problems)),
  );
  assert.throws(() => parseGoldsteinCsv('"a","b"\n', 'y.csv'), /not a CAMEO codes file: y\.csv/);
});

const cameoFile = join(projectRoot(), '..', 'shared', 'data', 'icews', 'cameo-codes.csv');

test(
  'the intensity table is the calibration computed from the real CAMEO weights',
  { skip: !existsSync(cameoFile) && `${cameoFile} not found` },
  () => {
    const weights = parseGoldsteinCsv(readFileSync(cameoFile, 'utf8'), cameoFile);
    assert.ok(weights.size > 300, 'the CAMEO file lists its codes');
    const cal = calibrateIntensity(codingTables().cameo.entries(), weights);
    for (const type of EVENT_TYPES) {
      const c = cal[type];
      assert.ok(c, `${type} has CAMEO codes`);
      assert.equal(INTENSITY_TABLE[type].base, c.weight, type);
      for (const [mode, m] of Object.entries(c.modes))
        assert.equal(codeEvent(type, mode).intensity, m.weight, `${type}/${mode}`);
    }
  },
);
