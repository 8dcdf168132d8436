/**
 * Reading, coding and planning a document in a worker thread (document-worker.ts), so the thread
 * that started it (the server's) keeps answering while the CPU-heavy work runs. `coded` settles once
 * the document is read and coded; `plan()` then has the worker match the candidates with each other
 * and with the store, whose reads the worker asks this thread to make (`read` in the options), and
 * settles with the plan to commit. Errors are the same typed errors the worker met
 * (worker-errors.ts). `stop()` terminates the worker; what is pending then rejects with a StoppedError.
 *
 * The entry is the compiled document-worker.js beside this module, or document-worker.ts when this
 * module runs from TypeScript under tsx (tests, benchmarks): Node 20 does not apply `--import tsx`
 * to a worker's modules, so the worker then registers tsx's loader itself before its entry.
 */
import { startModuleWorker } from './thread.js';
import type { Worker } from 'node:worker_threads';
import { UsageError } from '../../model/index.js';
import { errorData, rebuildError } from '../exchange/worker-errors.js';
import type { Plan } from '../plan.js';
import type { CodedDocument, FromDocumentWorker, ToDocumentWorker, WorkerInput } from './messages.js';

export type { CodedDocument, DocumentInput, WorkerInput } from './messages.js';

/** The worker was stopped (`stop()`) before it finished. */
export class StoppedError extends Error {
  constructor() {
    super('reading and coding the document was stopped');
    this.name = 'StoppedError';
  }
}

export interface ReadInfo {
  sha256: string;
  file: string;
  format: string;
  warnings: string[];
  sentences: number;
}

/** Store methods the worker may have this thread call: reads only. */
export const STORE_READS = new Set([
  'findCandidates',
  'listEvents',
  'getEvent',
  'countEvents',
  'listActors',
  'getActor',
  'getSource',
  'findSourceBySha256',
  'listConflicts',
]);

export interface CodingOptions {
  /** Make a store read for the worker (a method of STORE_READS). */
  read(method: string, args: unknown[]): Promise<unknown>;
  /** The document is read: its text hash and how many sentences it has. */
  onRead?(info: ReadInfo): void;
  /** Sentences coded so far of `total` ('coding'), or candidates matched ('matching'). */
  onProgress?(stage: 'coding' | 'matching', done: number, total: number): void;
}

export interface DocumentWorker {
  coded: Promise<CodedDocument>;
  /** Match the coded candidates against the store (again, after a conflicting write). */
  plan(): Promise<Plan>;
  stop(): Promise<void>;
}

function startWorker(workerData: WorkerInput): Worker {
  return startModuleWorker(import.meta.url, 'document-worker', workerData);
}

interface Pending<T> {
  resolve: (v: T) => void;
  reject: (e: Error) => void;
}

export function readAndCode(data: WorkerInput, o: CodingOptions): DocumentWorker {
  const worker = startWorker(data);
  let stopped = false;
  let ended: Error | undefined;
  let codedWait: Pending<CodedDocument> | undefined;
  let planWait: Pending<Plan> | undefined;
  const coded = new Promise<CodedDocument>((resolve, reject) => (codedWait = { resolve, reject }));
  coded.catch(() => undefined);
  const end = (error: Error): void => {
    ended ??= error;
    codedWait?.reject(ended);
    planWait?.reject(ended);
    codedWait = planWait = undefined;
  };
  const send = (m: ToDocumentWorker): void => {
    if (!ended) worker.postMessage(m);
  };
  worker.on('message', (m: FromDocumentWorker) => {
    if ('read' in m) o.onRead?.(m.read);
    else if ('progress' in m) o.onProgress?.(m.progress.stage, m.progress.done, m.progress.total);
    else if ('call' in m) {
      const { id, method, args } = m.call;
      const answer = STORE_READS.has(method)
        ? o.read(method, args)
        : Promise.reject(new UsageError(`the ingest worker may not call store.${method}`));
      answer.then(
        (value) => send({ reply: { id, value } }),
        (error: unknown) => send({ reply: { id, error: errorData(error) } }),
      );
    } else if ('coded' in m) {
      codedWait?.resolve(m.coded);
      codedWait = undefined;
    } else if ('planned' in m) {
      planWait?.resolve(m.planned);
      planWait = undefined;
    } else {
      end(rebuildError(m.error));
      void worker.terminate();
    }
  });
  worker.on('error', (error) => end(stopped ? new StoppedError() : error));
  worker.on('exit', (code) =>
    end(
      stopped
        ? new StoppedError()
        : new Error(`the ingest worker ended (exit code ${code}) before it finished the document`),
    ),
  );
  return {
    coded,
    plan: () => {
      if (ended) return Promise.reject(ended);
      const p = new Promise<Plan>((resolve, reject) => (planWait = { resolve, reject }));
      send('plan');
      return p;
    },
    stop: async () => {
      stopped = true;
      end(new StoppedError());
      await worker.terminate();
    },
  };
}
