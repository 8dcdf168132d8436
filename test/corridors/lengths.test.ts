/**
 * Computed lengths against published lengths of the real lines (within 10%). The published figures
 * are those in the segments' references (data/caucasus/network/segments/*.yaml):
 * - BTC: 1,768 km (Wikipedia, "Baku–Tbilisi–Ceyhan pipeline"; BP).
 * - South Caucasus Pipeline: 692 km, Sangachal to the Georgia–Turkey border (Wikipedia, "South Caucasus Pipeline").
 * - TANAP: about 1,850 km (Wikipedia, "Trans-Anatolian gas pipeline").
 * - TAP: 878 km (Wikipedia, "Trans Adriatic Pipeline").
 * - Baku–Tbilisi–Kars railway: about 826 km (Wikipedia, "Baku–Tbilisi–Kars railway").
 * - Rasht–Qazvin railway: about 164 km (Wikipedia, "International North–South Transport Corridor").
 * - TRIPP's Armenian stretch: about 40 km (ieee-2026, offsets 8102–8463, cited on the segment).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRoutes } from '../../src/corridors/index.js';
import type { TransportMode } from '../../src/model/transport.js';
import { shippedNetwork } from './fixtures.js';

function within(actual: number, published: number, tolerance = 0.1): void {
  const off = Math.abs(actual - published) / published;
  assert.ok(off <= tolerance, `computed ${actual} km is ${(off * 100).toFixed(1)}% off the published ${published} km`);
}

function routeKm(from: string, to: string, modes: TransportMode[], planned = false): number {
  const res = findRoutes(shippedNetwork(), from, to, { modes, planned });
  assert.ok(res.routes[0], res.reason);
  return res.routes[0].distance_km;
}

test('BTC, Sangachal to Ceyhan, is within 10% of 1,768 km', () =>
  within(routeKm('sangachal', 'ceyhan', ['oil-pipeline']), 1768));
test('South Caucasus Pipeline is within 10% of 692 km', () =>
  within(routeKm('sangachal', 'vale', ['gas-pipeline']), 692));
test('TANAP is within 10% of 1,850 km', () => within(routeKm('vale', 'ipsala', ['gas-pipeline']), 1850));
test('TAP is within 10% of 878 km', () => within(routeKm('ipsala', 'melendugno', ['gas-pipeline']), 878));
test('the whole Southern Gas Corridor is within 10% of 692 + 1,850 + 878 km', () =>
  within(routeKm('sangachal', 'melendugno', ['gas-pipeline']), 692 + 1850 + 878));

test('Baku–Tbilisi–Kars by rail is within 10% of 826 km, and uses the BTK line', () => {
  const res = findRoutes(shippedNetwork(), 'Baku', 'Kars', { modes: ['rail'] });
  const r = res.routes[0];
  assert.ok(r, res.reason);
  within(r.distance_km, 826);
  assert.ok(r.segments.some((s) => s.id === 'kartsakhi-kars-rail'));
  assert.deepEqual(r.countries, ['AZE', 'GEO', 'TUR']);
});

test('Rasht–Qazvin railway is within 10% of 164 km', () => within(routeKm('rasht', 'qazvin', ['rail']), 164));

test("TRIPP's Armenian stretch is within 10% of the source's 40 km", () => {
  const s = shippedNetwork().segments.find((x) => x.id === 'tripp-rail-arm');
  assert.ok(s?.length.km);
  within(s.length.km, 40);
});

test('BTC per country is within 10% of the published split (443 / 249 / 1,076 km)', () => {
  const res = findRoutes(shippedNetwork(), 'sangachal', 'ceyhan', { modes: ['oil-pipeline'] });
  const by = res.routes[0]?.km_by_country ?? {};
  within(by.AZE ?? 0, 443);
  within(by.GEO ?? 0, 249);
  within(by.TUR ?? 0, 1076);
});
