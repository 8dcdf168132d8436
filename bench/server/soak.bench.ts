/**
 * Mixed-read soak: `orrery serve` on 127.0.0.1 with a fresh store of the shipped dataset, loaded for
 * `--minutes N` (default 10) from `--connections C` (default 8) autocannon connections, each
 * request drawn from a mix of reads: the events list (filters, pages), single events, the network
 * at random dates, the network analysis at random dates, routes between random cities at random
 * dates, claims, sources and health. A line per minute gives requests, rate, errors (non-2xx and
 * failed requests), latency and the server's resident memory (RSS, read from /proc); the summary
 * gives the totals and the ratio the soak is judged by: errors 0, and RSS at the last minute ÷ RSS
 * at the first ≤ 1.5 (no leak). Run: `npm run bench -- soak [--minutes 10] [--connections 8]`.
 * Writes bench/out/server-soak.json. Only run when asked by name (scripts/run-bench.mjs).
 */
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, count } from '../analysis/args.js';
import { mulberry32 as random } from '../../src/analysis/random.js';
import { ROOT, startServer } from './serve.js';

const MINUTES = Number(arg('minutes', '10'));
const CONNECTIONS = count('connections', 8);
if (!(MINUTES > 0 && MINUTES <= 24 * 60))
  throw new Error(`--minutes: a number of minutes above 0 (up to a day), not ${arg('minutes', '')}`);

