/**
 * Importing an exchange file (GDELT, ICEWS, POLECAT) into the store: the file is hashed first (an
 * identical file already imported is recognised and skipped), then streamed in batches into one
 * import transaction: good rows become imported events that cite their row of the file, which is
 * stored as the text of a Source record; bad rows are reported with their line numbers and
 * skipped; rows that are not PLOVER events are counted. Any other failure rolls the whole import
 * back. With `strict`, a single bad row rolls it back too.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ValidationError, type Event, type Problem, type Source } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import { ActorMatcher } from './actor-match.js';
import { codingTables } from './coding-tables.js';
import { GdeltParser } from './gdelt.js';
import { IcewsParser } from './icews.js';
import { readLines, sha256File } from './lines.js';
import { PolecatParser } from './polecat.js';
import type { ExchangeFormat, RowContext, RowParser } from './row.js';

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
  imported: number;
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

const DATASET_TITLES: Record<ExchangeFormat, string> = { gdelt: 'GDELT 2.0 events', icews: 'ICEWS coded events', polecat: 'PLOVER/POLECAT events' };

function parserFor(format: ExchangeFormat, ctx: RowContext): RowParser {
  return format === 'gdelt' ? new GdeltParser(ctx) : format === 'icews' ? new IcewsParser(ctx) : new PolecatParser(ctx);
}

export async function importFile(store: Store, path: string, format: ExchangeFormat, opts: ImportOptions = {}): Promise<ImportReport> {
  const t0 = performance.now();
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new ValidationError([{ where: path, message: 'no such file' }], `cannot import ${path}`);
  const sha = await sha256File(path);
  const id = `${format}-${sha.slice(0, 12)}`;
  const report: ImportReport = {
    file: path, format, source: id, duplicate: false, commit_every: null, lines: 0, imported: 0, skipped: {}, problems: [], problem_count: 0,
    unknown_actors: [], dropped: [], seconds: 0,
  };
  const known = await store.findSourceBySha256(sha);
  if (known) return { ...report, source: known.id, duplicate: true, seconds: (performance.now() - t0) / 1000 };
  const tables = codingTables();
  const actors = new ActorMatcher(await store.listActors(), tables.countries);
  const ctx: RowContext = { tables, actors, sourceId: id };
  const parser = parserFor(format, ctx);
  const source: Source = {
    id, title: `${DATASET_TITLES[format]}: ${basename(path)}`, author: null, publisher: null, published: new Date().toISOString().slice(0, 10),
    published_inferred: true, kind: 'news', url: null, file: basename(path), sha256: sha, note: `imported with orrery import --format ${format}`,
  };
  const commitEvery = opts.strict ? Infinity : (opts.commitEvery ?? 100_000);
  const session = await store.beginImport(source, { commitEvery });
  const batchSize = opts.batchSize ?? 1000;
  let batch: Event[] = [];
  let textPieces: string[] = [];
  let textLength = 0;
  try {
    for await (const { lines, text } of readLines(path)) {
      textPieces.push(text);
      textLength += text.length;
      if (textLength >= 1 << 20) {
        await session.appendText(textPieces.join(''));
        textPieces = [];
        textLength = 0;
      }
      for (const line of lines) {
        report.lines = line.number;
        const r = parser.parse(line);
        if ('event' in r) {
          batch.push(r.event);
          if (!report.first_date || r.event.date < report.first_date) report.first_date = r.event.date;
          if (!report.last_date || r.event.date > report.last_date) report.last_date = r.event.date;
          if (batch.length >= batchSize) {
            await session.addEvents(batch);
            report.imported += batch.length;
            batch = [];
          }
        } else if ('skip' in r) report.skipped[r.skip] = (report.skipped[r.skip] ?? 0) + 1;
        else if ('problem' in r) {
          report.problem_count++;
          if (report.problems.length < 100) report.problems.push({ where: path, record: `line ${line.number}`, message: r.problem });
          if (line.number === 1 && format === 'icews') throw new ValidationError(report.problems, `cannot import ${path}`);
        }
      }
      opts.progress?.(report.lines, info.size);
    }
    if (batch.length) {
      await session.addEvents(batch);
      report.imported += batch.length;
    }
    if (textPieces.length) await session.appendText(textPieces.join(''));
    if (opts.strict && report.problem_count) {
      throw new ValidationError(report.problems, `${report.problem_count} malformed row(s) in ${path}; nothing imported (--strict)`);
    }
    if (report.lines === 0) throw new ValidationError([{ where: path, message: 'the file is empty' }], `cannot import ${path}`);
    await session.commit(report.last_date ? { ...source, published: report.last_date } : source);
  } catch (error) {
    await session.rollback();
    const kept = session.durable ?? 0;
    if (kept > 0 && error instanceof Error) {
      error.message += `\n(${kept.toLocaleString('en')} events were kept by intermediate commits; the source record was not written, so running the same import again replaces them and finishes it)`;
    }
    throw error;
  }
  report.commit_every = Number.isFinite(commitEvery) ? commitEvery : null;
  report.unknown_actors = [...actors.unknown].sort((a, b) => b[1] - a[1]).slice(0, 50).map(([code, count]) => ({ code, count }));
  if (parser instanceof PolecatParser) report.dropped = [...parser.dropped].map(([what, count]) => ({ what, count }));
  report.seconds = (performance.now() - t0) / 1000;
  return report;
}
