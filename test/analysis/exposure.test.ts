import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExposureParams, exposure } from '../../src/analysis/exposure.js';
import { analysisData, type AnalysisDependency } from '../../src/analysis/input.js';
import { runAnalysis } from '../../src/operations/analyses/registry.js';
import { loadDatasetOrThrow } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { Dependency } from '../../src/model/index.js';
import { orrery } from '../helpers/cli.js';
import { close } from './fixtures.js';

const r9 = (x: number | null): number | null => (x === null ? null : Number(x.toFixed(9)));

const dep = (
  id: string,
  from: string,
  to: string,
  commodity: string,
  o: Partial<AnalysisDependency>,
): AnalysisDependency => ({ id, from, to, commodity, period_from: '2015', period_to: null, ...o });

const data = analysisData({
  dependencies: [
    dep('gas-rus', 'RUS', 'ARM', 'gas', { share: 0.8, share_high: 0.9 }),
    dep('gas-irn', 'IRN', 'ARM', 'gas', { share: 0.15 }),
    dep('arms-rus-old', 'RUS', 'ARM', 'arms', { share: 0.9, period_to: '2019' }),
    dep('arms-rus', 'RUS', 'ARM', 'arms', { share: 0.4, period_from: '2020' }),
    dep('arms-ind', 'IND', 'ARM', 'arms', { share: 0.4, period_from: '2020' }),
    dep('trade-geo', 'GEO', 'ARM', 'transit', { value: 3, unit: 'million tonnes' }),
    dep('trade-irn', 'IRN', 'ARM', 'transit', { value: 1000, unit: 'thousand tonnes' }),
    dep('oil-aze', 'AZE', 'GEO', 'oil', { share: 0.5 }),
    dep('aid-eu', 'EU', 'ARM', 'aid', { value: 270, unit: 'EUR million' }),
  ],
});

test('exposure shares by supplier and commodity, with derived shares from amounts and concentration', () => {
  const r = exposure(data, ExposureParams.parse({ actor: 'ARM', at: '2024' }));
  const gas = r.byCommodity.find((c) => c.commodity === 'gas')!;
  assert.deepEqual(
    gas.suppliers.map((s) => [s.supplier, r9(s.share)]),
    [
      ['RUS', 0.85],
      ['IRN', 0.15],
    ],
  );
  assert.ok(close(gas.known, 1));
  assert.ok(close(gas.concentration, 0.85 ** 2 + 0.15 ** 2));
  const transit = r.byCommodity.find((c) => c.commodity === 'transit')!;
  assert.deepEqual(
    transit.suppliers.map((s) => [s.supplier, r9(s.share), s.derived]),
    [
      ['GEO', 0.75, true],
      ['IRN', 0.25, true],
    ],
  );
  const rus = r.bySupplier.find((s) => s.supplier === 'RUS')!;
  assert.deepEqual(
    Object.entries(rus.shares).map(([k, v]) => [k, r9(v)]),
    [
      ['arms', 0.4],
      ['gas', 0.85],
    ],
  );
  assert.equal(r9(rus.max), 0.85);
  assert.equal(r.bySupplier[0]!.supplier, 'RUS', 'the largest exposure first');
  assert.equal(r.edges.length, 8, 'the graph keeps every dependency in force, the old arms record replaced');
  const aid = r.byCommodity.find((c) => c.commodity === 'aid')!;
  assert.deepEqual(
    aid.suppliers.map((s) => [s.supplier, s.share]),
    [['EU', null]],
    'a lone amount is no share',
  );
  assert.equal(aid.concentration, null);
});

test('at an earlier date the records then in force count', () => {
  const r = exposure(data, ExposureParams.parse({ actor: 'ARM', at: '2018-06', commodities: ['arms'] }));
  assert.deepEqual(
    r.byCommodity.map((c) => c.suppliers.map((s) => [s.supplier, s.share])),
    [[['RUS', 0.9]]],
  );
});

// Observed, estimated and projected figures, and dated series.

const gasData = analysisData({
  dependencies: [
    dep('gas-seen', 'AZE', 'EU', 'gas', { share: 0.05, period_from: '2022', basis: 'observed' }),
    dep('gas-goal', 'AZE', 'EU', 'gas', {
      value: 2,
      unit: 'times the 2022 volume',
      period_from: '2022-07-18',
      period_to: '2027',
      basis: 'projected',
    }),
    dep('gas-old', 'RUS', 'EU', 'gas', { share: 0.4, period_from: '2000', period_to: '2021', basis: 'estimated' }),
    dep('lng-plan', 'USA', 'EU', 'gas', { share: 0.3, period_from: '2026', period_to: '2030', basis: 'projected' }),
  ],
});

