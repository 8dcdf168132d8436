/**
 * Background jobs of one server process, kept in memory: a queue run a few at a time, each job with
 * its state (queued, running, done, failed, cancelled), its progress, and its result or error (as
 * the API's JSON error, mapped once by errors.ts). Finished jobs are kept for a while (the most
 * recent `keep`) so a client can read their outcome; a restart forgets them all.
 *
 * Cancelling aborts the job's signal: a queued job never starts, a running one stops at its next
 * step and its runner throws. A job that finishes before it notices stays done.
 */
import { randomBytes } from 'node:crypto';
import { ConflictError, EnvironmentError, NotFoundError } from '../../model/index.js';
import { toHttpError, type ErrorBody } from '../errors.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  /** What the job is doing: reading, coding, matching, storing... */
  stage: string;
  done: number;
  total: number;
}

export interface JobView {
  id: string;
  kind: string;
  state: JobState;
  created: string;
  started: string | null;
  finished: string | null;
  progress: JobProgress;
  /** When done: what the job gave (for an ingest, the report the API used to answer with). */
  result?: unknown;
  /** When failed: the error, as any API error is answered. */
  error?: ErrorBody['error'];
}

/** What a job's runner is given: a signal aborted on cancel, and a way to report progress. */
export interface JobRun {
  signal: AbortSignal;
  progress(p: JobProgress): void;
}

/** Thrown by a runner that noticed its job was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('the job was cancelled');
    this.name = 'CancelledError';
  }
}

/** Throws CancelledError once the signal is aborted. */
export function checkCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

interface Job {
  view: JobView;
  /** Dropped once the job has ended, with the document it holds. */
  run?: (r: JobRun) => Promise<unknown>;
  controller: AbortController;
  settled: Promise<void>;
  settle: () => void;
}

export interface JobQueueOptions {
  /** Jobs run at once (default 1: the machine's cores go to reading and coding one document). */
  concurrency?: number;
  /** Jobs waiting at most (default 8); one more is refused with 503. */
  maxQueued?: number;
  /** Finished jobs remembered (default 100); older ones are forgotten (404). */
  keep?: number;
  /** Where a job's unexpected error is logged. */
  log?: (line: string) => void;
}

const now = (): string => new Date().toISOString();

export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private running = 0;
  private closed = false;
  private readonly concurrency: number;
  private readonly maxQueued: number;
  private readonly keep: number;
  private readonly log: (line: string) => void;

  constructor(o: JobQueueOptions = {}) {
    this.concurrency = o.concurrency ?? 1;
    this.maxQueued = o.maxQueued ?? 8;
    this.keep = o.keep ?? 100;
    this.log = o.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  /** Queue a job; it starts when a slot is free. */
  submit(kind: string, run: (r: JobRun) => Promise<unknown>): JobView {
    if (this.closed) throw new EnvironmentError('the server is stopping and takes no new jobs');
    if (this.waiting.length >= this.maxQueued)
      throw new EnvironmentError(`${this.waiting.length} jobs are already waiting; try again when one has finished`);
    const id = `job-${randomBytes(9).toString('base64url')}`;
    let settle = (): void => undefined;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const job: Job = {
      view: {
        id,
        kind,
        state: 'queued',
        created: now(),
        started: null,
        finished: null,
        progress: { stage: 'queued', done: 0, total: 0 },
      },
      run,
      controller: new AbortController(),
      settled,
      settle,
    };
    this.jobs.set(id, job);
    this.waiting.push(job);
    this.forgetOld();
    this.pump();
    return this.copy(job);
  }

  get(id: string): JobView {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundError('job', id);
    return this.copy(job);
  }

  /** Cancel a queued or running job and wait until it has stopped; a finished job cannot be cancelled (409). */
  async cancel(id: string): Promise<JobView> {
    const job = this.jobs.get(id);
    if (!job) throw new NotFoundError('job', id);
    if (job.view.state === 'done' || job.view.state === 'failed')
      throw new ConflictError(
        `job "${id}" has already ${job.view.state === 'done' ? 'finished' : 'failed'}; there is nothing to cancel`,
      );
    this.abort(job);
    await job.settled;
    return this.copy(job);
  }

  /** Jobs queued or running now. */
  active(): number {
    return this.running + this.waiting.length;
  }

  /**
   * Stop: take no new job, cancel the waiting ones and the running ones, and wait for the running
   * ones to stop (at most `graceMs`; a job that is committing finishes its commit).
   */
  async close(graceMs = 3000): Promise<void> {
    this.closed = true;
    const live = [...this.jobs.values()].filter((j) => j.view.state === 'queued' || j.view.state === 'running');
    for (const j of live) this.abort(j);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(live.map((j) => j.settled)),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
  }

  private abort(job: Job): void {
    job.controller.abort();
    const i = this.waiting.indexOf(job);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      this.finish(job, 'cancelled');
    }
  }

  private copy(job: Job): JobView {
    return { ...job.view, progress: { ...job.view.progress } };
  }

  private finish(job: Job, state: JobState, extra: Partial<JobView> = {}): void {
    job.run = undefined;
    Object.assign(job.view, { state, finished: now(), ...extra });
    if (state === 'cancelled') job.view.progress = { ...job.view.progress, stage: 'cancelled' };
    job.settle();
  }

  private pump(): void {
    while (this.running < this.concurrency && this.waiting.length) {
      const job = this.waiting.shift()!;
      this.running++;
      void this.start(job).finally(() => {
        this.running--;
        this.forgetOld();
        this.pump();
      });
    }
  }

  private async start(job: Job): Promise<void> {
    Object.assign(job.view, { state: 'running', started: now() });
    job.view.progress = { stage: 'starting', done: 0, total: 0 };
    const { signal } = job.controller;
    try {
      if (!job.run) throw new CancelledError();
      const result = await job.run({ signal, progress: (p) => (job.view.progress = { ...p }) });
      this.finish(job, 'done', { result, progress: { ...job.view.progress, stage: 'done' } });
    } catch (error) {
      if (signal.aborted) {
        this.finish(job, 'cancelled');
        return;
      }
      const { status, body } = toHttpError(error);
      if (status === 500)
        this.log(
          `orrery serve: job ${job.view.id} (${job.view.kind}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      this.finish(job, 'failed', { error: body.error });
    }
  }

  /** Forget the oldest finished jobs beyond `keep` (queued and running ones are never forgotten). */
  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.view.finished !== null);
    for (const j of finished.slice(0, Math.max(0, finished.length - this.keep))) this.jobs.delete(j.view.id);
  }
}

const queues = new WeakMap<object, JobQueue>();

/** The job queue of a server (one per context, made on first use). */
export function jobsOf(ctx: object, o?: JobQueueOptions): JobQueue {
  let q = queues.get(ctx);
  if (!q) queues.set(ctx, (q = new JobQueue(o)));
  return q;
}
