/**
 * Importing an exchange file (GDELT, ICEWS, POLECAT) into the store: the file is hashed first (an
 * identical file already imported is recognised and skipped), then streamed in batches into one
 * import transaction: good rows become imported events that cite their row of the file, which is
 * stored as the text of a Source record; bad rows are reported with their line numbers and
 * skipped; rows that are not PLOVER events are counted. Any other failure rolls the whole import
 * back (to its last intermediate commit). With `strict`, a single bad row rolls it back too. A
 * file without one usable row stores nothing and is an error.
 *
 * The Source record is written in the import's first transaction, marked unfinished (check.ts), and
 * replaced by the finished record at the last commit: events kept by intermediate commits of an
 * import that was killed always cite a stored source, and running the same import again resumes it
 * (rows already stored are kept, the others written, the record finished).
 *
 * The file is read and parsed by one generator of batches (batches.ts), run in a worker thread for
 * large files (worker-batches.ts) so that the next batch is parsed while this one is written.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ValidationError, type Problem, type Source } from '../../model/index.js';
import { isUnfinishedImport, unfinishedNote } from '../../store/check.js';
import type { BatchWritten, Store } from '../../store/store.js';
import { readBatches, type BatchOptions, type ImportBatch } from './batches.js';
import { sha256File } from './lines.js';
import type { ExchangeFormat } from './row.js';
import { startWorkerReader, type WorkerReader } from './worker-batches.js';

export interface ImportOptions {
  /** Roll back the whole import when any row is malformed (the import is then always one transaction). */
  strict?: boolean;
  /**
   * Commit every so many events (default 100,000) so that a very large file never outgrows the
   * store's page cache; a file with fewer events is one transaction. Infinity: always one.
   */
  commitEvery?: number;
  /** Events written per batch (default 1,000: small batches die young, which keeps garbage collection cheap). */
  batchSize?: number;
  /**
   * Read and parse the file in a worker thread while this thread writes (default: for files over
   * 8 MB, where the thread's start-up cost is repaid). Both ways give the same store.
   */
  threads?: boolean;
  /** Called after each batch with the number of lines read so far. */
  progress?: (lines: number, bytesTotal: number) => void;
}

export interface ImportReport {
  file: string;
  format: ExchangeFormat;
  source: string;
  duplicate: boolean;
  /** Events per transaction: the import was one transaction when `imported` is not larger. */
  commit_every: number | null;
  lines: number;
  /** Events written by this run. */
  imported: number;
  /** True when this run completed an import that an earlier run left unfinished. */
  resumed: boolean;
  /** Resuming: events the earlier run had stored, kept as they were. */
  already_stored: number;
  /** Rows whose id came earlier in the file (or was stored by another import): counted here once, not as imported. */
  duplicates: number;
  /** Well-formed rows not imported, by reason. */
  skipped: Record<string, number>;
  /** Malformed rows (the first 100), with their line numbers. */
  problems: Problem[];
  problem_count: number;
  /** Actor codes and names no table mapped, kept as they are, with counts (the 50 most frequent). */
  unknown_actors: Array<{ code: string; count: number }>;
  /** Modes and contexts dropped because Orrery does not know them (POLECAT). */
  dropped: Array<{ what: string; count: number }>;
  first_date?: string;
  last_date?: string;
  seconds: number;
}

const DATASET_TITLES: Record<ExchangeFormat, string> = {
  gdelt: 'GDELT 2.0 events',
  icews: 'ICEWS coded events',
  polecat: 'PLOVER/POLECAT events',
};

/** Files larger than this are read and parsed in a worker thread unless `threads` says otherwise. */
export const THREADS_FROM_BYTES = 8 << 20;

export async function importFile(
  store: Store,
  path: string,
  format: ExchangeFormat,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const t0 = performance.now();
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ValidationError([{ where: path, message: 'no such file' }], `cannot import ${path}`);
  const reading = { path, format, actors: await store.listActors(), batchSize: opts.batchSize ?? 1000 };
  // The worker starts first: it gets ready while this thread hashes the file.
  const reader = (opts.threads ?? info.size > THREADS_FROM_BYTES) ? startWorkerReader(reading) : undefined;
  try {
    return await importBatches(store, info.size, reading, reader, opts, t0);
  } finally {
    await reader?.stop();
  }
}

