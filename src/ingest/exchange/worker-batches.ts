/**
 * The batches of an import read in a worker thread (import-worker.ts): the same batches
 * `readBatches` yields, parsed on another core while this thread writes the previous ones.
 *
 * The worker is started before the file's source id is known and reads and parses at once, while
 * this thread hashes the file; it derives rows once `batches(sourceId)` is iterated. Each
 * batch is acknowledged when the consumer asks for the next one; the worker never has more than
 * `window` unacknowledged batches, so memory stays bounded however slow the writer. An error in
 * the worker is thrown here as the same typed error (worker-errors.ts). Ending the iteration (the
 * last batch, an error, a break) or `stop()` terminates the worker.
 *
 * The worker's entry is the compiled import-worker.js beside this module, or import-worker.ts when
 * this module itself runs from TypeScript under tsx (tests, benchmarks). Node 20 does not apply the
 * module hooks of `--import tsx` to a worker's modules, so the worker then registers tsx's loader
 * itself before it imports its entry.
 */
import { startModuleWorker } from '../worker/thread.js';
import type { Worker } from 'node:worker_threads';
import type { BatchOptions, ImportBatch } from './batches.js';
import { rebuildError, type ErrorData } from './worker-errors.js';

/** What the worker is started with: everything but the source id. */
export type ReaderOptions = Omit<BatchOptions, 'sourceId'> & { window: number };
/** Messages the worker posts. */
export type FromWorker = { batch: ImportBatch; inFlight: number } | { stall: number } | { error: ErrorData };
/** Messages the worker receives. */
export type ToWorker = { start: string } | 'ack';

/** Batches in flight between the threads (default 4): enough to keep both threads busy. */
export const DEFAULT_WINDOW = 4;

/** What can be watched of the exchange between the threads (tests read it; nothing depends on it). */
export interface WorkerWatch {
  /** Batches received and not yet acknowledged, now and at most. */
  inFlight: number;
  maxInFlight: number;
  /** Times the worker waited for an acknowledgement. */
  stalls: number;
  /** Called after each message from the worker. */
  onMessage?: () => void;
}

export interface WorkerReader {
  /** The file's batches, read with `sourceId` as the id of its Source record (iterate once). */
  batches(sourceId: string): AsyncGenerator<ImportBatch, void, undefined>;
  /** Terminate the worker (nothing happens if it has ended already). */
  stop(): Promise<void>;
}

function startWorker(workerData: ReaderOptions): Worker {
  return startModuleWorker(import.meta.url, 'import-worker', workerData);
}

export function startWorkerReader(
  opts: Omit<BatchOptions, 'sourceId'>,
  window = DEFAULT_WINDOW,
  watch?: WorkerWatch,
): WorkerReader {
  const worker = startWorker({ ...opts, window });
  const queue: FromWorker[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (m: FromWorker) => {
    queue.push(m);
    if (watch) {
      if ('batch' in m) watch.maxInFlight = Math.max(watch.maxInFlight, ++watch.inFlight);
      else if ('stall' in m) watch.stalls++;
      watch.onMessage?.();
    }
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  const stop = async (): Promise<void> => {
    if (!exited) await worker.terminate();
  };
  const post = (m: ToWorker): void => worker.postMessage(m);
  async function* batches(sourceId: string): AsyncGenerator<ImportBatch, void, undefined> {
    try {
      post({ start: sourceId });
      for (;;) {
        while (!queue.length && !failure && !exited) await new Promise<void>((resolve) => (wake = resolve));
        const m = queue.shift();
        if (!m) throw failure ?? new Error(`the import worker for ${opts.path} stopped before the end of the file`);
        if ('stall' in m) continue;
        if ('error' in m) throw rebuildError(m.error);
        yield m.batch;
        if (m.batch.end) return;
        if (watch) watch.inFlight--;
        post('ack');
      }
    } finally {
      await stop();
    }
  }
  return { batches, stop };
}

/** The batches of `readBatches(opts)`, read in a worker thread started on the first iteration. */
export async function* workerBatches(
  opts: BatchOptions,
  window = DEFAULT_WINDOW,
  watch?: WorkerWatch,
): AsyncGenerator<ImportBatch, void, undefined> {
  const { sourceId, ...rest } = opts;
  const reader = startWorkerReader(rest, window, watch);
  yield* reader.batches(await sourceId);
}