test('a target set later does not hide the share observed for the same supplier; it is listed apart', () => {
  const r = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2025' }));
  const gas = r.byCommodity.find((c) => c.commodity === 'gas')!;
  assert.deepEqual(
    gas.suppliers.map((s) => [s.supplier, s.share, s.basis, s.estimate, s.dependency]),
    [['AZE', 0.05, 'observed', false, 'gas-seen']],
  );
  assert.ok(close(gas.concentration, 0.05 ** 2), 'the target takes no part in the concentration');
  assert.deepEqual(
    r.edges.map((e) => e.id),
    ['gas-seen'],
    'no edge for a projection',
  );
  assert.deepEqual(
    r.projections.map((p) => [p.id, p.basis, p.estimate, p.value, p.current?.dependency, p.current?.share]),
    [['gas-goal', 'projected', false, 2, 'gas-seen', 0.05]],
  );
  assert.equal(r.bySupplier.find((s) => s.supplier === 'AZE')!.basis, 'observed');
});

test('a projection is neither counted nor listed before its period, and a lapsed one is gone', () => {
  const early = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2022-03' }));
  assert.deepEqual(early.projections, [], 'the memorandum of July 2022 does not exist in March');
  assert.deepEqual(
    early.byCommodity.flatMap((c) => c.suppliers.map((s) => s.dependency)),
    ['gas-seen'],
  );
  const later = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2026-06' }));
  assert.deepEqual(
    later.projections.map((p) => p.id),
    ['gas-goal', 'lng-plan'],
  );
  assert.deepEqual(
    later.byCommodity[0]!.suppliers.map((s) => s.supplier),
    ['AZE'],
    'a projected share is never a supplier row',
  );
  assert.equal(later.byCommodity[0]!.known, 0.05);
  const usa = later.projections.find((p) => p.id === 'lng-plan')!;
  assert.equal(usa.share, 0.3);
  assert.equal(usa.current, null, 'nothing observed for that supplier');
  const after = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2031' }));
  assert.deepEqual(
    after.projections.map((p) => p.id),
    [],
    'both targets are past their dates',
  );
  assert.deepEqual(
    after.byCommodity[0]!.suppliers.map((s) => s.dependency),
    ['gas-seen'],
    'the observation runs on',
  );
});

test('an estimate is flagged wherever it is shown, and sums that use it say so', () => {
  const r = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2010' }));
  const [row] = r.byCommodity[0]!.suppliers;
  assert.deepEqual([row!.basis, row!.estimate], ['estimated', true]);
  assert.equal(r.edges[0]!.estimate, true);
  assert.deepEqual([r.byCommodity[0]!.estimate, r.byCommodity[0]!.estimated], [true, 0.4]);
  const rus = r.bySupplier[0]!;
  assert.deepEqual(
    [rus.supplier, rus.basis, rus.estimate, rus.bases],
    ['RUS', 'estimated', true, { gas: 'estimated' }],
  );
  const observed = exposure(gasData, ExposureParams.parse({ actor: 'EU', at: '2024' }));
  assert.deepEqual(
    [observed.byCommodity[0]!.estimate, observed.byCommodity[0]!.estimated, observed.edges[0]!.estimate],
    [false, 0, false],
  );
});

test('a dated series: each date reads the record that started latest before it; a some-years peak sits beside the level', () => {
  const oil = analysisData({
    dependencies: [
      dep('oil-a', 'AZE', 'ISR', 'oil', { share: 0.2, period_from: '2010' }),
      dep('oil-b', 'AZE', 'ISR', 'oil', { share: 0.3, period_from: '2020' }),
      dep('oil-peak', 'AZE', 'ISR', 'oil', { share: 0.4, share_high: 0.6, period_from: '2006', some_years: true }),
      dep('oil-kaz', 'KAZ', 'ISR', 'oil', { share: 0.25, period_from: '2015', basis: 'estimated' }),
    ],
  });
  const at = (d: string) => exposure(oil, ExposureParams.parse({ actor: 'ISR', at: d }));
  const aze = (d: string) => at(d).byCommodity[0]!.suppliers.find((s) => s.supplier === 'AZE')!;
  assert.deepEqual(
    [aze('2008').dependency, aze('2008').share, aze('2008').someYears?.dependency],
    ['oil-peak', null, 'oil-peak'],
    'before any level, the peak alone: no share',
  );
  assert.equal(at('2008').byCommodity[0]!.concentration, null);
  assert.deepEqual(
    [aze('2012').dependency, aze('2012').share, aze('2012').someYears?.dependency],
    ['oil-a', 0.2, 'oil-peak'],
  );
  assert.deepEqual([aze('2023').dependency, aze('2023').share], ['oil-b', 0.3]);
  assert.deepEqual(
    aze('2023').someYears && [
      aze('2023').someYears!.dependency,
      aze('2023').someYears!.range,
      r9(aze('2023').someYears!.share),
    ],
    ['oil-peak', [0.4, 0.6], 0.5],
  );
  const c = at('2023').byCommodity[0]!;
  assert.ok(close(c.known, 0.55), 'the peak is not added to the level');
  assert.deepEqual(
    at('2023').edges.map((e) => e.id),
    ['oil-b', 'oil-kaz'],
  );
  assert.equal(at('2023').edges[0]!.series, 'AZE>ISR:oil');
});

