/**
 * Reading and coding a document in a worker thread (document-worker.ts), so the thread that started
 * it (the server's) keeps answering while the CPU-heavy work runs. `result` settles with the coded
 * document or the same typed error the worker met (worker-errors.ts); `stop()` terminates the worker
 * and `result` then rejects with a StoppedError.
 *
 * The entry is the compiled document-worker.js beside this module, or document-worker.ts when this
 * module runs from TypeScript under tsx (tests, benchmarks): Node 20 does not apply `--import tsx`
 * to a worker's modules, so the worker then registers tsx's loader itself before its entry.
 */
import { Worker } from 'node:worker_threads';
import { rebuildError } from '../exchange/worker-errors.js';
import type { CodedDocument, FromDocumentWorker, WorkerInput } from './messages.js';

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

export interface CodingWatch {
  /** The document is read: its text hash and how many sentences it has. */
  read?(info: ReadInfo): void;
  /** Sentences coded so far, of `total`. */
  progress?(sentences: number, total: number): void;
}

export interface CodingHandle {
  result: Promise<CodedDocument>;
  stop(): Promise<void>;
}

function startWorker(workerData: WorkerInput): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./document-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  if (!typescript) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true, workerData });
}

export function readAndCode(data: WorkerInput, watch: CodingWatch = {}): CodingHandle {
  const worker = startWorker(data);
  let stopped = false;
  let settled = false;
  const result = new Promise<CodedDocument>((resolve, reject) => {
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      f();
      void worker.terminate();
    };
    worker.on('message', (m: FromDocumentWorker) => {
      if (settled) return;
      if ('read' in m) watch.read?.(m.read);
      else if ('progress' in m) watch.progress?.(m.progress.sentences, m.progress.total);
      else if ('coded' in m) finish(() => resolve(m.coded));
      else finish(() => reject(rebuildError(m.error)));
    });
    worker.on('error', (error) => finish(() => reject(stopped ? new StoppedError() : error)));
    worker.on('exit', (code) => finish(() => reject(stopped ? new StoppedError() : new Error(`the ingest worker ended (exit code ${code}) before it finished the document`))));
  });
  return {
    result,
    stop: async () => {
      stopped = true;
      if (!settled) await worker.terminate();
    },
  };
}