async function importBatches(
  store: Store,
  size: number,
  reading: Omit<BatchOptions, 'sourceId'>,
  reader: WorkerReader | undefined,
  opts: ImportOptions,
  t0: number,
): Promise<ImportReport> {
  const { path, format } = reading;
  const sha = await sha256File(path);
  const id = `${format}-${sha.slice(0, 12)}`;
  const report: ImportReport = {
    file: path,
    format,
    source: id,
    duplicate: false,
    commit_every: null,
    lines: 0,
    imported: 0,
    resumed: false,
    already_stored: 0,
    duplicates: 0,
    skipped: {},
    problems: [],
    problem_count: 0,
    unknown_actors: [],
    dropped: [],
    seconds: 0,
  };
  const known = await store.findSourceBySha256(sha);
  if (known && !isUnfinishedImport(known))
    return { ...report, source: known.id, duplicate: true, seconds: (performance.now() - t0) / 1000 };
  report.resumed = known !== undefined;
  const command = `orrery import ${shellWord(resolve(path))} --format ${format}`;
  const source: Source = {
    id,
    title: `${DATASET_TITLES[format]}: ${basename(path)}`,
    author: null,
    publisher: null,
    published: new Date().toISOString().slice(0, 10),
    published_inferred: true,
    kind: 'news',
    url: null,
    file: basename(path),
    sha256: sha,
    note: `imported with orrery import --format ${format}`,
  };
  const commitEvery = opts.strict ? Infinity : (opts.commitEvery ?? 100_000);
  // Written in the first transaction, marked unfinished until the last commit replaces it.
  const session = await store.beginImport(
    { ...source, note: unfinishedNote(command) },
    { commitEvery, skipStored: report.resumed },
  );
  const count = (w: BatchWritten): void => {
    report.imported += w.added;
    if (report.resumed) report.already_stored += w.existing;
    else report.duplicates += w.existing;
  };
  // The file's text goes to the store in pieces of about a megabyte.
  let textPieces: Array<string | Uint8Array> = [];
  let textLength = 0;
  const flushText = async (): Promise<void> => {
    if (textPieces.length) await session.appendText(joinText(textPieces));
    textPieces = [];
    textLength = 0;
  };
  try {
    // Leaving this loop early (an error) ends the generator, which stops its worker.
    for await (const batch of reader ? reader.batches(id) : readBatches({ ...reading, sourceId: id })) {
      for (const piece of batch.text) {
        textPieces.push(piece);
        textLength += piece.length;
        if (textLength >= 1 << 20) await flushText();
      }
      if (batch.rows) count(await session.addRows(batch.rows));
      if (batch.events) count(await session.addEvents(batch.events));
      merge(report, batch);
      opts.progress?.(report.lines, size);
    }
    await flushText();
    if (opts.strict && report.problem_count) {
      throw new ValidationError(
        report.problems,
        `${report.problem_count} malformed row(s) in ${path}; nothing imported (--strict)`,
      );
    }
    if (report.lines === 0)
      throw new ValidationError([{ where: path, message: 'the file is empty' }], `cannot import ${path}`);
    if (report.imported + report.already_stored + report.duplicates === 0) throw noUsableRow(report);
    await session.commit(report.last_date ? { ...source, published: report.last_date } : source);
  } catch (error) {
    await session.rollback();
    const kept = session.durable ?? 0;
    if (kept > 0 && error instanceof Error) {
      error.message += `\n(${kept.toLocaleString('en')} events were kept by intermediate commits, with their source record marked unfinished; run \`${command}\` again to complete the import)`;
    }
    throw error;
  }
  report.commit_every = Number.isFinite(commitEvery) ? commitEvery : null;
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}

/** Why a file gave no event: which format it was read as, how many lines, and what became of them. */
function noUsableRow(report: ImportReport): ValidationError {
  const skipped = Object.entries(report.skipped).map(([why, n]) => `${n.toLocaleString('en')} skipped (${why})`);
  const malformed = report.problem_count ? [`${report.problem_count.toLocaleString('en')} malformed`] : [];
  const first = report.problems[0];
  const problems: Problem[] = [
    {
      where: report.file,
      message:
        `no usable ${report.format} row in ${report.lines.toLocaleString('en')} line(s) read: ${[...malformed, ...skipped].join(', ') || 'none held an event'}` +
        `${first ? ` (first: ${first.record}: ${first.message})` : ''}; is it a ${DATASET_TITLES[report.format]} file? Nothing was stored`,
    },
  ];
  return new ValidationError(problems, `cannot import ${report.file} as ${report.format}`);
}

/** A path as one word of a shell command line (quoted when it needs to be). */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Pieces of text as one: bytes when they all are, else a string. */
function joinText(pieces: Array<string | Uint8Array>): string | Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  if (pieces.every((p) => typeof p !== 'string')) return Buffer.concat(pieces as Uint8Array[]);
  const decoder = new TextDecoder();
  return pieces.map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');
}

/** Add what a batch tells to the report. */
function merge(report: ImportReport, batch: ImportBatch): void {
  report.lines = batch.lines;
  for (const [why, n] of Object.entries(batch.skipped)) report.skipped[why] = (report.skipped[why] ?? 0) + n;
  report.problems.push(...batch.problems);
  report.problem_count += batch.problem_count;
  if (batch.first_date && (!report.first_date || batch.first_date < report.first_date))
    report.first_date = batch.first_date;
  if (batch.last_date && (!report.last_date || batch.last_date > report.last_date)) report.last_date = batch.last_date;
  if (batch.end) {
    report.unknown_actors = batch.end.unknown_actors;
    report.dropped = batch.end.dropped;
  }
}
