/**
 * `orrery ingest <file or directory>...`: read documents, code their events, and store each
 * document whole (one transaction per document). A run goes on past bad files and ends with a
 * report; `--json` prints it for machines; on a terminal, progress goes to stderr.
 */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import {
  OrreryError,
  SOURCE_KINDS,
  UsageError,
  ValidationError,
  dateProblem,
  formatProblem,
} from '../../model/index.js';
import { listDocuments, type PathProblem } from '../../ingest/files.js';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../ingest/formats/index.js';
import { ingestFile, type IngestReport } from '../../ingest/pipeline.js';
import type { SourceKind } from '../../ingest/source-record.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import { withStore } from '../open.js';
import { print, printJson, safeText, table } from '../output.js';
import { evaluateAfterWrite } from './alert.js';

interface Options {
  published?: string;
  title?: string;
  kind?: string;
  format?: string;
  maxSize?: string;
  matchImported?: boolean;
  json?: boolean;
}

type Outcome =
  | { file: string; status: 'ingested' | 'duplicate'; report: IngestReport }
  | { file: string; status: 'failed'; error: string; exit: number };

async function askDate(file: string): Promise<string | undefined> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (;;) {
      const answer = (
        await rl
          .question(`Publication date of ${safeText(file)} (YYYY-MM-DD, YYYY-MM or YYYY; empty to skip): `)
          .catch(() => '')
      ).trim();
      if (!answer) return undefined;
      const problem = dateProblem(answer);
      if (!problem) return answer;
      process.stderr.write(`  ${problem}\n`);
    }
  } finally {
    rl.close();
  }
}

