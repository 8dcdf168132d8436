/**
 * Ingest latency benchmark: does the server keep answering while it ingests a large document?
 * `orrery serve` on the shipped dataset runs in a child process (127.0.0.1, its own store); a
 * generated plain-text document of 10 MB (test/server/jobs-document.ts) is posted to /api/ingest,
 * and until its job is done one client asks, one request at a time, for /api/health and a read
 * (/api/events?limit=20) in turn, from the start of the upload. Figures: latency median, p99 and max of each while the job runs
 * (and idle, before it, for comparison), p99 by job stage (reading and coding run in a worker;
 * matching, storing and reporting on the server's thread), and the job's own time.
 * Target: p99 ≤ 100 ms for health and for reads during the ingest; ratio = measured p99 ÷ 100 ms
 * (≤ 1 meets it). Run: `npm run bench -- ingest-latency [--mb 10]`. Writes bench/out/ingest-latency.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeDocument } from '../../test/server/jobs-document.js';
import { arg } from '../analysis/args.js';
import { ROOT, startServer } from './serve.js';

const MB = Number(arg('mb', '10'));
const TARGET_MS = 100;
const PROBES = ['/api/health', '/api/events?limit=20'] as const;

interface Sample {
  path: string;
  ms: number;
  stage: string;
  status: number;
}
type Job = {
  id: string;
  state: string;
  progress: { stage: string; done: number; total: number };
  result?: { created: string[]; sentences?: number };
  error?: { message: string };
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function stats(ms: number[]): { n: number; p50: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number): number => +(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(1);
  return { n: s.length, p50: q(0.5), p99: q(0.99), max: +(s.at(-1) ?? 0).toFixed(1) };
}

async function probe(url: string, path: string, stage: string): Promise<Sample> {
  const t0 = performance.now();
  const r = await fetch(`${url}${path}`);
  await r.arrayBuffer();
  return { path, ms: performance.now() - t0, stage, status: r.status };
}

const dir = mkdtempSync(join(tmpdir(), 'orrery-bench-ingest-'));
const server = await startServer(join(dir, 'orrery.db'));
try {
  const text = largeDocument(MB * 1_000_000, ['Armenia', 'Azerbaijan', 'Georgia'], 2024);
  console.log(`server ${server.url}, document ${(text.length / 1e6).toFixed(1)} MB, node ${process.version}`);
  for (const p of PROBES) await probe(server.url, p, 'warm-up');
  const idle: Sample[] = [];
  for (let i = 0; i < 100; i++) idle.push(await probe(server.url, PROBES[i % 2]!, 'idle'));

  // Probing starts before the upload: the time the server takes to receive and check it counts too.
  const during: Sample[] = [];
  let stage = 'upload';
  let running = true;
  const prober = (async () => {
    for (let i = 0; running; i++) {
      during.push(await probe(server.url, PROBES[i % 2]!, stage));
      await sleep(5);
    }
  })();
  const t0 = performance.now();
  const posted = await fetch(`${server.url}/api/ingest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, filename: 'bench-wire.txt', published: '2024-12-31' }),
  });
  const accepted = (await posted.json()) as Job;
  if (posted.status !== 202) throw new Error(`POST /api/ingest answered ${posted.status}: ${JSON.stringify(accepted)}`);
  const answeredMs = performance.now() - t0;
  let job = accepted;
  stage = job.progress.stage;
  const stageTimes = new Map<string, number>();
  for (;;) {
    job = (await (await fetch(`${server.url}/api/jobs/${accepted.id}`)).json()) as Job;
    if (job.progress.stage !== stage) stageTimes.set(job.progress.stage, (performance.now() - t0) / 1000);
    stage = job.progress.stage;
    if (job.state !== 'queued' && job.state !== 'running') break;
    await sleep(50);
  }
  running = false;
  await prober;
  const jobSeconds = (performance.now() - t0) / 1000;
  if (job.state !== 'done') throw new Error(`the job ended ${job.state}: ${job.error?.message ?? ''}`);

  const out: Record<string, unknown> = {
    mb: MB,
    job_seconds: +jobSeconds.toFixed(1),
    post_answered_ms: +answeredMs.toFixed(1),
    sentences: job.result?.sentences,
    created: job.result?.created.length,
    stages_at_s: Object.fromEntries(stageTimes),
  };
  console.log(
    `POST /api/ingest answered 202 in ${answeredMs.toFixed(1)} ms; the job took ${jobSeconds.toFixed(1)} s (${job.result?.sentences} sentences, ${job.result?.created.length} coded events); stages began at ${[...stageTimes].map(([s, t]) => `${s} ${t.toFixed(1)} s`).join(', ')}`,
  );
  for (const p of PROBES) {
    const a = stats(idle.filter((s) => s.path === p).map((s) => s.ms));
    const b = stats(during.filter((s) => s.path === p).map((s) => s.ms));
    const failed = during.filter((s) => s.path === p && s.status !== 200).length;
    console.log(
      `GET ${p}: idle median ${a.p50} ms, p99 ${a.p99} ms; during the ingest ${b.n} requests, median ${b.p50} ms, p99 ${b.p99} ms, max ${b.max} ms${failed ? `, ${failed} not 200` : ''} — ratio p99 / ${TARGET_MS} ms = ${(b.p99 / TARGET_MS).toFixed(2)}`,
    );
    out[p] = { idle: a, during: { ...b, ratio: +(b.p99 / TARGET_MS).toFixed(2), not_200: failed } };
  }
  const byStage: Record<string, ReturnType<typeof stats>> = {};
  for (const s of new Set(during.map((x) => x.stage)))
    byStage[s] = stats(during.filter((x) => x.stage === s).map((x) => x.ms));
  console.log(
    `by stage (both paths): ${Object.entries(byStage)
      .map(([s, f]) => `${s} n=${f.n} p99 ${f.p99} ms max ${f.max} ms`)
      .join('; ')}`,
  );
  out.by_stage = byStage;
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'out', 'ingest-latency.json'), `${JSON.stringify(out, null, 2)}\n`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
