/**
 * API load benchmark: `orrery serve` on the shipped dataset in a child process, loaded from this
 * process with autocannon over loopback (127.0.0.1), each run bounded by a request count and a time
 * cap. Figures: requests per second, median and p99 latency, for the events list, the network
 * snapshot (cached and computed for a new date each request, the time slider's case) and a route.
 * Targets: events list ≥ 1000 req/s with p99 ≤ 50 ms; a new network snapshot p99 ≤ 50 ms for one
 * client (the slider's budget). Ratios: for a rate, target ÷ measured; for a time, measured ÷ target
 * (≤ 1 meets the target). Run: `npm run bench -- server [--connections 10] [--scale 1]`.
 * Writes bench/out/server-api.json.
 */
import autocannon, { type Result } from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arg, count } from '../analysis/args.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = count('connections', 10);
const SCALE = Number(arg('scale', '1'));
const CAP_SECONDS = 30;

async function startServer(db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
  const args = built ? [join(ROOT, 'bin', 'orrery.js')] : ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--host', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, ORRERY_DB: db, ORRERY_TOKEN: '', PORT: '' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error('the server exited before printing its address')));
  });
  return { url, stop: async () => { child.kill('SIGTERM'); await exited; } };
}

interface Figures { requests: number; rps: number; mean_ms: number; p50_ms: number; p99_ms: number; max_ms: number; non2xx: number; errors: number; seconds: number }

async function load(url: string, name: string, amount: number, connections: number, path: string | ((i: number) => string)): Promise<Figures> {
  let i = 0;
  // autocannon ends a run on its next one-second sampling tick, so the rate is taken from the time of the last response.
  let last = 0;
  const onResponse = (): void => void (last = performance.now());
  const t0 = performance.now();
  const instance = autocannon({
    url, connections, amount: Math.max(connections, Math.round(amount * SCALE)), timeout: 20,
    requests: [typeof path === 'string' ? { path, onResponse } : { setupRequest: (req) => ({ ...req, path: path(i++) }), onResponse }],
  });
  const cap = setTimeout(() => instance.stop(), CAP_SECONDS * 1000);
  const r: Result = await instance;
  clearTimeout(cap);
  const seconds = ((last || performance.now()) - t0) / 1000;
  const requests = r['2xx'] + r.non2xx;
  const f = {
    requests, rps: Math.round(requests / seconds), mean_ms: +r.latency.average.toFixed(2), p50_ms: r.latency.p50, p99_ms: r.latency.p99, max_ms: r.latency.max,
    non2xx: r.non2xx, errors: r.errors + r.timeouts, seconds: +seconds.toFixed(2),
  };
  console.log(`${name}: ${f.requests} requests in ${f.seconds} s, ${f.rps} req/s, latency mean ${f.mean_ms} ms, median ${f.p50_ms} ms, p99 ${f.p99_ms} ms, max ${f.max_ms} ms${f.non2xx || f.errors ? ` — ${f.non2xx} non-2xx, ${f.errors} errors` : ''}`);
  return f;
}

/** A new day for each request: 2000-01-01 plus i days (every snapshot is computed, none cached). */
const day = (i: number): string => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'orrery-bench-'));
const server = await startServer(join(dir, 'orrery.db'));
try {
  await fetch(`${server.url}/api/health`);
  await fetch(`${server.url}/api/analyses/network?at=2025-06-01`); // load the store's data once, as any first visitor would
  console.log(`server ${server.url}, ${CONNECTIONS} connections, node ${process.version}`);
  const events = await load(server.url, 'GET /api/events?limit=50', 5000, CONNECTIONS, '/api/events?limit=50');
  const cached = await load(server.url, 'GET /api/analyses/network?at=2025-06-01 (same date: cached result)', 6000, CONNECTIONS, '/api/analyses/network?at=2025-06-01');
  const computed = await load(server.url, 'GET /api/analyses/network?at=<a new day each request> (computed)', 3000, CONNECTIONS, (i) => `/api/analyses/network?at=${day(i)}`);
  const slider = await load(server.url, 'the same, one client (the time slider)', 1000, 1, (i) => `/api/analyses/network?at=${day(5000 + i)}`);
  const route = await load(server.url, 'GET /api/route?from=Baku&to=Kars&alternatives=3', 2000, CONNECTIONS, '/api/route?from=Baku&to=Kars&alternatives=3&at=2026-01-01');
  const ratios = {
    events_rps: +(1000 / events.rps).toFixed(3),
    events_p99: +(events.p99_ms / 50).toFixed(3),
    snapshot_one_client_p99: +(slider.p99_ms / 50).toFixed(3),
  };
  console.log(`ratios (≤ 1 meets the target): events 1000 req/s ÷ measured = ${ratios.events_rps}; events p99 ÷ 50 ms = ${ratios.events_p99}; new snapshot p99 (one client) ÷ 50 ms = ${ratios.snapshot_one_client_p99}`);
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'server-api.json'), `${JSON.stringify({ connections: CONNECTIONS, node: process.version, events, cached, computed, slider, route, ratios }, null, 2)}\n`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