function checkOptions(o: Options, files: number): { kind?: SourceKind; format?: DocumentFormat; maxBytes?: number } {
  if (o.published) {
    const problem = dateProblem(o.published);
    if (problem) throw new UsageError(`--published: ${problem}`);
  }
  if (o.title && files > 1) throw new UsageError('--title names one document; give it with a single file');
  if (o.kind && !(SOURCE_KINDS as readonly string[]).includes(o.kind))
    throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}`);
  if (o.format && !(DOCUMENT_FORMATS as readonly string[]).includes(o.format))
    throw new UsageError(`--format must be one of ${DOCUMENT_FORMATS.join(', ')}`);
  const mb = o.maxSize === undefined ? undefined : Number(o.maxSize);
  if (mb !== undefined && !(mb > 0))
    throw new UsageError(`--max-size must be a positive number of megabytes, got "${o.maxSize}"`);
  return {
    kind: o.kind as SourceKind | undefined,
    format: o.format as DocumentFormat | undefined,
    maxBytes: mb && Math.round(mb * 1024 * 1024),
  };
}

/** What went wrong with one file, in one line, without repeating its name. */
function failure(file: string, error: unknown): string {
  if (error instanceof ValidationError)
    return error.problems.map((p) => (p.where === file ? p.message : formatProblem(p))).join('; ');
  const message =
    error instanceof OrreryError
      ? error.message
      : error instanceof Error
        ? `internal error: ${error.message}`
        : String(error);
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

function printReport(outcomes: Outcome[], skipped: PathProblem[] = []): void {
  const rows = outcomes.map((o) =>
    o.status === 'failed'
      ? [o.file, 'failed', o.error]
      : [
          o.file,
          o.status,
          o.status === 'duplicate'
            ? `already stored as ${o.report.source.id}`
            : `${o.report.source.id}: ${o.report.created.length} new, ${o.report.corroborated.length} corroborated, ${o.report.conflicts.length} conflicts`,
        ],
  );
  for (const x of skipped) rows.push([x.file, 'skipped', x.reason]);
  print(table(['file', 'result', 'detail'], rows, [40, 11, 70]));
  const warnings = outcomes.flatMap((o) => (o.status === 'failed' ? [] : o.report.warnings));
  for (const w of warnings) print(`warning: ${w}`);
  const names = new Map<string, number>();
  for (const o of outcomes)
    if (o.status === 'ingested')
      for (const c of o.report.candidates) names.set(c.name, (names.get(c.name) ?? 0) + c.count);
  if (names.size)
    print(
      `names that acted like actors but are not in the gazetteer: ${[...names]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([n, c]) => `${n} (${c})`)
        .join(', ')}`,
    );
  const count = (s: string): number => outcomes.filter((o) => o.status === s).length;
  print(
    `${outcomes.length} documents: ${count('ingested')} ingested, ${count('duplicate')} already stored, ${count('failed')} failed${skipped.length ? `; ${skipped.length} skipped (not documents)` : ''}`,
  );
  if (count('ingested')) print('new events await review: `orrery review`');
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'read documents (text, Markdown, HTML, PDF), code their events and store them for review; one transaction per document',
    )
    .argument('<paths...>', 'files or directories (directories are read recursively)')
    .option('--published <date>', 'publication date (YYYY-MM-DD, YYYY-MM or YYYY) when the document does not say')
    .option('--title <title>', 'title of the document (one file only)')
    .option('--kind <kind>', `kind of document: ${SOURCE_KINDS.join(', ')} (default news)`)
    .option('--format <format>', `read as this format whatever the file name: ${DOCUMENT_FORMATS.join(', ')}`)
    .option('--max-size <MB>', 'refuse documents larger than this (default 50)')
    .option(
      '--match-imported',
      'also corroborate imported rows (GDELT, ICEWS) that are exactly the same event: same type, states and day',
    )
    .option('--json', 'print a machine-readable report')
    .action(async (paths: string[], o: Options, cmd: Command) => {
      // Paths that cannot be read fail one by one and the run goes on; special files are skipped, with the reason.
      const { files, problems } = await listDocuments(paths);
      const unreadable = problems.filter((x) => x.status === 'failed');
      const skipped = problems.filter((x) => x.status === 'skipped');
      const single = files.length + unreadable.length === 1;
      if (single && unreadable.length === 1 && !o.json) throw unreadable[0]!.error;
      if (files.length + unreadable.length === 0) {
        throw new UsageError(
          `no files found in ${paths.join(', ')}${skipped.length ? ` (skipped: ${skipped.map((x) => `${x.file}: ${x.reason}`).join('; ')})` : ''}`,
        );
      }
      const checked = checkOptions(o, files.length);
      const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
      const progress = process.stderr.isTTY && !o.json && files.length > 1;
      await withStore(cmd, async (store) => {
        const outcomes: Outcome[] = unreadable.map((x) => ({
          file: x.file,
          status: 'failed',
          error: x.reason,
          exit: exitCodeFor(x.error),
        }));
        for (const [i, file] of files.entries()) {
          if (progress) process.stderr.write(`\r\x1b[K[${i + 1}/${files.length}] ${safeText(file)}`);
          try {
            const report = await ingestFile(
              store,
              file,
              { published: o.published, title: o.title, kind: checked.kind },
              {
                maxBytes: checked.maxBytes,
                format: checked.format,
                askPublished: interactive ? askDate : undefined,
                matchImported: o.matchImported,
              },
            );
            outcomes.push({ file, status: report.duplicate ? 'duplicate' : 'ingested', report });
          } catch (error) {
            if (single && !o.json) throw error;
            outcomes.push({ file, status: 'failed', error: failure(file, error), exit: exitCodeFor(error) });
          }
        }
        if (progress) process.stderr.write('\r\x1b[K');
        const failed = outcomes.filter((x) => x.status === 'failed');
        if (o.json) {
          printJson({
            documents: outcomes.map((x) =>
              x.status === 'failed'
                ? { file: x.file, status: x.status, error: x.error }
                : { file: x.file, status: x.status, ...x.report },
            ),
            ...(skipped.length ? { skipped: skipped.map((x) => ({ file: x.file, reason: x.reason })) } : {}),
            summary: {
              documents: outcomes.length,
              ingested: outcomes.filter((x) => x.status === 'ingested').length,
              duplicate: outcomes.filter((x) => x.status === 'duplicate').length,
              failed: failed.length,
            },
          });
        } else printReport(outcomes, skipped);
        if (outcomes.some((x) => x.status === 'ingested')) await evaluateAfterWrite(store, cmd);
        if (failed.length) process.exitCode = single && failed[0]!.status === 'failed' ? failed[0]!.exit : EXIT.failed;
      });
    });
}
