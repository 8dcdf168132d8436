/**
 * The typed error family. Every failure Orrery reports is one of these; the CLI maps them once
 * to exit codes (src/cli/exit-codes.ts) and the server once to HTTP statuses.
 */
export class OrreryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem found in input data, located as precisely as we can. */
export interface Problem {
  /** File or other origin (e.g. "data/caucasus/events/2023.yaml"). */
  where: string;
  /** Record id or index within the file. */
  record?: string;
  /** Dotted path of the field within the record. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const at = [p.where, p.record ? `record ${p.record}` : '', p.field ? `field ${p.field}` : '']
    .filter(Boolean)
    .join(', ');
  return `${at}: ${p.message}`;
}

/** Input that breaks the schema or the dataset's rules. Carries every problem found, not only the first. */
export class ValidationError extends OrreryError {
  constructor(
    readonly problems: Problem[],
    summary = 'invalid data',
  ) {
    super(
      `${summary}:\n${problems
        .slice(0, 50)
        .map((p) => `  - ${formatProblem(p)}`)
        .join('\n')}${problems.length > 50 ? `\n  ... and ${problems.length - 50} more` : ''}`,
    );
  }
}

/** A citation whose offsets or hash do not match the source text. */
export class CitationError extends ValidationError {}

/** A requested thing (actor, event, source, place...) does not exist. */
export class NotFoundError extends OrreryError {
  constructor(
    readonly kind: string,
    readonly id: string,
    hint?: string,
  ) {
    super(`no ${kind} "${id}"${hint ? ` (${hint})` : ''}`);
  }
}

/** A request that is well-formed but cannot be satisfied as asked (bad option, bad combination). */
export class UsageError extends OrreryError {}

/** Something Orrery needs from its environment is missing (source texts, database file). */
export class EnvironmentError extends OrreryError {}

/** A write conflicts with the current state (e.g. two reviewers editing one event). */
export class ConflictError extends OrreryError {}
