import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExposureParams, exposure } from '../../src/analysis/exposure.js';
import { analysisData, type AnalysisDependency } from '../../src/analysis/input.js';
import { close } from './fixtures.js';

const r9 = (x: number | null): number | null => (x === null ? null : Number(x.toFixed(9)));

const dep = (id: string, from: string, to: string, commodity: string, o: Partial<AnalysisDependency>): AnalysisDependency =>
  ({ id, from, to, commodity, period_from: '2015', period_to: null, ...o });

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
  assert.deepEqual(gas.suppliers.map((s) => [s.supplier, r9(s.share)]), [['RUS', 0.85], ['IRN', 0.15]]);
  assert.ok(close(gas.known, 1));
  assert.ok(close(gas.concentration, 0.85 ** 2 + 0.15 ** 2));
  const transit = r.byCommodity.find((c) => c.commodity === 'transit')!;
  assert.deepEqual(transit.suppliers.map((s) => [s.supplier, r9(s.share), s.derived]), [['GEO', 0.75, true], ['IRN', 0.25, true]]);
  const rus = r.bySupplier.find((s) => s.supplier === 'RUS')!;
  assert.deepEqual(Object.entries(rus.shares).map(([k, v]) => [k, r9(v)]), [['arms', 0.4], ['gas', 0.85]]);
  assert.equal(r9(rus.max), 0.85);
  assert.equal(r.bySupplier[0]!.supplier, 'RUS', 'the largest exposure first');
  assert.equal(r.edges.length, 8, 'the graph keeps every dependency in force, the old arms record replaced');
  const aid = r.byCommodity.find((c) => c.commodity === 'aid')!;
  assert.deepEqual(aid.suppliers.map((s) => [s.supplier, s.share]), [['EU', null]], 'a lone amount is no share');
  assert.equal(aid.concentration, null);
});

test('at an earlier date the records then in force count', () => {
  const r = exposure(data, ExposureParams.parse({ actor: 'ARM', at: '2018-06', commodities: ['arms'] }));
  assert.deepEqual(r.byCommodity.map((c) => c.suppliers.map((s) => [s.supplier, s.share])), [[['RUS', 0.9]]]);
});
