/**
 * Ingest as background jobs. In process (the mini dataset, a real SQLite file): POST /api/ingest
 * answers 202 with a job; the job reports progress and ends with the same report the pipeline gives
 * when it runs in one call; a cancelled job stores nothing; unknown jobs are 404. Then `orrery serve`
 * as a child process: /api/health keeps answering while a document of a few megabytes is read and
 * coded, and SIGTERM during a job stops the server with the store consistent.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { openStore } from '../../src/store/open.js';
import { miniEnv } from '../helpers/cli.js';
import { writeMini, type MiniDirs } from '../helpers/mini.js';
import { GEO, forEachBackend, type Fixture } from './fixture.js';
import { largeDocument } from './jobs-document.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
const ACTORS = ['Alphaland', 'Betaland', 'Northland'] as const;

type Report = {
  source: { id: string; sha256: string };
  duplicate: boolean;
  created: string[];
  corroborated: string[];
  conflicts: string[];
  candidates: unknown[];
  sentences?: number;
  format?: string;
  events: Array<{ event: { id: string } }>;
};
type Job = {
  id: string;
  kind: string;
  state: string;
  started: string | null;
  progress: { stage: string; done: number; total: number };
  result?: Report;
  error?: { code: string; message: string };
};
type Err = { error: { code: string; message: string } };

const WIRE = [
  'Wire report, 2 March 2024.',
  'Alphaland accused Betaland of shelling border villages on 1 March 2024.',
  'Northland sent humanitarian aid to Alphaland on 2 March 2024.',
  'The foreign minister of Betaland visited Northland on 2 March 2024.',
].join('\n');

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitJob(get: (path: string) => Promise<Job>, id: string, seen?: Job[]): Promise<Job> {
  for (;;) {
    const job = await get(`/api/jobs/${id}`);
    seen?.push(job);
    if (!['queued', 'running'].includes(job.state)) return job;
    await sleep(25);
  }
}

forEachBackend(({ miniApp }) => {
  describe('ingest jobs, in process', () => {
    let f: Fixture;
    beforeEach(async () => (f = await miniApp()));
    afterEach(() => f.close());
    const getJob = async (path: string): Promise<Job> => (await f.json<Job>(path)).body;

    it('answers 202 with a job at once, reports progress, and ends with the report the one-call ingest gives', async () => {
      const r = await f.json<Job>('/api/ingest', post({ text: WIRE, filename: 'wire.txt', published: '2024-03-02' }));
      assert.equal(r.status, 202);
      assert.match(r.body.id, /^job-/);
      assert.equal(r.body.kind, 'ingest');
      assert.equal(r.headers.get('location'), `/api/jobs/${r.body.id}`);
      assert.ok(['queued', 'running'].includes(r.body.state), `a new job is queued or running, not ${r.body.state}`);
      const seen: Job[] = [];
      const job = await waitJob(getJob, r.body.id, seen);
      assert.equal(job.state, 'done', JSON.stringify(job.error));
      assert.ok(
        seen.some((j) => j.state !== 'done'),
        'the job was seen before it was done',
      );
      assert.equal(job.progress.stage, 'done');
      const report = job.result!;
      assert.ok(report.created.length >= 2);
      assert.deepEqual(report.events.map((e) => e.event.id).sort(), [...report.created].sort());

      // The same document through the pipeline in one call, into a second fresh store.
      const g = await miniApp();
      try {
        const direct = await ingestDocument(g.ctx.store, { text: WIRE, filename: 'wire.txt', published: '2024-03-02' });
        assert.deepEqual(report.source, direct.source);
        for (const k of [
          'duplicate',
          'created',
          'corroborated',
          'conflicts',
          'candidates',
          'sentences',
          'format',
          'warnings',
        ] as const) {
          assert.deepEqual(
            (report as Record<string, unknown>)[k],
            (direct as unknown as Record<string, unknown>)[k],
            k,
          );
        }
      } finally {
        await g.close();
      }
      const stored = await f.ctx.store.counts();
      assert.equal(stored.events_by_origin.coded, report.created.length);

      // Again: recognised as a duplicate, nothing more stored.
      const again = await f.json<Job>(
        '/api/ingest',
        post({ text: WIRE, filename: 'copy.txt', published: '2024-03-02' }),
      );
      const dup = await waitJob(getJob, again.body.id);
      assert.equal(dup.state, 'done');
      assert.equal(dup.result!.duplicate, true);
      assert.deepEqual(dup.result!.created, []);
      assert.equal((await f.ctx.store.counts()).events_by_origin.coded, report.created.length);
    });

    it('cancels a running job and a queued one; a cancelled job stores nothing', async () => {
      const before = await f.ctx.store.counts();
      const big = largeDocument(1_000_000, ACTORS);
      const a = await f.json<Job>('/api/ingest', post({ text: big, filename: 'big.txt', published: '2024-12-31' }));
      const b = await f.json<Job>(
        '/api/ingest',
        post({ text: `${WIRE}\nA second copy.`, filename: 'queued.txt', published: '2024-03-02' }),
      );
      assert.equal(a.status, 202);
      assert.equal(b.status, 202);
      const queued = await f.json<Job>(`/api/jobs/${b.body.id}`, { method: 'DELETE' });
      assert.equal(queued.status, 200);
      assert.equal(queued.body.state, 'cancelled');
      assert.equal(queued.body.started, null, 'the queued job never started');
      const running = await f.json<Job>(`/api/jobs/${a.body.id}/cancel`, { method: 'POST' });
      assert.equal(running.status, 200);
      assert.equal(running.body.state, 'cancelled');
      assert.equal((await getJob(`/api/jobs/${a.body.id}`)).state, 'cancelled');
      const after = await f.ctx.store.counts();
      assert.deepEqual(after, before, 'nothing was stored');
      assert.equal((await f.ctx.store.listSources()).length, 1);

      const again = await f.json<Err>(`/api/jobs/${a.body.id}`, { method: 'DELETE' });
      assert.equal(again.status, 200, 'cancelling a cancelled job answers with it');
    });

    it('a finished job cannot be cancelled (409); an unknown job is 404; a failed job says why', async () => {
      const r = await f.json<Job>('/api/ingest', post({ text: WIRE, filename: 'wire.txt', published: '2024-03-02' }));
      assert.equal((await waitJob(getJob, r.body.id)).state, 'done');
      const late = await f.json<Err>(`/api/jobs/${r.body.id}`, { method: 'DELETE' });
      assert.equal(late.status, 409);
      assert.equal(late.body.error.code, 'conflict');
      for (const init of [undefined, { method: 'DELETE' }, { method: 'POST' }]) {
        const path = init?.method === 'POST' ? '/api/jobs/job-nope/cancel' : '/api/jobs/job-nope';
        const missing = await f.json<Err>(path, init);
        assert.equal(missing.status, 404, `${init?.method ?? 'GET'} ${path}`);
        assert.equal(missing.body.error.code, 'not_found');
        assert.match(missing.body.error.message, /job-nope/);
      }
      const undated = await f.json<Job>(
        '/api/ingest',
        post({ text: `${WIRE}\nNo date here.`, filename: 'undated.txt' }),
      );
      assert.equal(undated.status, 202);
      const failed = await waitJob(getJob, undated.body.id);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.error!.code, 'invalid');
      assert.match(failed.error!.message, /undated\.txt: no publication date: give "published" \(YYYY-MM-DD\)/);
      assert.doesNotMatch(failed.error!.message, /--published/, 'the API names its own field, not the CLI option');
      assert.equal((await f.ctx.store.listSources()).length, 2, 'only the first document was stored');
    });
  });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface Serving {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<{ code: number | null; at: number }>;
}

async function serve(d: MiniDirs): Promise<Serving> {
  const port = await freePort();
  const env = { ...process.env, ...miniEnv(d), ORRERY_GEO: GEO, ORRERY_TOKEN: '', PORT: '' };
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--db', d.db], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (x: Buffer) => (err += x.toString()));
  child.stdout!.resume();
  const exit = new Promise<{ code: number | null; at: number }>((resolve) =>
    child.on('exit', (code) => resolve({ code, at: Date.now() })),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, url, stderr: () => err, exit };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || i > 600) throw new Error(`orrery serve did not come up; stderr: ${err}`);
    await sleep(100);
  }
}

// SQLite only: these spawn `orrery serve` on a store file and stop the process; the HTTP surface is tested per backend above.
describe('ingest jobs, in `orrery serve`', () => {
  let d: MiniDirs;
  beforeEach(() => (d = writeMini()));
  afterEach(() => rmSync(d.root, { recursive: true, force: true }));

  it('answers /api/health while a document of a few megabytes is read and coded', async (t) => {
    const s = await serve(d);
    try {
      const text = largeDocument(3_000_000, ACTORS);
      const r = await fetch(`${s.url}/api/ingest`, post({ text, filename: 'long-wire.txt', published: '2024-12-31' }));
      assert.equal(r.status, 202);
      const { id } = (await r.json()) as Job;
      const latencies: number[] = [];
      const stages = new Set<string>();
      let job: Job;
      for (;;) {
        const t0 = performance.now();
        const health = await fetch(`${s.url}/api/health`);
        const ms = performance.now() - t0;
        assert.equal(health.status, 200);
        await health.arrayBuffer();
        job = (await (await fetch(`${s.url}/api/jobs/${id}`)).json()) as Job;
        if (job.state !== 'queued' && job.state !== 'running') break;
        latencies.push(ms);
        stages.add(job.progress.stage);
        await sleep(20);
      }
      assert.equal(job.state, 'done', JSON.stringify(job.error));
      assert.ok(job.result!.created.length > 0, 'the document gave coded events');
      assert.ok(stages.has('coding'), `the job was seen coding (stages seen: ${[...stages].join(', ')})`);
      assert.ok(latencies.length >= 5, `health answered ${latencies.length} times while the job ran`);
      const sorted = [...latencies].sort((a, b) => a - b);
      const q = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
      t.diagnostic(
        `/api/health during a ${(text.length / 1e6).toFixed(1)} MB ingest: ${latencies.length} requests, median ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
      );
    } finally {
      s.child.kill('SIGTERM');
      await s.exit;
    }
  });

  it('stops on SIGTERM during a job, storing nothing of it, with the store consistent', async () => {
    const s = await serve(d);
    let exited: { code: number | null; at: number };
    let signalled = 0;
    const text = largeDocument(3_000_000, ACTORS, 2023);
    try {
      const r = await fetch(
        `${s.url}/api/ingest`,
        post({ text, filename: 'interrupted.txt', published: '2023-12-31' }),
      );
      assert.equal(r.status, 202);
      const { id } = (await r.json()) as Job;
      for (;;) {
        const job = (await (await fetch(`${s.url}/api/jobs/${id}`)).json()) as Job;
        assert.ok(job.state === 'queued' || job.state === 'running', `the job is still under way (${job.state})`);
        if (job.progress.stage === 'coding') break;
        await sleep(20);
      }
      signalled = Date.now();
      s.child.kill('SIGTERM');
      const bound = setTimeout(() => s.child.kill('SIGKILL'), 30_000);
      exited = await s.exit;
      clearTimeout(bound);
    } finally {
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
    assert.equal(exited.code, 0, `exit code; stderr: ${s.stderr()}`);
    assert.match(s.stderr(), /stopping/);
    const store = await openStore(d.db);
    try {
      const counts = await store.counts();
      assert.ok(counts.events >= 3, 'the dataset is still there');
      assert.equal(counts.events_by_origin.coded, 0, 'no event of the interrupted document was stored');
      assert.equal((await store.listSources()).length, 1, 'nor its source');
    } finally {
      await store.close();
    }
    process.stdout.write(`# stopped ${exited.at - signalled} ms after SIGTERM\n`);
  });
});
