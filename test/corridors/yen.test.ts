/** Yen's K shortest loopless paths on the classic example graph (directed edges, known answers). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, findRoutes, kShortestPaths } from '../../src/corridors/index.js';
import type { TransportNetwork } from '../../src/model/transport.js';
import { place, seg } from './fixtures.js';

function example(): TransportNetwork {
  const ids = ['c', 'd', 'e', 'f', 'g', 'h'];
  const places = ids.map((id, i) => place(id, 'AAA', 40, 40 + i));
  const edges: Array<[string, string, number]> = [
    ['c', 'd', 3],
    ['c', 'e', 2],
    ['d', 'f', 4],
    ['e', 'd', 1],
    ['e', 'f', 2],
    ['e', 'g', 3],
    ['f', 'g', 2],
    ['f', 'h', 1],
    ['g', 'h', 2],
  ];
  const segments = edges.map(([a, b, km]) => seg(`${a}-${b}`, a, b, km, ['AAA'], { oneway: true }));
  return { places, segments, corridors: [] };
}

test('the three shortest C → H paths cost 5, 7 and 8', () => {
  const g = buildGraph(example(), { at: '2025' });
  const c = g.index.get('c') as number;
  const paths = kShortestPaths(g, g.sides[c] as number[], g.index.get('h') as number, 3, 'distance');
  assert.deepEqual(
    paths.map((p) => p.cost),
    [5, 7, 8],
  );
  assert.deepEqual(
    paths[0]?.edges.map((e) => e.segment.id),
    ['c-e', 'e-f', 'f-h'],
  );
  assert.deepEqual(
    paths[1]?.edges.map((e) => e.segment.id),
    ['c-e', 'e-g', 'g-h'],
  );
});

test('asking for more paths than exist returns all of them, each once, best first', () => {
  const res = findRoutes(example(), 'c', 'h', { at: '2025', alternatives: 20 });
  const keys = res.routes.map((r) => r.segments.map((s) => s.id).join(','));
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(res.routes.length, 7);
  assert.deepEqual(
    res.routes.map((r) => r.distance_km),
    [5, 7, 8, 8, 8, 11, 11],
  );
});

test('one-way segments are not run backwards', () => {
  const res = findRoutes(example(), 'h', 'c', { at: '2025' });
  assert.deepEqual(res.routes, []);
});
