/** What the row parsers of the exchange formats share: their context, their results, the citation of a row. */
import { hash } from 'node:crypto';
import type { Citation, Event } from '../../model/index.js';
import type { ImportedRow } from './wire/row-batch.js';
import type { ActorMatcher } from './actor-match.js';
import type { CodingTables } from './coding-tables.js';
import type { Line } from './lines.js';

export const EXCHANGE_FORMATS = ['gdelt', 'icews', 'polecat'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

export interface RowContext {
  tables: CodingTables;
  actors: ActorMatcher;
  /** Id of the Source record the imported file becomes. */
  sourceId: string;
}

export type RowResult =
  /** A tabular row (GDELT, ICEWS): one actor, at most one recipient; `rowEvent` gives its Event. */
  | { row: ImportedRow }
  /** A JSON line (POLECAT), which may name several actors. */
  | { event: Event }
  /** A well-formed row that is not imported (not an event type Orrery codes, no actor...). */
  | { skip: string }
  /** A malformed row: reported with its line number. */
  | { problem: string }
  /** A header line, read for column names. */
  | { header: true };

export interface RowParser {
  parse(line: Line): RowResult;
}

/** Where a row is in the file's text and the SHA-256 of its text: what its citation holds besides the source. */
export interface RowSpan {
  start: number;
  end: number;
  sha256: string;
}

/** The span of a row (a byte order mark before the first row is not part of it). */
export function rowSpan(line: Line): RowSpan {
  let start = line.start;
  let text = line.text;
  if (line.number === 1 && text.charCodeAt(0) === 0xfeff) {
    start += 1;
    text = text.slice(1);
  }
  return { start, end: start + text.length, sha256: hash('sha256', text) };
}

/** The citation of a row: its offsets in the file's text and the SHA-256 of the row. */
export function rowCitation(sourceId: string, line: Line): Citation {
  const { start, end, sha256 } = rowSpan(line);
  return { source: sourceId, start, end, sha256 };
}

/** Lower-case kebab form of an external id, for the event id. */
export function idPart(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** A summary in Orrery's words: who did what to whom, and where the row came from. */
export function rowSummary(
  dataset: string,
  actor: string,
  type: string,
  mode: string | null,
  recipient: string,
  code?: string,
): string {
  const what = `${type}${mode ? `/${mode}` : ''}`;
  const s = `${actor || '?'} — ${what}${recipient ? ` — ${recipient}` : ''} (${dataset}${code ? `, CAMEO ${code}` : ''})`;
  return s.length > 400 ? `${s.slice(0, 397)}...` : s;
}

export function coordinate(v: string | undefined, max: number): number | undefined {
  if (v === undefined || v === '' || v === 'NA') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= max ? n : undefined;
}
