/**
 * The one reader of an exchange file for import: an async generator that streams the file's lines
 * through the format's row parser and yields batches of about `batchSize` events, each with the
 * decoded text read since the previous batch (in order: appended together they make the file's
 * text), the number of lines read so far, and what was skipped or malformed meanwhile. The last
 * batch carries what only the end knows (unknown actors, dropped modes and contexts).
 *
 * The same generator runs inline or in a worker thread (import-worker.ts); it needs no store, only
 * the store's actors, so what it yields is the same in both. A batch is plain data (packed rows,
 * events as JSON-like objects) so that it can be posted between threads.
 */
import { ValidationError, type Actor, type Event, type Problem } from '../../model/index.js';
import { deriveRows } from './wire/derived-columns.js';
import { emptyRows, pushRow, type ImportedRows } from './wire/row-batch.js';
import { packRows, type PackedRows } from './wire/packed-batch.js';
import { ActorMatcher } from './actor-match.js';
import { codingTables } from './coding-tables.js';
import { GdeltParser } from './gdelt-parser.js';
import { IcewsParser } from './icews.js';
import { readLines } from './lines.js';
import { PolecatParser } from './polecat.js';
import type { ExchangeFormat, RowContext, RowParser } from './row.js';

export interface BatchOptions {
  path: string;
  format: ExchangeFormat;
  /**
   * Id of the Source record the file becomes (imported events cite it). It may come later: rows of
   * a GDELT or ICEWS file are then read and parsed meanwhile (up to HELD_BATCHES batches) and
   * derived once it is known. A POLECAT file waits for it.
   */
  sourceId: string | Promise<string>;
  /** The store's actors: names and offices actors are matched against. */
  actors: Actor[];
  /** Events per batch (default 1,000). */
  batchSize?: number;
}

/** Batches parsed and held, at most, while the source id is not known yet. */
export const HELD_BATCHES = 100;

/** Malformed rows listed with their line numbers; beyond this many they are only counted. */
export const PROBLEMS_LISTED = 100;

export interface ImportBatch {
  /** The rows of a GDELT or ICEWS file, derived and packed (wire/packed-batch.ts). */
  rows?: PackedRows;
  /** The events of a POLECAT file. */
  events?: Event[];
  /**
   * The decoded text read since the previous batch, in pieces: each piece as a string, or as its
   * UTF-8 bytes when those are the file's own (the store then takes them without decoding).
   */
  text: Array<string | Uint8Array>;
  /** Lines read so far (the number of the last line read). */
  lines: number;
  /** Well-formed rows not imported, by reason, since the previous batch. */
  skipped: Record<string, number>;
  /** Malformed rows since the previous batch, listed while fewer than PROBLEMS_LISTED were listed before. */
  problems: Problem[];
  problem_count: number;
  /** The earliest and latest event dates of the batch. */
  first_date?: string;
  last_date?: string;
  /** Set on the last batch only. */
  end?: BatchesEnd;
}

export interface BatchesEnd {
  /** Actor codes and names no table mapped, with counts (the 50 most frequent). */
  unknown_actors: Array<{ code: string; count: number }>;
  /** Modes and contexts dropped because Orrery does not know them (POLECAT). */
  dropped: Array<{ what: string; count: number }>;
}

function parserFor(format: ExchangeFormat, ctx: RowContext): RowParser {
  return format === 'gdelt' ? new GdeltParser(ctx) : format === 'icews' ? new IcewsParser(ctx) : new PolecatParser(ctx);
}

function fresh(): ImportBatch {
  return { text: [], lines: 0, skipped: {}, problems: [], problem_count: 0 };
}

/** A batch as parsed, its rows not yet derived. */
interface Parsed {
  batch: ImportBatch;
  rows?: ImportedRows;
}

export async function* readBatches(opts: BatchOptions): AsyncGenerator<ImportBatch, void, undefined> {
  let sourceId = typeof opts.sourceId === 'string' ? opts.sourceId : undefined;
  const known = Promise.resolve(opts.sourceId).then((id) => (sourceId = id));
  // A POLECAT parser cites the source row by row; GDELT and ICEWS rows get it when derived.
  if (opts.format === 'polecat') await known;
  const byId = new Map(opts.actors.map((a) => [a.id, a]));
  const lookup = (id: string): Actor | undefined => byId.get(id);
  const finish = ({ batch, rows }: Parsed): ImportBatch => {
    // Derived here (codings, lone sides, stored JSON), so that a worker spares the writing thread
    // that work, and packed into two typed arrays, which cross to it without copying.
    if (rows) {
      const cited = { ...rows, source: sourceId! };
      batch.rows = packRows(cited, deriveRows(cited, lookup));
    }
    return batch;
  };
  const held: Parsed[] = [];
  for await (const parsed of parseBatches(opts, sourceId ?? '')) {
    held.push(parsed);
    if (sourceId === undefined && held.length < HELD_BATCHES) continue;
    await known;
    for (const p of held) yield finish(p);
    held.length = 0;
  }
  await known;
  for (const p of held) yield finish(p);
}

async function* parseBatches(opts: BatchOptions, sourceId: string): AsyncGenerator<Parsed, void, undefined> {
  const { path, format } = opts;
  const batchSize = opts.batchSize ?? 1000;
  const tables = codingTables();
  const actors = new ActorMatcher(opts.actors, tables.countries);
  const parser = parserFor(format, { tables, actors, sourceId });
  const tabular = format !== 'polecat';
  const newRows = (): ImportedRows => emptyRows(format === 'icews' ? 'icews' : 'gdelt', sourceId);
  let batch = fresh();
  let rows = tabular ? newRows() : undefined;
  let events: Event[] = [];
  let count = 0;
  let listed = 0;
  const date = (d: string): void => {
    if (!batch.first_date || d < batch.first_date) batch.first_date = d;
    if (!batch.last_date || d > batch.last_date) batch.last_date = d;
  };
  /** The batch so far, handed out; the next one starts empty. */
  const take = (): Parsed => {
    const out: Parsed = { batch };
    if (count) {
      if (rows) out.rows = rows;
      else batch.events = events;
    }
    batch = fresh();
    batch.lines = out.batch.lines;
    rows = tabular ? newRows() : undefined;
    events = [];
    count = 0;
    return out;
  };
  for await (const piece of readLines(path)) {
    batch.text.push(piece.bytes ?? piece.text);
    let yielded = false;
    for (const line of piece.lines) {
      batch.lines = line.number;
      const r = parser.parse(line);
      if ('row' in r) {
        pushRow(rows!, r.row);
        date(r.row.date);
      } else if ('event' in r) {
        events.push(r.event);
        date(r.event.date);
      } else {
        if ('skip' in r) batch.skipped[r.skip] = (batch.skipped[r.skip] ?? 0) + 1;
        else if ('problem' in r) {
          batch.problem_count++;
          const problem = { where: path, record: `line ${line.number}`, message: r.problem };
          if (listed < PROBLEMS_LISTED) {
            batch.problems.push(problem);
            listed++;
          }
          if (line.number === 1 && format === 'icews') throw new ValidationError([problem], `cannot import ${path}`);
        }
        continue;
      }
      if (++count >= batchSize) {
        yield take();
        yielded = true;
      }
    }
    // A piece of the file without a full batch still moves on: its text and counts are not held back.
    if (!yielded) yield take();
  }
  const last = take();
  last.batch.end = {
    unknown_actors: [...actors.unknown]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 50)
      .map(([code, n]) => ({ code, count: n })),
    dropped: parser instanceof PolecatParser ? [...parser.dropped].map(([what, n]) => ({ what, count: n })) : [],
  };
  yield last;
}
