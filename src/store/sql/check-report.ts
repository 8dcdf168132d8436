/**
 * The frame of `orrery check` that both SQL stores share: the report as it starts, how it ends
 * (ok when nothing was found, with the time taken), and what the stored schema version against the
 * code's says. Each store's check.ts fills in what only its backend can look at.
 */
import type { CheckProblem, CheckReport } from '../check.js';

export interface ReportInProgress {
  readonly report: CheckReport;
  /** The report as it stands, finished. */
  done(): CheckReport;
}

export function startReport(backend: CheckReport['backend'], location: string, codeVersion: number): ReportInProgress {
  const t0 = performance.now();
  const report: CheckReport = {
    ok: false,
    backend,
    location,
    schema: { store: 0, code: codeVersion },
    counts: { sources: 0, events: 0, citations_checked: 0, imported_citations_sampled: 0 },
    problems: [],
    seconds: 0,
  };
  return {
    report,
    done: () => ({ ...report, ok: report.problems.length === 0, seconds: (performance.now() - t0) / 1000 }),
  };
}

/**
 * What the stored schema version says: records the version in the report and returns false when
 * there is no schema at all (nothing else can be checked).
 */
export function checkSchemaVersion(report: CheckReport, version: number, holder: string): boolean {
  const code = report.schema.code;
  report.schema.store = version;
  const problem = (message: string, repair: string): CheckProblem => ({ check: 'schema', message, repair });
  if (version === 0) {
    report.problems.push(
      problem(`${holder} holds no Orrery schema`, 'run `orrery init` to create the schema and load the dataset'),
    );
    return false;
  }
  if (version < code)
    report.problems.push(
      problem(
        `the schema is at version ${version}, the code's at ${code}`,
        'run any command that opens the store (e.g. `orrery stats`): it migrates the schema',
      ),
    );
  else if (version > code)
    report.problems.push(
      problem(
        `the schema is at version ${version}, newer than this Orrery's (${code})`,
        'use the Orrery that wrote this store (upgrade this one)',
      ),
    );
  return true;
}
