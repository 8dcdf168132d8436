/**
 * What passes between the thread that ingests a document and the worker thread that reads, codes
 * and plans it (document-worker.ts, started by read-and-code.ts). Everything here is plain data that
 * the structured clone of postMessage carries unchanged.
 */
import type { Actor, Source } from '../../model/index.js';
import type { ErrorData } from '../exchange/worker-errors.js';
import type { DocumentFormat } from '../formats/index.js';
import type { Plan } from '../plan.js';
import type { SourceKind } from '../source-record.js';

/** The document as the request gave it: its text, or the bytes of an uploaded file. */
export interface DocumentInput {
  filename: string;
  text?: string;
  bytes?: Uint8Array;
  published?: string;
  title?: string;
  kind?: SourceKind;
  /** Also corroborate imported rows, exactly matched (docs/ingest.md). */
  matchImported?: boolean;
}

/** What the worker is started with. */
export interface WorkerInput {
  input: DocumentInput;
  /** The store's actors: the coder's gazetteer is built from them. */
  actors: Actor[];
  maxBytes?: number;
  /** What a missing publication date asks the caller to give (the API names its field, the CLI its option). */
  missingDate: string;
}

/** The document read and coded (its text and coded candidates stay in the worker until planned). */
export interface CodedDocument {
  source: Source;
  candidates: Array<{ name: string; count: number }>;
  sentences: number;
  /** Coded candidates, before they are matched with each other and with the store. */
  coded: number;
  format: DocumentFormat;
  warnings: string[];
}

/** A store read the worker asks the other thread to make (planning reads the store). */
export interface StoreCall {
  id: number;
  method: string;
  args: unknown[];
}

/** Messages from the worker: read, progress (any number), coded, then calls and planned (again after each 'plan'), or error. */
export type FromDocumentWorker =
  | { read: { sha256: string; file: string; format: DocumentFormat; warnings: string[]; sentences: number } }
  | { progress: { stage: 'coding' | 'matching'; done: number; total: number } }
  | { coded: CodedDocument }
  | { call: StoreCall }
  | { planned: Plan }
  | { error: ErrorData };

/** Messages to the worker: plan the coded document (again), or the answer to a store call. */
export type ToDocumentWorker = 'plan' | { reply: { id: number; value?: unknown; error?: ErrorData } };
