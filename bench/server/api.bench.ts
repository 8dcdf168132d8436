/**
 * API load benchmark: `orrery serve` on the shipped dataset in a child process, loaded from this
 * process with autocannon over loopback (127.0.0.1), each run bounded by a request count and a time
 * cap. Figures: requests per second, median and p99 latency, for the events list (as a plain client
 * asks, and as a browser does, accepting compressed answers), the network snapshot (cached, and
 * computed for a new date each request: the time slider's case) and routes at 20 connections (one
 * route asked again and again; many pairs at one date (36 cities, up to 4,000 requests), so the graph is kept but each answer computed;
 * a new date each request, nothing kept).
 * Targets (issue 14, "Speed at the edge"): events list ≥ 3000 req/s with p99 < 20 ms at 10
 * connections; a new network snapshot p99 < 30 ms for one client; /api/route at 20 connections
 * ≥ 1000 req/s with p99 < 50 ms.
 * Each measured run follows a short unmeasured warm-up of the server (see below).
 * Ratios: for a rate, target ÷ measured; for a time, measured ÷ target (≤ 1 meets the target). Run:
 * `npm run bench -- server [--connections 10] [--route-connections 20] [--scale 1]`.
 * Writes bench/out/server-api.json.
 */
import autocannon, { type Result } from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, count } from '../analysis/args.js';
import { ROOT, startServer } from './serve.js';

const CONNECTIONS = count('connections', 10);
const SCALE = Number(arg('scale', '1'));
const CAP_SECONDS = 30;
const ROUTE_CONNECTIONS = count('route-connections', 20);
const EVENTS_RPS = 3000;
const EVENTS_P99_MS = 20;
const SNAPSHOT_P99_MS = 30;

interface Figures {
  requests: number;
  rps: number;
  mean_ms: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  non2xx: number;
  errors: number;
  seconds: number;
}

async function load(
  url: string,
  name: string,
  amount: number,
  connections: number,
  path: string | ((i: number) => string),
  headers: Record<string, string> = {},
  print = true,
): Promise<Figures> {
  let i = 0;
  // autocannon ends a run on its next one-second sampling tick, so the rate is taken from the time of the last response.
  let last = 0;
  const onResponse = (): void => void (last = performance.now());
  const t0 = performance.now();
  const instance = autocannon({
    url,
    connections,
    amount: Math.max(connections, Math.round(amount * SCALE)),
    timeout: 20,
    headers,
    requests: [
      typeof path === 'string'
        ? { path, onResponse }
        : { setupRequest: (req) => ({ ...req, path: path(i++) }), onResponse },
    ],
  });
  const cap = setTimeout(() => instance.stop(), CAP_SECONDS * 1000);
  const r: Result = await instance;
  clearTimeout(cap);
  const seconds = ((last || performance.now()) - t0) / 1000;
  const requests = r['2xx'] + r.non2xx;
  const f = {
    requests,
    rps: Math.round(requests / seconds),
    mean_ms: +r.latency.average.toFixed(2),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    max_ms: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    seconds: +seconds.toFixed(2),
  };
  if (print)
    console.log(
      `${name}: ${f.requests} requests in ${f.seconds} s, ${f.rps} req/s, latency mean ${f.mean_ms} ms, median ${f.p50_ms} ms, p99 ${f.p99_ms} ms, max ${f.max_ms} ms${f.non2xx || f.errors ? ` — ${f.non2xx} non-2xx, ${f.errors} errors` : ''}`,
    );
  return f;
}