test('records with their own series name add up instead of replacing each other', () => {
  const aid = analysisData({
    dependencies: [
      dep('grant', 'EU', 'ARM', 'aid', { value: 270, unit: 'EUR million', period_from: '2023', series: 'eu-grant' }),
      dep('relief', 'EU', 'ARM', 'aid', { value: 5.5, unit: 'EUR million', period_from: '2023', series: 'eu-relief' }),
    ],
  });
  const r = exposure(aid, ExposureParams.parse({ actor: 'ARM', at: '2024' }));
  assert.deepEqual(
    r.byCommodity[0]!.suppliers.map((s) => [s.dependency, s.share]),
    [
      ['grant', null],
      ['relief', null],
    ],
    'two amounts from one supplier give no share of a whole',
  );
});

test('the model refuses a projection with no date it is for, and an estimate with no note', () => {
  const base = {
    id: 'x',
    from: 'AZE',
    to: 'EU',
    commodity: 'gas',
    share: 0.1,
    period_from: '2022',
    summary: 'a test record',
    citations: [{ source: 's', start: 0, end: 1, sha256: 'a'.repeat(64) }],
  };
  const projected = Dependency.safeParse({ ...base, basis: 'projected' });
  assert.equal(projected.success, false);
  assert.match(
    projected.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    /period_to: a projected dependency needs period_to/,
  );
  const estimated = Dependency.safeParse({ ...base, basis: 'estimated' });
  assert.equal(estimated.success, false);
  assert.match(estimated.error!.issues[0]!.message, /estimated dependency needs a note/);
  const plain = Dependency.parse(base);
  assert.deepEqual([plain.basis, plain.some_years], ['observed', false], 'observed by default');
  assert.equal(Dependency.safeParse({ ...base, basis: 'guessed' }).success, false);
});

// The shipped dataset, end to end.

const SHIPPED_ENV = { ORRERY_DATA: defaultDataDir({}), ORRERY_SOURCES: defaultSourcesDir({}) };
const SHIPPED = loadDatasetOrThrow(SHIPPED_ENV.ORRERY_DATA, SHIPPED_ENV.ORRERY_SOURCES).dataset;

test('shipped data: every dependency says its basis, and the EU gas target does not hide the observed share', () => {
  for (const d of SHIPPED.dependencies) {
    assert.ok(['observed', 'estimated', 'projected'].includes(d.basis), d.id);
    if (/coarse encoding/i.test(d.note ?? ''))
      assert.equal(d.basis, 'estimated', `${d.id}: its note calls the share an encoding`);
  }
  const data = analysisData({ dependencies: SHIPPED.dependencies });
  for (const at of ['2023', '2025', '2026-06']) {
    const { result } = runAnalysis('exposure', data, { actor: 'EU', at });
    const r = result as ReturnType<typeof exposure>;
    const gas = r.byCommodity.find((c) => c.commodity === 'gas');
    assert.ok(
      gas?.suppliers.some((s) => s.supplier === 'AZE' && s.basis === 'observed' && s.share !== null),
      `AZE gas at ${at}`,
    );
    assert.ok(
      r.projections.some((p) => p.source === 'AZE' && p.commodity === 'gas'),
      `the target listed at ${at}`,
    );
  }
});

test('orrery exposure EU --at 2025 --json on the shipped dataset includes Azerbaijani gas and the target apart', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'orrery-exposure-')), 'orrery.db');
  const r = orrery(['exposure', 'EU', '--at', '2025', '--json'], { ...SHIPPED_ENV, ORRERY_DB: db });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as ReturnType<typeof exposure>;
  const gas = out.byCommodity.find((c) => c.actor === 'EU' && c.commodity === 'gas')!;
  const aze = gas.suppliers.find((s) => s.supplier === 'AZE')!;
  assert.equal(aze.basis, 'observed');
  assert.equal(aze.estimate, false);
  assert.ok(aze.share !== null && aze.share > 0 && aze.share < 0.2, `a small observed share, got ${aze.share}`);
  assert.ok(out.projections.every((p) => p.basis === 'projected' && p.target === 'EU'));
  assert.ok(out.projections.some((p) => p.source === 'AZE' && p.current?.dependency === aze.dependency));
  const table = orrery(['exposure', 'Armenia', '--at', '2025'], { ...SHIPPED_ENV, ORRERY_DB: db });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /~0\.\d\d \(estimate\)/, 'estimates read as estimates in the table');
  const eu = orrery(['exposure', 'EU', '--at', '2025'], { ...SHIPPED_ENV, ORRERY_DB: db });
  assert.match(eu.stdout, /Projections/);
  assert.match(eu.stdout, /aze-eu-gas-2027-target/);
});
