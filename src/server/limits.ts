/**
 * What one request may ask of the server. Over a limit the answer is 413 (body) or 422 (cost), with
 * the limit in the message; docs/api.md lists them.
 */
import { TooCostlyError } from './errors.js';

export const LIMITS = {
  /** Events per page of GET /api/events (format json). */
  pageSize: 1000,
  /** Route alternatives per GET /api/route. */
  alternatives: 10,
  /** Upload size of POST /api/ingest, bytes. */
  uploadBytes: 10 * 1024 * 1024,
  /** Any other request body, bytes. */
  bodyBytes: 1024 * 1024,
  /** Dates an analysis computes a network for (trajectory points). */
  analysisPoints: 1000,
  /** Trailing window of events, days (a century). */
  windowDays: 36_525,
  /** Actors named in one analysis request. */
  actors: 500,
  /** Characters of one passage. */
  passageChars: 100_000,
  /** The largest whole number a query parameter may be (offsets, stream limits) unless its route says less. */
  queryInteger: 1_000_000_000,
} as const;

export function atMost(what: string, value: number, limit: number): void {
  if (value > limit) throw new TooCostlyError(`${what} is ${value}; this server computes at most ${limit} per request`);
}
