/**
 * The one mapping from Orrery's error family to HTTP statuses and JSON error bodies
 * (`{"error": {"code", "message", "details"?}}`), plus the few errors only a server raises.
 */
import * as errors from '../model/errors.js';
import type { Problem } from '../model/index.js';

/** A request the server refuses to run because it would cost too much (limit, alternatives, points). */
export class TooCostlyError extends errors.UsageError {}

/** A write without the bearer token the server was started with. */
export class UnauthorizedError extends errors.OrreryError {}

/** A request from an origin or to a host name the server does not serve (cross-site writes, DNS rebinding). */
export class ForbiddenError extends errors.OrreryError {}

/** A request body over the size limit of its route. */
export class TooLargeError extends errors.OrreryError {
  constructor(readonly limitBytes: number) {
    super(`the request body is larger than the limit of ${limitBytes} bytes`);
  }
}

export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'too_costly'
  | 'unavailable'
  | 'internal';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Problem[] };
}

export interface HttpError {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 500 | 503;
  body: ErrorBody;
}

const body = (code: ErrorCode, message: string, details?: Problem[]): ErrorBody => ({
  error: { code, message, ...(details ? { details } : {}) },
});

/** The status and body for any thrown value; unknown errors say only that something went wrong inside. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof TooCostlyError) return { status: 422, body: body('too_costly', error.message) };
  if (error instanceof errors.ValidationError) {
    const first = error.message.split('\n')[0] ?? 'invalid input';
    return {
      status: 400,
      body: body(
        'invalid',
        `${first.replace(/:$/, '')}: ${error.problems.map(problemText).join('; ')}`,
        error.problems,
      ),
    };
  }
  if (error instanceof errors.UsageError) return { status: 400, body: body('invalid', error.message) };
  if (error instanceof errors.NotFoundError) return { status: 404, body: body('not_found', error.message) };
  if (error instanceof errors.ConflictError) return { status: 409, body: body('conflict', error.message) };
  if (error instanceof UnauthorizedError) return { status: 401, body: body('unauthorized', error.message) };
  if (error instanceof ForbiddenError) return { status: 403, body: body('forbidden', error.message) };
  if (error instanceof TooLargeError) return { status: 413, body: body('too_large', error.message) };
  if (error instanceof errors.EnvironmentError) return { status: 503, body: body('unavailable', error.message) };
  return { status: 500, body: body('internal', 'internal error: the server logged the details') };
}

/**
 * "field: message" (the part of the request is in the summary; details keep where, record and field);
 * a message that reads on from the name ("must be ...") follows it as a sentence: "limit must be ...".
 */
function problemText(p: Problem): string {
  const name = `${p.field ?? p.where}${p.record ? ` (${p.record})` : ''}`;
  return /^must /.test(p.message) ? `${name} ${p.message}` : `${name}: ${p.message}`;
}
