/**
 * /api/route keeps graphs per date and constraints and answers per resolved query: what it answers
 * must stay what the corridors engine's findRoutes computes, whatever the order of the queries,
 * the spelling of places and the order of lists.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRoutes, routeGeoJson } from '../../src/corridors/index.js';
import { changeDays, periodOf } from '../../src/corridors/epochs.js';
import type { TransportNetwork } from '../../src/model/index.js';
import { forEachBackend, type Fixture } from './fixture.js';

forEachBackend(({ shippedApp }) => {
  let f: Fixture;
  let net: TransportNetwork;
  before(async () => {
    f = await shippedApp();
    net = await f.ctx.data.network();
  });
  after(() => f.close());

  interface Q {
    from: string;
    to: string;
    at: string;
    avoid?: string[];
    avoid_controlled_by?: string[];
    modes?: string[];
    planned?: boolean;
    by?: 'distance' | 'time';
    alternatives?: number;
  }

  function engine(q: Q): unknown {
    const res = findRoutes(net, q.from, q.to, {
      at: q.at,
      planned: q.planned ?? false,
      avoid: q.avoid ?? [],
      avoidControlledBy: q.avoid_controlled_by ?? [],
      modes: q.modes as never,
      by: q.by ?? 'distance',
      alternatives: q.alternatives ?? 1,
    });
    return JSON.parse(
      JSON.stringify({ ...res, routes: res.routes.map((r) => ({ ...r, geojson: routeGeoJson(net, r, res.at) })) }),
    );
  }

  function path(q: Q): string {
    const p = new URLSearchParams({ from: q.from, to: q.to, at: q.at });
    if (q.avoid) p.set('avoid', q.avoid.join(','));
    if (q.avoid_controlled_by) p.set('avoid_controlled_by', q.avoid_controlled_by.join(','));
    if (q.modes) p.set('modes', q.modes.join(','));
    if (q.planned !== undefined) p.set('planned', String(q.planned));
    if (q.by) p.set('by', q.by);
    if (q.alternatives) p.set('alternatives', String(q.alternatives));
    return `/api/route?${p}`;
  }

  const QUERIES: Q[] = [
    { from: 'Baku', to: 'Kars', at: '2026-01-01', alternatives: 3 },
    { from: 'Baku', to: 'Kars', at: '2026-01-01', avoid: ['GEO'], alternatives: 3 },
    { from: 'Baku', to: 'Kars', at: '2026-01-01', avoid: ['GEO', 'IRN', 'ARM', 'AZE'] },
    { from: 'Baku', to: 'Kars', at: '2015-06-01', alternatives: 2 },
    { from: 'Baku', to: 'Kars', at: '2026-01-01', planned: true, by: 'time' },
    { from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01', modes: ['rail'] },
    { from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01', modes: ['road', 'rail'] },
    { from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01', avoid_controlled_by: ['RUS'] },
    { from: 'Yerevan', to: 'Tbilisi', at: '2026-01-01' },
  ];

  test("cached route answers equal the engine's, first time, again, and interleaved", async () => {
    for (let round = 0; round < 2; round++) {
      for (const q of round === 0 ? QUERIES : [...QUERIES].reverse()) {
        const { status, body } = await f.json(path(q));
        assert.equal(status, 200, path(q));
        assert.deepEqual(body, engine(q), `round ${round}: ${path(q)}`);
      }
    }
  });

  test('the same query spelled differently (case of a place, order of a list) gets the same answer', async () => {
    const a = await f.json(
      path({ from: 'Baku', to: 'Kars', at: '2026-01-01', avoid: ['GEO', 'IRN'], alternatives: 2 }),
    );
    const b = await f.json(
      path({ from: 'baku', to: 'KARS', at: '2026-01-01', avoid: ['IRN', 'GEO'], alternatives: 2 }),
    );
    assert.deepEqual(b.body, a.body);
    assert.deepEqual(
      a.body,
      engine({ from: 'Baku', to: 'Kars', at: '2026-01-01', avoid: ['GEO', 'IRN'], alternatives: 2 }),
    );
  });

  test('modes left out and modes given are not confused by the caches', async () => {
    const all = await f.json(path({ from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01' }));
    const rail = await f.json(path({ from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01', modes: ['rail'] }));
    const again = await f.json(path({ from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01' }));
    assert.deepEqual(again.body, all.body);
    assert.deepEqual(rail.body, engine({ from: 'Tbilisi', to: 'Yerevan', at: '2026-01-01', modes: ['rail'] }));
  });

  test('one graph per period and constraint set, whatever the order of lists; another period or constraint builds another', () => {
    const d = f.ctx.data;
    const a = d.routeGraph(net, { at: '2021-03-04', avoid: ['GEO', 'IRN'], modes: ['rail', 'road'] });
    assert.equal(d.routeGraph(net, { at: '2021-03-04', avoid: ['IRN', 'GEO'], modes: ['road', 'rail'] }), a);
    // The next day is in the same period (no status or control changes on it): the same edges, its own date.
    assert.equal(periodOf(net, '2021-03-05'), periodOf(net, '2021-03-04'));
    const next = d.routeGraph(net, { at: '2021-03-05', avoid: ['GEO', 'IRN'], modes: ['rail', 'road'] });
    assert.equal(next.edges, a.edges);
    assert.equal(next.at, '2021-03-05');
    assert.equal(a.at, '2021-03-04', 'the kept graph keeps its own date');
    // A day of another period (after a change day) builds another graph.
    const change = changeDays(net).find((day) => day > '2021-03-04')!;
    assert.notEqual(d.routeGraph(net, { at: change, avoid: ['GEO', 'IRN'], modes: ['rail', 'road'] }).edges, a.edges);
    assert.notEqual(d.routeGraph(net, { at: '2021-03-04', avoid: ['GEO'], modes: ['rail', 'road'] }), a);
    assert.notEqual(
      d.routeGraph(net, { at: '2021-03-04', avoid: ['GEO', 'IRN'] }),
      a,
      'modes left out are not the modes given',
    );
    assert.notEqual(
      d.routeGraph(net, { at: '2021-03-04', avoid: ['GEO', 'IRN'], modes: [] }),
      d.routeGraph(net, { at: '2021-03-04', avoid: ['GEO', 'IRN'] }),
      'no mode is not every mode',
    );
  });

  test('the LRU that holds graphs and answers forgets the least recently used beyond its capacity', async () => {
    const { Lru } = await import('../../src/operations/lru.js');
    const lru = new Lru<string, number>(3);
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      lru.set(k, v);
    assert.equal(lru.get('a'), 1, 'a is now the most recent');
    lru.set('d', 4);
    assert.equal(lru.size, 3);
    assert.equal(lru.get('b'), undefined, 'b, the least recently used, went');
    assert.deepEqual([lru.get('a'), lru.get('c'), lru.get('d')], [1, 3, 4]);
  });
});
