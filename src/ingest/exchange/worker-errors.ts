/**
 * Errors that cross from a worker thread to the thread that started it. Posting an Error between
 * threads keeps its message but not its class nor its fields (a ValidationError's problems, a
 * system error's code); here an error becomes plain data in the worker and the same typed error
 * again on the other side, with the same message.
 */
import * as errors from '../../model/errors.js';
import type { Problem } from '../../model/index.js';

export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  problems?: Problem[];
  /** errors.NotFoundError's fields. */
  kind?: string;
  id?: string;
  /** A system error's fields (ENOENT, EACCES...). */
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

const SYSTEM_FIELDS = ['code', 'errno', 'syscall', 'path'] as const;

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const data: ErrorData = { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  if (error instanceof errors.ValidationError) data.problems = error.problems;
  if (error instanceof errors.NotFoundError) Object.assign(data, { kind: error.kind, id: error.id });
  const fields = error as Error & Partial<Record<(typeof SYSTEM_FIELDS)[number], unknown>>;
  for (const f of SYSTEM_FIELDS) {
    const v = fields[f];
    if (typeof v === 'string' || typeof v === 'number') Object.assign(data, { [f]: v });
  }
  return data;
}

const MAKERS: Record<string, (d: ErrorData) => Error> = {
  ValidationError: (d) => new errors.ValidationError(d.problems ?? []),
  CitationError: (d) => new errors.CitationError(d.problems ?? []),
  NotFoundError: (d) => new errors.NotFoundError(d.kind ?? '', d.id ?? ''),
  UsageError: (d) => new errors.UsageError(d.message),
  EnvironmentError: (d) => new errors.EnvironmentError(d.message),
  ConflictError: (d) => new errors.ConflictError(d.message),
  OrreryError: (d) => new errors.OrreryError(d.message),
  TypeError: (d) => new TypeError(d.message),
  RangeError: (d) => new RangeError(d.message),
};

/** The error `errorData` described: same class (for Orrery's family), message, fields and stack. */
export function rebuildError(d: ErrorData): Error {
  const error = (MAKERS[d.name] ?? ((x: ErrorData) => new Error(x.message)))(d);
  error.message = d.message;
  if (d.stack) error.stack = d.stack;
  for (const f of SYSTEM_FIELDS) if (d[f] !== undefined) Object.assign(error, { [f]: d[f] });
  return error;
}
