import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dyadCheck, ranks, spearman } from '../../src/analysis/dyad-check.js';
import { analysisData } from '../../src/analysis/input.js';
import { projectRoot } from '../../src/dataset/paths.js';
import { parseDyadYears, type DyadYear } from '../../src/ingest/exchange/icews-dyads.js';
import { ValidationError } from '../../src/model/index.js';
import { orrery } from '../helpers/cli.js';
import { ev, rel } from './fixtures.js';

test('ranks share ties; Spearman is 1 for the same order, −1 for the reverse, null without spread', () => {
  assert.deepEqual(ranks([10, 30, 20, 20]), [1, 4, 2.5, 2.5]);
  assert.equal(spearman([1, 2, 3, 4], [10, 20, 30, 45]), 1);
  assert.equal(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  assert.equal(spearman([1, 1, 1], [1, 2, 3]), null);
  assert.equal(spearman([1, 2], [1, 2]), null, 'two points say nothing');
});

test('dyad-year files: both directions of a pair add up; bad counts are refused with their line', () => {
  const csv = [
    '"i","j","year","verbCoop","matlCoop","verbConf","matlConf","i_iso3c","j_iso3c"',
    '"A","B",2010,5,0,1,0,"AAA","BBB"',
    '"B","A",2010,3,1,0,2,"BBB","AAA"',
  ].join('\n');
  const rows = parseDyadYears(csv);
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[1], {
    source: 'BBB',
    target: 'AAA',
    year: 2010,
    verbalCooperation: 3,
    materialCooperation: 1,
    verbalConflict: 0,
    materialConflict: 2,
  });
  assert.throws(
    () => parseDyadYears(csv.replace('5,0,1', 'five,0,1'), 'd.csv'),
    (e: unknown) => e instanceof ValidationError && /d\.csv:2/.test(e.message),
  );
  assert.throws(() => parseDyadYears('"year","x"\n2010,1', 'e.csv'), /missing column\(s\) verbCoop/);
});

test("the comparison ranks the model's ties against the ICEWS balance, year by year", () => {
  const states = ['AAA', 'BBB', 'CCC', 'DDD'].map((id) => ({ id, kind: 'state', name: id }));
  const data = analysisData({
    actors: states,
    relations: [
      rel('ab-war', 'war', 'AAA', 'BBB', -1, 1, '2009'),
      rel('ac-ally', 'alliance', 'AAA', 'CCC', 1, 0.8, '2000'),
    ],
    events: [ev('cd-aid', '2010-06-01', 'CCC', 'DDD', 'AID')],
  });
  const d = (source: string, target: string, coop: number, conf: number): DyadYear => ({
    source,
    target,
    year: 2010,
    verbalCooperation: coop,
    materialCooperation: 0,
    verbalConflict: conf,
    materialConflict: 0,
  });
  const dyads = [
    d('AAA', 'BBB', 40, 60),
    d('BBB', 'AAA', 10, 40),
    d('AAA', 'CCC', 190, 10),
    d('CCC', 'DDD', 120, 30),
    d('BBB', 'DDD', 5, 5),
    d('AAA', 'ZZZ', 500, 0),
  ];
  const r = dyadCheck(data, dyads, { from: 2010, to: 2010, minEvents: 50, hostile: 1 });
  const [y] = r.years;
  assert.equal(y!.pairs, 3, 'a pair below the threshold, and one with an actor the model lacks, are left out');
  assert.equal(y!.covered, 3);
  assert.equal(y!.rho, 1, 'war < aid < alliance in both');
  assert.deepEqual(
    y!.mostHostile.map((h) => [h.pair, h.icews, h.model]),
    [['AAA–BBB', -0.333, -1]],
  );
  assert.equal(r.hostileFound, 1, "the year's most hostile pair is hostile in the model too");
});

const file = join(projectRoot(), '..', 'shared', 'data', 'icews', 'dyad-years-south-caucasus-2002-2014.csv');

test('the real ICEWS dyad-years of the region read whole', { skip: !existsSync(file) && `${file} not found` }, () => {
  const rows = parseDyadYears(readFileSync(file, 'utf8'), file);
  assert.equal(rows.length, 11_700);
  assert.deepEqual([Math.min(...rows.map((r) => r.year)), Math.max(...rows.map((r) => r.year))], [2002, 2014]);
  assert.ok(rows.some((r) => r.source === 'GEO' && r.target === 'RUS' && r.year === 2008 && r.materialConflict > 0));
});

test(
  'orrery compare-dyads on the shipped dataset: one row per year, and clear errors',
  { skip: !existsSync(file) && `${file} not found` },
  () => {
    const db = join(mkdtempSync(join(tmpdir(), 'orrery-dyads-')), 'orrery.db');
    const r = orrery(['compare-dyads', file, '--from', '2006', '--to', '2010', '--json'], { ORRERY_DB: db });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      years: Array<{ year: number; pairs: number; rho: number | null }>;
      meanRho: number | null;
      covered: number;
    };
    assert.deepEqual(
      out.years.map((y) => y.year),
      [2006, 2007, 2008, 2009, 2010],
    );
    assert.ok(out.years.every((y) => y.pairs > 10 && y.rho !== null));
    assert.ok(out.covered > 0 && out.covered <= 1);
    const bad = orrery(['compare-dyads', file, '--from', '2012', '--to', '2010'], { ORRERY_DB: db });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--from 2012 is after --to 2010/);
    assert.equal(orrery(['compare-dyads', join(tmpdir(), 'no-such-dyads.csv')], { ORRERY_DB: db }).code, 6);
  },
);