/** A new day for each request: 2000-01-01 plus i days (every snapshot is computed, none cached). */
const day = (i: number): string => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'orrery-bench-'));
const server = await startServer(join(dir, 'orrery.db'));
try {
  await fetch(`${server.url}/api/health`);
  await fetch(`${server.url}/api/analyses/network?at=2025-06-01`); // load the store's data once, as any first visitor would
  // Unmeasured warm-up: a fresh server runs its first thousand requests or so at a fraction of its
  // speed while V8 compiles its paths, which is not the speed it serves at. Dates here are not reused below.
  for (const [path, amount] of [
    ['/api/events?limit=50', 2000],
    [(i: number) => `/api/analyses/network?at=${day(40000 + i)}`, 500],
  ] as const)
    await load(server.url, '', amount, CONNECTIONS, path, {}, false);
  console.log(`server ${server.url}, ${CONNECTIONS} connections, node ${process.version}`);
  const events = await load(server.url, 'GET /api/events?limit=50', 5000, CONNECTIONS, '/api/events?limit=50');
  const eventsBrowser = await load(
    server.url,
    'GET /api/events?limit=50 with Accept-Encoding: gzip, deflate, br (a browser: compressed answers)',
    5000,
    CONNECTIONS,
    '/api/events?limit=50',
    { 'accept-encoding': 'gzip, deflate, br' },
  );
  const cached = await load(
    server.url,
    'GET /api/analyses/network?at=2025-06-01 (same date: cached result)',
    6000,
    CONNECTIONS,
    '/api/analyses/network?at=2025-06-01',
  );
  const computed = await load(
    server.url,
    'GET /api/analyses/network?at=<a new day each request> (computed)',
    3000,
    CONNECTIONS,
    (i) => `/api/analyses/network?at=${day(i)}`,
  );
  const slider = await load(
    server.url,
    'the same, one client (the time slider)',
    1000,
    1,
    (i) => `/api/analyses/network?at=${day(5000 + i)}`,
  );
  const route = await load(
    server.url,
    `GET /api/route?from=Baku&to=Kars&alternatives=3, ${ROUTE_CONNECTIONS} connections (the same route again: kept answer)`,
    10000,
    ROUTE_CONNECTIONS,
    '/api/route?from=Baku&to=Kars&alternatives=3&at=2026-01-01',
  );
  // Many pairs at one date: the graph of the date is kept, each answer is computed once.
  const places = ((await (await fetch(`${server.url}/api/places`)).json()) as Array<{ id: string; kind: string }>)
    .filter((p) => p.kind === 'city')
    .map((p) => p.id)
    .slice(0, 36);
  const pairs = places.flatMap((a) => places.filter((b) => b !== a).map((b) => [a, b] as const));
  const pairPath = (i: number): string => {
    const [a, b] = pairs[i % pairs.length]!;
    return `/api/route?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}&at=2025-06-01&alternatives=${1 + (Math.floor(i / pairs.length) % 3)}`;
  };
  const routePairs = await load(
    server.url,
    `GET /api/route, ${pairs.length} pairs × 3 alternatives at one date, ${ROUTE_CONNECTIONS} connections (kept graph, computed answers)`,
    Math.min(4000, pairs.length * 3),
    ROUTE_CONNECTIONS,
    pairPath,
  );
  const routeNew = await load(
    server.url,
    `GET /api/route?from=Baku&to=Kars&at=<a new day each request>, ${ROUTE_CONNECTIONS} connections (nothing kept)`,
    1000,
    ROUTE_CONNECTIONS,
    (i) => `/api/route?from=Baku&to=Kars&alternatives=3&at=${day(20000 + i)}`,
  );
  const ratios = {
    events_rps: +(EVENTS_RPS / events.rps).toFixed(3),
    events_p99: +(events.p99_ms / EVENTS_P99_MS).toFixed(3),
    snapshot_one_client_p99: +(slider.p99_ms / SNAPSHOT_P99_MS).toFixed(3),
    route_rps: +(1000 / route.rps).toFixed(3),
    route_p99: +(route.p99_ms / 50).toFixed(3),
    route_pairs_rps: +(1000 / routePairs.rps).toFixed(3),
    route_pairs_p99: +(routePairs.p99_ms / 50).toFixed(3),
  };
  console.log('\ntargets (ratio ≤ 1 meets the target; for a rate target ÷ measured, for a time measured ÷ target):');
  const verdict = (r: number): string => (r <= 1 ? 'met' : 'NOT met');
  console.log(
    `  GET /api/events?limit=50, ${CONNECTIONS} connections: ${events.rps} req/s against ${EVENTS_RPS} → ratio ${ratios.events_rps} (${verdict(ratios.events_rps)}); p99 ${events.p99_ms} ms against ${EVENTS_P99_MS} ms → ratio ${ratios.events_p99} (${verdict(ratios.events_p99)})`,
  );
  console.log(
    `  network snapshot at a new date, one client: p99 ${slider.p99_ms} ms against ${SNAPSHOT_P99_MS} ms → ratio ${ratios.snapshot_one_client_p99} (${verdict(ratios.snapshot_one_client_p99)}); at ${CONNECTIONS} connections (no target) p99 ${computed.p99_ms} ms`,
  );
  console.log(
    `  GET /api/route, ${ROUTE_CONNECTIONS} connections, the same route: ${route.rps} req/s against 1000 → ratio ${ratios.route_rps} (${verdict(ratios.route_rps)}); p99 ${route.p99_ms} ms against 50 ms → ratio ${ratios.route_p99} (${verdict(ratios.route_p99)})`,
  );
  console.log(
    `  GET /api/route, ${ROUTE_CONNECTIONS} connections, routes not asked before: ${routePairs.rps} req/s against 1000 → ratio ${ratios.route_pairs_rps} (${verdict(ratios.route_pairs_rps)}); p99 ${routePairs.p99_ms} ms against 50 ms → ratio ${ratios.route_pairs_p99} (${verdict(ratios.route_pairs_p99)})`,
  );
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'out', 'server-api.json'),
    `${JSON.stringify({ connections: CONNECTIONS, node: process.version, events, events_browser: eventsBrowser, cached, computed, slider, route, route_pairs: routePairs, route_new_date: routeNew, ratios }, null, 2)}\n`,
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
