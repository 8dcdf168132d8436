/**
 * What passes between the thread that ingests a document and the worker thread that reads and codes
 * it (document-worker.ts, started by read-and-code.ts). Everything here is plain data that the
 * structured clone of postMessage carries unchanged.
 */
import type { Actor, Source } from '../../model/index.js';
import type { CodedCandidate } from '../coder/index.js';
import type { ErrorData } from '../exchange/worker-errors.js';
import type { DocumentFormat } from '../formats/index.js';
import type { SourceKind } from '../source-record.js';

/** The document as the request gave it: its text, or the bytes of an uploaded file. */
export interface DocumentInput {
  filename: string;
  text?: string;
  bytes?: Uint8Array;
  published?: string;
  title?: string;
  kind?: SourceKind;
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

/** The document read and coded: the Source record to store, its text and the candidates to plan. */
export interface CodedDocument {
  source: Source;
  text: string;
  events: CodedCandidate[];
  candidates: Array<{ name: string; count: number }>;
  sentences: number;
  format: DocumentFormat;
  warnings: string[];
}

/** Messages from the worker, in this order: read, progress (any number), then coded or error. */
export type FromDocumentWorker =
  | { read: { sha256: string; file: string; format: DocumentFormat; warnings: string[]; sentences: number } }
  | { progress: { sentences: number; total: number } }
  | { coded: CodedDocument }
  | { error: ErrorData };
