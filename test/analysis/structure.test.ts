import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorRoles } from '../../src/analysis/actor-roles.js';
import { structuralBalance } from '../../src/analysis/balance.js';
import { toGraph } from '../../src/analysis/graph.js';
import { polarisation } from '../../src/analysis/polarisation.js';
import { mulberry32 } from '../../src/analysis/random.js';
import { signedLouvain, signedModularity } from '../../src/analysis/signed-louvain.js';
import { close } from './fixtures.js';

type E = [string, string, number];
const graph = (edges: E[]) => {
  const ids = [...new Set(edges.flatMap(([a, b]) => [a, b]))];
  return toGraph({
    nodes: ids.map((id) => ({ id, bloc: null })),
    edges: edges.map(([a, b, w]) => ({
      source: a,
      target: b,
      weight: w,
      relationWeight: w,
      eventWeight: 0,
      eventCount: 0,
      relationCount: 1,
      sources: [],
      contributions: [],
    })),
  });
};

test('balance of known triangles: +++ and +-- balanced, ++- and --- not, weighted by geometric mean', () => {
  // A–B–C: all friends (balanced, weight 1). A–B friends, both hostile to D (balanced +--, weight cbrt(1·8·1)=2).
  // B–C friends, C–E friends, B–E hostile (++-, unbalanced, weight cbrt(1·1·1)=1).
  const g = graph([
    ['A', 'B', 1],
    ['B', 'C', 1],
    ['A', 'C', 1],
    ['A', 'D', -8],
    ['B', 'D', -1],
    ['C', 'E', 1],
    ['B', 'E', -1],
  ]);
  const b = structuralBalance(g);
  assert.equal(b.triangles, 3);
  assert.deepEqual(b.bySigns, { '+++': 1, '++-': 1, '+--': 1, '---': 0 });
  assert.ok(close(b.balanceUnweighted, 2 / 3));
  assert.ok(close(b.balance, 3 / 4), `weighted balance ${b.balance}`);
  assert.equal(
    structuralBalance(
      graph([
        ['A', 'B', -1],
        ['B', 'C', -1],
        ['A', 'C', -1],
      ]),
    ).balance,
    0,
    'three mutual enemies are unbalanced',
  );
  assert.equal(structuralBalance(graph([['A', 'B', 1]])).balance, null, 'no triangle: no balance figure');
});

function planted(blocs: string[][], p = 1, n = -1): E[] {
  const edges: E[] = [];
  const all = blocs.flatMap((b, k) => b.map((id) => [id, k] as const));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) edges.push([all[i]![0], all[j]![0], all[i]![1] === all[j]![1] ? p : n]);
  return edges;
}

test('signed Louvain recovers planted blocs, the same for every seed', () => {
  const blocs = [
    ['A1', 'A2', 'A3', 'A4'],
    ['B1', 'B2', 'B3'],
    ['C1', 'C2', 'C3', 'C4', 'C5'],
  ];
  const edges = planted(blocs);
  // Noise: one friendly tie across blocs, one hostile tie inside a bloc.
  edges.find((e) => e[0] === 'A1' && e[1] === 'B1')![2] = 0.5;
  edges.find((e) => e[0] === 'C1' && e[1] === 'C2')![2] = -0.5;
  const g = graph(edges);
  for (const seed of [1, 2, 3, 42]) {
    const r = signedLouvain(g, { rng: mulberry32(seed) });
    assert.equal(r.count, 3, `seed ${seed}`);
    for (const b of blocs)
      assert.equal(new Set(b.map((id) => r.communities[id])).size, 1, `seed ${seed}: ${b.join(',')} together`);
    assert.deepEqual([r.communities.C1, r.communities.A1, r.communities.B1], [0, 1, 2], 'blocs numbered by size');
  }
  assert.deepEqual(signedLouvain(g, { rng: mulberry32(5) }), signedLouvain(g, { rng: mulberry32(5) }));
});

test('signed modularity by hand: two friends against a third', () => {
  // A–B +1, A–C −1, B–C −1. 2m+ = 2, 2m− = 4; k+ = (1,1,0), k− = (1,1,2).
  const g = graph([
    ['A', 'B', 1],
    ['A', 'C', -1],
    ['B', 'C', -1],
  ]);
  // Partition {A,B},{C}: Σ_ij over same bloc: A+ part: 2·1 − (1·1+1·1+1·1+1·1)/2 = 0; A− part: −[0 − (1+1+1+1)/4 + ... C alone: −(0 − 4/4)]
  // = −[(0 − 4/4) + (0 − 4/4)] = 2; Q = (0 + 2)/6 = 1/3.
  const q = signedModularity(g, { A: 0, B: 0, C: 1 });
  assert.ok(close(q, 1 / 3), `Q = ${q}`);
  const found = signedLouvain(g);
  assert.equal(found.communities.A, found.communities.B);
  assert.notEqual(found.communities.A, found.communities.C);
  assert.ok(close(found.modularity, 1 / 3));
});

test('frustration and polarisation of two hostile camps, and of a world without hostility', () => {
  const g = graph(
    planted([
      ['A1', 'A2'],
      ['B1', 'B2'],
    ]),
  );
  const p = polarisation(g, { A1: 0, A2: 0, B1: 1, B2: 1 });
  assert.equal(p.frustration, 0);
  assert.equal(p.polarisation, 1);
  const mixed = polarisation(g, { A1: 0, A2: 1, B1: 0, B2: 1 });
  // Within: A1–B1 −1, A2–B2 −1; between: A1–A2 +1, B1–B2 +1, A1–B2 −1, A2–B1 −1. Frustration 4/6.
  assert.ok(close(mixed.frustration, 4 / 6));
  assert.equal(mixed.polarisation, 0);
  assert.equal(polarisation(graph([['A', 'B', 1]]), { A: 0, B: 0 }).polarisation, 0);
});

test('multi-vector score: a friend of two enemies scores, a friend of two friends does not; brokerage by hand', () => {
  // AZE friendly with TUR (1), RUS (0.5) and ISR (0.8); TUR–RUS hostile (−0.25); ISR–TUR friendly.
  const g = graph([
    ['AZE', 'TUR', 1],
    ['AZE', 'RUS', 0.5],
    ['AZE', 'ISR', 0.8],
    ['TUR', 'RUS', -0.25],
    ['ISR', 'TUR', 0.4],
  ]);
  const roles = actorRoles(g, { AZE: 0, TUR: 0, ISR: 0, RUS: 1 });
  const aze = roles.find((r) => r.id === 'AZE')!;
  assert.ok(close(aze.multiVector, Math.cbrt(1 * 0.5 * 0.25)), `multi-vector ${aze.multiVector}`);
  assert.deepEqual(
    aze.hostilePairs.map((h) => [h.a, h.b]),
    [['RUS', 'TUR']],
  );
  assert.equal(roles.find((r) => r.id === 'ISR')!.multiVector, 0);
  // Positive weight 2.3: 1.8 in bloc 0, 0.5 in bloc 1 → 1 − (1.8/2.3)² − (0.5/2.3)².
  assert.ok(close(aze.brokerage, 1 - (1.8 / 2.3) ** 2 - (0.5 / 2.3) ** 2));
  assert.ok(close(aze.bridging, 0.5));
  assert.deepEqual([aze.positiveTies, aze.negativeTies], [3, 0]);
  const rus = roles.find((r) => r.id === 'RUS')!;
  assert.deepEqual([rus.positive, rus.negative, rus.brokerage], [0.5, 0.25, 1 - 1]);
});
