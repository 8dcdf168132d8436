/** Routing at a date: a line not open yet, closed or blocked is not used; planned links only when asked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRoutes } from '../../src/corridors/index.js';
import { shippedNetwork } from './fixtures.js';

const ids = (r: { segments: Array<{ id: string }> } | undefined): string[] => r?.segments.map((s) => s.id) ?? [];

test('the BTK railway is not used before it opened in October 2017', () => {
  const net = shippedNetwork();
  const before = findRoutes(net, 'Baku', 'Kars', { modes: ['rail'], at: '2016-06-01' });
  assert.ok(!before.routes.some((r) => ids(r).includes('kartsakhi-kars-rail')));
  const after = findRoutes(net, 'Baku', 'Kars', { modes: ['rail'], at: '2018-01-01' });
  assert.ok(ids(after.routes[0]).includes('kartsakhi-kars-rail'));
});

test('TRIPP is used only with planned links, and the route then runs through Armenia', () => {
  const net = shippedNetwork();
  const today = findRoutes(net, 'Baku', 'Nakhchivan', { alternatives: 5, at: '2025-10' });
  assert.ok(today.routes.every((r) => !ids(r).some((id) => id.startsWith('tripp-'))));
  assert.deepEqual(today.routes[0]?.countries, ['AZE', 'IRN', 'AZE']);
  const planned = findRoutes(net, 'Baku', 'Nakhchivan', { planned: true, at: '2025-10' });
  assert.ok(ids(planned.routes[0]).some((id) => id.startsWith('tripp-')));
  assert.deepEqual(planned.routes[0]?.countries, ['AZE', 'ARM', 'AZE']);
  assert.ok((planned.routes[0]?.distance_km ?? 0) < (today.routes[0]?.distance_km ?? 0));
});

test('the Soviet Aras railway carried Baku–Nakhchivan traffic through Armenia in 1985, not after 1992', () => {
  const net = shippedNetwork();
  const soviet = findRoutes(net, 'Baku', 'Nakhchivan', { modes: ['rail'], at: '1985' });
  assert.ok(ids(soviet.routes[0]).includes('tripp-rail-arm'));
  const later = findRoutes(net, 'Baku', 'Nakhchivan', { modes: ['rail'], at: '2000' });
  assert.ok(!later.routes.some((r) => ids(r).includes('tripp-rail-arm')));
});

test('the Lachin road joins Yerevan to Stepanakert in 2022 but not while blocked in 2023', () => {
  const net = shippedNetwork();
  const open = findRoutes(net, 'Yerevan', 'Stepanakert', { at: '2022-06-01' });
  assert.ok(ids(open.routes[0]).includes('hakari-lachin-road'));
  assert.deepEqual(findRoutes(net, 'Yerevan', 'Stepanakert', { at: '2023-06-01' }).routes, []);
});

test('the Astara–Rasht rail gap: Baku to Qazvin by rail needs --planned to use it', () => {
  const net = shippedNetwork();
  const now = findRoutes(net, 'Baku', 'Qazvin', { modes: ['rail'] });
  assert.ok(!now.routes.some((r) => ids(r).includes('astara-rasht-rail')));
  const planned = findRoutes(net, 'Baku', 'Qazvin', { modes: ['rail'], planned: true });
  assert.ok(ids(planned.routes[0]).includes('astara-rasht-rail'));
});

test('Upper Lars was closed from 2006 to 2010', () => {
  const net = shippedNetwork();
  const closed = findRoutes(net, 'Vladikavkaz', 'Tbilisi', { at: '2008-01-01', modes: ['road'] });
  assert.ok(!closed.routes.some((r) => ids(r).includes('tbilisi-upper-lars-road')));
  const open = findRoutes(net, 'Vladikavkaz', 'Tbilisi', { at: '2012-01-01', modes: ['road'] });
  assert.ok(ids(open.routes[0]).includes('tbilisi-upper-lars-road'));
});
