/** The one mapping from Orrery's error family to process exit codes. */
import { CitationError, ConflictError, EnvironmentError, NotFoundError, OrreryError, UsageError, ValidationError } from '../model/index.js';

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
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof NotFoundError) return EXIT.notFound;
  if (error instanceof CitationError) return EXIT.citation;
  if (error instanceof ValidationError) return EXIT.invalidData;
  if (error instanceof EnvironmentError) return EXIT.environment;
  if (error instanceof ConflictError) return EXIT.conflict;
  if (error instanceof OrreryError) return EXIT.failed;
  return EXIT.internal;
}
