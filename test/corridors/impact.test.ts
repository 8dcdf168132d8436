/** The impact report on a small hand-made network where the answer is known (fixtures.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impact } from '../../src/corridors/index.js';
import { shippedNetwork, toyNetwork } from './fixtures.js';

test('with the short cut O → D is 120 km through CCC, without it 200 km through BBB', () => {
  const r = impact(toyNetwork(), 'the short cut', { pairs: [], at: '2025-01-01' });
  assert.equal(r.corridor.id, 'short');
  assert.deepEqual(r.corridor.segments.sort(), ['o-x', 'x-d', 'x-f']);
  const od = r.pairs.find((p) => p.to === 'd');
  assert.ok(od?.with && od.without);
  assert.equal(od.with.distance_km, 120);
  assert.equal(od.without.distance_km, 200);
  assert.equal(od.saved_km, 80);
  // 120 km at 60 km/h + 2 borders × 6 h = 14 h; 200 km + 2 borders = 15.3 h.
  assert.equal(od.with.hours, 14);
  assert.equal(od.without.hours, 15.3);
  assert.equal(od.saved_hours, 1.3);
  assert.equal(od.effect, 'shorter');
  assert.deepEqual(od.with.countries, ['AAA', 'CCC', 'AAA']);
});

test('F is cut off without the corridor', () => {
  const r = impact(toyNetwork(), 'short', { pairs: [], at: '2025-01-01' });
  const of = r.pairs.find((p) => p.to === 'f');
  assert.equal(of?.effect, 'cut-off');
  assert.equal(of?.without, null);
  assert.equal(of?.with?.distance_km, 90);
});

test('CCC gains transit and BBB loses it; AAA, at both ends, is not a transit state', () => {
  const r = impact(toyNetwork(), 'short', { pairs: [], at: '2025-01-01' });
  const by = Object.fromEntries(r.countries.map((c) => [c.country, c]));
  assert.equal(by.CCC?.leverage, 'gains');
  assert.equal(by.CCC?.transit_pairs_with, 2);
  assert.equal(by.CCC?.transit_km_with, 60 + 45);
  assert.equal(by.BBB?.leverage, 'loses');
  assert.equal(by.BBB?.transit_pairs_without, 1);
  assert.equal(by.BBB?.transit_km_without, 100);
  assert.equal(by.AAA?.transit_pairs_with, 0);
});

test('on the shipped network TRIPP shortens Baku–Nakhchivan and takes transit from Iran to Armenia (before March 2026)', () => {
  const r = impact(shippedNetwork(), 'TRIPP', { at: '2025-10' });
  const bn = r.pairs.find((p) => p.from === 'baku' && p.to === 'nakhchivan');
  assert.ok(bn?.saved_km && bn.saved_km > 0);
  assert.ok(bn.without?.countries.includes('IRN'));
  assert.ok(bn.with?.countries.includes('ARM'));
  const by = Object.fromEntries(r.countries.map((c) => [c.country, c.leverage]));
  assert.equal(by.IRN, 'loses');
  assert.equal(by.ARM, 'gains');
});

test('once Baku moved its Nakhchivan traffic off Iran (March 2026), TRIPP takes transit from Georgia and Turkey instead', () => {
  const r = impact(shippedNetwork(), 'TRIPP', { at: '2026-04' });
  const bn = r.pairs.find((p) => p.from === 'baku' && p.to === 'nakhchivan');
  assert.ok(bn?.saved_km && bn.saved_km > 300, `saved ${bn?.saved_km}`);
  assert.ok(!bn.without?.countries.includes('IRN'));
  assert.ok(bn.without?.countries.includes('GEO') && bn.without.countries.includes('TUR'));
  const by = Object.fromEntries(r.countries.map((c) => [c.country, c.leverage]));
  assert.equal(by.ARM, 'gains');
  assert.equal(by.GEO, 'loses');
});

test('the Lachin blockade of 2023 cut Yerevan and Goris off from Stepanakert', () => {
  const r = impact(shippedNetwork(), 'Lachin corridor');
  assert.equal(r.at, '2023-06-15');
  const cut = r.pairs.filter((p) => p.to === 'stepanakert');
  assert.equal(cut.length, 2);
  for (const p of cut) assert.equal(p.effect, 'cut-off');
});

test('if Iran closes its road, Baku reaches Nakhchivan only through Georgia and Turkey', () => {
  // "with" forces the corridor open, whatever its status for this traffic (closed to it since March 2026)
  const r = impact(shippedNetwork(), 'Iran road');
  const bn = r.pairs.find((p) => p.from === 'baku' && p.to === 'nakhchivan');
  assert.deepEqual(bn?.with?.countries, ['AZE', 'IRN', 'AZE']);
  assert.ok(!bn?.without?.countries.includes('IRN'));
  assert.ok((bn?.saved_km ?? 0) > 300);
});

test('a pipeline corridor is judged on its own pairs and modes', () => {
  const r = impact(shippedNetwork(), 'BTC');
  assert.deepEqual(
    r.pairs.map((p) => `${p.from}-${p.to}`),
    ['sangachal-ceyhan'],
  );
  assert.equal(r.pairs[0]?.effect, 'cut-off');
});
