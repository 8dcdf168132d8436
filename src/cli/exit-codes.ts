/** The one mapping from Orrery's error family to process exit codes. */
import * as errors from '../model/errors.js';

export const EXIT = {
  ok: 0,
  /** A check ran and found problems (validate), or a query had no answer (no route). */
  failed: 1,
  usage: 2,
  notFound: 3,
  invalidData: 4,
  citation: 5,
  environment: 6,
  conflict: 7,
  internal: 70,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof errors.UsageError) return EXIT.usage;
  if (error instanceof errors.NotFoundError) return EXIT.notFound;
  if (error instanceof errors.CitationError) return EXIT.citation;
  if (error instanceof errors.ValidationError) return EXIT.invalidData;
  if (error instanceof errors.EnvironmentError) return EXIT.environment;
  if (error instanceof errors.ConflictError) return EXIT.conflict;
  if (error instanceof errors.OrreryError) return EXIT.failed;
  return EXIT.internal;
}

/**
 * What the user reads about an error. Orrery's own errors say what and where as they are; anything
 * else is a bug or an unexpected environment, told in one line (its kind and the first line of its
 * message, never its stack: that is for `--debug`).
 */
export function errorMessage(error: unknown): string {
  if (error instanceof errors.OrreryError) return error.message;
  if (error instanceof Error) {
    const first = error.message.split('\n').find((l) => l.trim()) ?? '';
    const code = (error as NodeJS.ErrnoException).code;
    return `internal error: ${error.name}${typeof code === 'string' ? ` ${code}` : ''}${first ? `: ${first.trim()}` : ''}`;
  }
  return `internal error: ${String(error).split('\n')[0]}`;
}