/** Resident memory of a process in MB (Linux /proc), or NaN where there is no /proc. */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), 'orrery-soak-'));
const server = await startServer(join(dir, 'orrery.db'));
try {
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
  await get('/api/health');
  const cities = (await get<Array<{ id: string; kind: string }>>('/api/places'))
    .filter((p) => p.kind === 'city')
    .map((p) => p.id);
  const eventIds = (await get<{ items: Array<{ id: string }> }>('/api/events?limit=500')).items.map((e) => e.id);
  const sourceIds = (await get<Array<{ id: string }>>('/api/sources')).map((s) => s.id);
  if (!cities.length || !eventIds.length || !sourceIds.length)
    throw new Error('the shipped dataset gave no cities, events or sources to read');

  const rnd = random(Number(arg('seed', '13')));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const DAY0 = Date.UTC(1991, 0, 1);
  const DAYS = Math.floor((Date.UTC(2026, 0, 1) - DAY0) / 86_400_000);
  const randomDate = (): string => new Date(DAY0 + Math.floor(rnd() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const ACTORS = ['ARM', 'AZE', 'GEO', 'RUS', 'TUR', 'IRN', 'Armenia'];
  /** The mix: [share, what it reads, a path]. */
  const MIX: Array<[number, string, () => string]> = [
    [
      20,
      'events',
      () =>
        `/api/events?limit=50&offset=${Math.floor(rnd() * 400)}${rnd() < 0.5 ? `&actor=${pick(ACTORS)}` : ''}${rnd() < 0.3 ? `&from=${randomDate()}` : ''}`,
    ],
    [10, 'event', () => `/api/events/${encodeURIComponent(pick(eventIds))}`],
    [15, 'network', () => `/api/network?at=${randomDate()}${rnd() < 0.5 ? '&planned=false' : ''}`],
    [8, 'network-analysis', () => `/api/analyses/network?at=${randomDate()}`],
    [
      20,
      'route',
      () => {
        const a = pick(cities);
        let b = pick(cities);
        while (b === a) b = pick(cities);
        return `/api/route?from=${encodeURIComponent(a)}&to=${encodeURIComponent(b)}&at=${rnd() < 0.5 ? '2025-06-01' : randomDate()}&alternatives=${1 + Math.floor(rnd() * 3)}`;
      },
    ],
    [7, 'claims', () => '/api/claims'],
    [15, 'sources', () => (rnd() < 0.4 ? '/api/sources' : `/api/sources/${encodeURIComponent(pick(sourceIds))}`)],
    [5, 'health', () => '/api/health'],
  ];
  const total = MIX.reduce((n, [w]) => n + w, 0);
  const nextPath = (): string => {
    let x = rnd() * total;
    for (const [w, , path] of MIX) if ((x -= w) < 0) return path();
    return MIX[0]![2]();
  };

  console.log(
    `soak: ${server.url}, ${MINUTES} min, ${CONNECTIONS} connections, node ${process.version}; mix: ${MIX.map(([w, name]) => `${name} ${w}%`).join(', ')}`,
  );
  const rss0 = rssMb(server.pid);
  console.log(`RSS before load: ${rss0} MB`);

  interface Minute {
    minute: number;
    seconds: number;
    requests: number;
    rps: number;
    errors: number;
    non2xx: number;
    p50_ms: number;
    p99_ms: number;
    max_ms: number;
    rss_mb: number;
  }
  const minutes: Minute[] = [];
  let latencies: number[] = [];
  let non2xx = 0;
  let failed = 0;
  const statuses = new Map<number, number>();
  const firstErrors: string[] = [];
  const instance = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: Math.round(MINUTES * 60),
    timeout: 30,
    requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) {
      non2xx++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  instance.on('reqError', (error) => {
    failed++;
    if (firstErrors.length < 5) firstErrors.push(error.message);
  });
  const t0 = performance.now();
  let last = t0;
  const tick = (): void => {
    const now = performance.now();
    const seconds = +((now - last) / 1000).toFixed(1);
    const sorted = latencies.sort((a, b) => a - b);
    const m: Minute = {
      minute: minutes.length + 1,
      seconds,
      requests: sorted.length,
      rps: Math.round(sorted.length / ((now - last) / 1000)),
      errors: non2xx + failed,
      non2xx,
      p50_ms: +percentile(sorted, 50).toFixed(1),
      p99_ms: +percentile(sorted, 99).toFixed(1),
      max_ms: +(sorted[sorted.length - 1] ?? 0).toFixed(1),
      rss_mb: rssMb(server.pid),
    };
    minutes.push(m);
    const label = seconds < 55 ? `last ${seconds} s` : `minute ${String(m.minute).padStart(3)}`;
    console.log(
      `${label}: ${m.requests} requests, ${m.rps} req/s, ${m.errors} errors, latency median ${m.p50_ms} ms, p99 ${m.p99_ms} ms, max ${m.max_ms} ms, server RSS ${m.rss_mb} MB`,
    );
    latencies = [];
    non2xx = 0;
    failed = 0;
    last = now;
  };
  const timer = setInterval(tick, 60_000);
  const result = await instance;
  clearInterval(timer);
  if (latencies.length || minutes.length === 0) tick();
  const seconds = (performance.now() - t0) / 1000;

  const requests = minutes.reduce((n, m) => n + m.requests, 0);
  const errors = minutes.reduce((n, m) => n + m.errors, 0);
  const rss = minutes.map((m) => m.rss_mb);
  // RSS is judged over whole minutes (the few seconds after the last one are a fragment).
  const whole = minutes.filter((m) => m.seconds >= 55).map((m) => m.rss_mb);
  const [firstRss, lastRss] = whole.length ? [whole[0]!, whole[whole.length - 1]!] : [rss[0]!, rss[rss.length - 1]!];
  const health = await fetch(`${server.url}/api/health`).then(
    (r) => r.status,
    () => 0,
  );
  const summary = {
    minutes: MINUTES,
    connections: CONNECTIONS,
    node: process.version,
    seconds: +seconds.toFixed(1),
    requests,
    rps: Math.round(requests / seconds),
    errors,
    statuses: Object.fromEntries(statuses),
    first_errors: firstErrors,
    autocannon: { '2xx': result['2xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
    rss_mb: {
      before: rss0,
      first_minute: firstRss,
      last_minute: lastRss,
      min: Math.min(...rss),
      max: Math.max(...rss),
    },
    health_after: health,
    ratios: {
      errors_per_request: requests ? +(errors / requests).toFixed(6) : 0,
      rss_last_over_first: +(lastRss / firstRss).toFixed(3),
    },
    per_minute: minutes,
  };
  console.log(
    `total: ${requests} requests in ${summary.seconds} s (${summary.rps} req/s), ${errors} errors${statuses.size ? ` (statuses ${JSON.stringify(summary.statuses)})` : ''}${firstErrors.length ? `, e.g. ${firstErrors[0]}` : ''}; server RSS ${summary.rss_mb.min}–${summary.rss_mb.max} MB (before load ${rss0} MB, first minute ${summary.rss_mb.first_minute} MB, last ${summary.rss_mb.last_minute} MB); health after the soak: ${health}`,
  );
  console.log(
    `ratios (target: errors 0; RSS last ÷ first minute ≤ 1.5): errors ÷ requests = ${summary.ratios.errors_per_request}; RSS last ÷ first = ${summary.ratios.rss_last_over_first}`,
  );
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'server-soak.json'), `${JSON.stringify(summary, null, 2)}\n`);
  if (errors > 0 || health !== 200) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
