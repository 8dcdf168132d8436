/**
 * Corridors benchmark: one route query on the shipped network, and all routes among 100 places
 * (every ordered pair, best route each). Targets (issue 5): under 5 ms per query, under 1 s for all
 * pairs. Run: `node --import tsx bench/corridors/route.bench.ts` (writes bench/out/corridors.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, findRoutes, routesOnGraph } from '../../src/corridors/index.js';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import type { TransportNetwork, Place } from '../../src/model/transport.js';
import { allPairs, grid, hundredPlaces } from './networks.js';

const DATA = fileURLToPath(new URL('../../data/caucasus', import.meta.url));

function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] as number, p95: s[Math.floor(s.length * 0.95)] as number };
}

function single(net: TransportNetwork, from: string, to: string, runs = 300): { median: number; p95: number } {
  for (let i = 0; i < 30; i++) findRoutes(net, from, to, { at: '2026-01-01' });
  return stats(Array.from({ length: runs }, () => timeMs(() => findRoutes(net, from, to, { at: '2026-01-01' }))));
}

function allRoutes(net: TransportNetwork, places: Place[]): { ms: number; queries: number; found: number } {
  let found = 0;
  const ms = timeMs(() => {
    const g = buildGraph(net, { at: '2026-01-01', planned: true });
    for (const [a, b] of allPairs(places)) found += routesOnGraph(g, a, b, 'distance', 1).length;
  });
  return { ms, queries: places.length * (places.length - 1), found };
}

const loadMs = timeMs(() => loadTransportNetwork(DATA));
const net = loadTransportNetwork(DATA).network;
const q1 = single(net, 'Baku', 'Nakhchivan');
const q3 = stats(
  Array.from({ length: 200 }, () =>
    timeMs(() => findRoutes(net, 'Beyneu', 'Istanbul', { at: '2026-01-01', alternatives: 3, by: 'time' })),
  ),
);
const shipped100 = hundredPlaces(net);
const all = allRoutes(shipped100, shipped100.places);
const g100 = grid(10, 10);
const allGrid = allRoutes(g100, g100.places);

const results = {
  network: { places: net.places.length, segments: net.segments.length, load_ms: +loadMs.toFixed(1) },
  single_query_ms: {
    median: +q1.median.toFixed(3),
    p95: +q1.p95.toFixed(3),
    target: 5,
    ratio: +(q1.median / 5).toFixed(3),
  },
  three_alternatives_by_time_ms: { median: +q3.median.toFixed(3), p95: +q3.p95.toFixed(3) },
  all_pairs_shipped_100: {
    places: shipped100.places.length,
    queries: all.queries,
    routes: all.found,
    ms: +all.ms.toFixed(1),
    target: 1000,
    ratio: +(all.ms / 1000).toFixed(3),
  },
  all_pairs_grid_100: {
    places: 100,
    segments: g100.segments.length,
    queries: allGrid.queries,
    routes: allGrid.found,
    ms: +allGrid.ms.toFixed(1),
    target: 1000,
    ratio: +(allGrid.ms / 1000).toFixed(3),
  },
  node: process.version,
};

console.log(
  `network: ${results.network.places} places, ${results.network.segments} segments, loaded in ${results.network.load_ms} ms`,
);
console.log(
  `single route (Baku → Nakhchivan, graph built per query): median ${results.single_query_ms.median} ms, p95 ${results.single_query_ms.p95} ms — target 5 ms, ratio ${results.single_query_ms.ratio}`,
);
console.log(
  `3 alternatives by time (Beyneu → Istanbul): median ${results.three_alternatives_by_time_ms.median} ms, p95 ${results.three_alternatives_by_time_ms.p95} ms`,
);
console.log(
  `all routes among ${shipped100.places.length} places (shipped network + ${shipped100.places.length - net.places.length} hubs): ${all.queries} queries, ${all.found} routes, ${results.all_pairs_shipped_100.ms} ms — target 1000 ms, ratio ${results.all_pairs_shipped_100.ratio}`,
);
console.log(
  `all routes on a 10×10 grid: ${allGrid.queries} queries, ${allGrid.found} routes, ${results.all_pairs_grid_100.ms} ms — target 1000 ms, ratio ${results.all_pairs_grid_100.ratio}`,
);
mkdirSync(fileURLToPath(new URL('../out', import.meta.url)), { recursive: true });
writeFileSync(
  fileURLToPath(new URL('../out/corridors.json', import.meta.url)),
  `${JSON.stringify(results, null, 2)}\n`,
);
