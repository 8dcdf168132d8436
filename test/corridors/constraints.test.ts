/** Every constraint holds on every returned route; a constraint that cannot be met gets a reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRoutes, type RouteQuery, type RouteResult } from '../../src/corridors/index.js';
import type { TransportNetwork, TransportMode } from '../../src/model/transport.js';
import { shippedNetwork } from './fixtures.js';

const PAIRS: Array<[string, string]> = [
  ['Baku', 'Nakhchivan'],
  ['Baku', 'Kars'],
  ['Aktau', 'Istanbul'],
  ['Beyneu', 'Poti'],
  ['Yerevan', 'Tabriz'],
  ['Yerevan', 'Tbilisi'],
  ['Astrakhan', 'Tehran'],
  ['Kuryk', 'Ceyhan'],
  ['Makhachkala', 'Rasht'],
  ['Turkmenbashi', 'Trabzon'],
];

const QUERIES: RouteQuery[] = [
  { avoid: ['RUS', 'IRN'] },
  { avoid: ['IRN'] },
  { avoid: ['ARM'], planned: true },
  { avoid: ['GEO'] },
  { avoid: ['NAKHCHIVAN', 'SYUNIK'], planned: true },
  { modes: ['rail'] },
  { modes: ['road'], planned: true },
  { modes: ['rail', 'ferry'], avoid: ['RUS'] },
  { avoidControlledBy: ['RUS'] },
  { avoidControlledBy: ['USA'], planned: true },
  { avoidControlledBy: ['IRN', 'RUS'], by: 'time' },
];

function checkRoutes(net: TransportNetwork, res: RouteResult, q: RouteQuery): void {
  const segs = new Map(net.segments.map((s) => [s.id, s]));
  const modes: readonly TransportMode[] = q.modes ?? ['rail', 'road', 'ferry', 'sea'];
  for (const r of res.routes) {
    const places = [res.from, ...r.segments.map((s) => s.to)];
    assert.equal(new Set(places).size, places.length, 'a route never enters a place twice');
    assert.equal(r.segments[0]?.from, res.from);
    assert.equal(r.segments[r.segments.length - 1]?.to, res.to);
    r.segments.forEach((s, i) => {
      const def = segs.get(s.id);
      assert.ok(def, s.id);
      // a transfer (city to its own terminal or port) is allowed at either end whatever the modes
      const end = i === 0 || i === r.segments.length - 1;
      assert.ok(modes.includes(s.mode) || (s.mode === 'transfer' && end), `${s.id} uses ${s.mode}`);
      for (const a of q.avoid ?? []) {
        assert.ok(!def.countries.includes(a) && !def.territories.includes(a), `${s.id} crosses ${a}`);
        assert.ok(!r.countries.includes(a));
      }
      for (const p of q.avoidControlledBy ?? [])
        assert.ok(!s.controlled_by.includes(p), `${s.id} is controlled by ${p}`);
      assert.ok(
        s.status === 'operational' || (q.planned && (s.status === 'planned' || s.status === 'under-construction')),
        `${s.id} is ${s.status}`,
      );
    });
  }
  const key = q.by === 'time' ? 'hours' : 'distance_km';
  for (let i = 1; i < res.routes.length; i++)
    assert.ok((res.routes[i - 1]?.[key] ?? 0) <= (res.routes[i]?.[key] ?? 0) + 1e-9, 'best route first');
}

test('every returned route meets every constraint, for many pairs and constraint sets', () => {
  const net = shippedNetwork();
  let routes = 0;
  for (const [a, b] of PAIRS) {
    for (const q of QUERIES) {
      const res = findRoutes(net, a, b, { ...q, alternatives: 3 });
      checkRoutes(net, res, q);
      if (!res.routes.length) assert.match(res.reason ?? '', /no route/);
      routes += res.routes.length;
    }
  }
  assert.ok(routes > 100, `only ${routes} routes were checked`);
});

test('the Middle Corridor avoiding Russia and Iran crosses the Caspian and Azerbaijan and Georgia', () => {
  const res = findRoutes(shippedNetwork(), 'Beyneu', 'Istanbul', { avoid: ['RUS', 'IRN'] });
  const r = res.routes[0];
  assert.ok(r);
  assert.deepEqual(r.countries, ['KAZ', 'AZE', 'GEO', 'TUR']);
  assert.ok(r.modes.includes('ferry'));
});

test('a constraint that cannot be met returns no route and says why', () => {
  const net = shippedNetwork();
  const inside = findRoutes(net, 'Baku', 'Nakhchivan', { avoid: ['AZE'] });
  assert.deepEqual(inside.routes, []);
  assert.match(inside.reason ?? '', /lies in AZE/);
  const cut = findRoutes(net, 'Yerevan', 'Stepanakert', { at: '2023-06-01' });
  assert.deepEqual(cut.routes, []);
  assert.match(cut.reason ?? '', /planned links/);
  const none = findRoutes(net, 'Baku', 'Tbilisi', { avoidControlledBy: ['AZE'] });
  assert.deepEqual(none.routes, []);
  assert.match(none.reason ?? '', /without the parties to avoid/);
});

test('places are found by name or alias, whatever the case or accents', () => {
  const net = shippedNetwork();
  assert.equal(findRoutes(net, 'NAKHICHEVAN', 'culfa').from, 'nakhchivan');
  assert.equal(findRoutes(net, 'Khankendi', 'goris', { at: '2022-01-01' }).from, 'stepanakert');
  assert.equal(findRoutes(net, 'Tiflis', 'GYUMRI').to, 'gyumri');
  assert.throws(() => findRoutes(net, 'Atlantis', 'Baku'), /no place "Atlantis"/);
});
