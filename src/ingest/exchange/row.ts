/** What the row parsers of the exchange formats share: their context, their results, the citation of a row. */
import { createHash } from 'node:crypto';
import type { Citation, Event } from '../../model/index.js';
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

/** The citation of a row: its offsets in the file's text and the SHA-256 of the row. */
export function rowCitation(sourceId: string, line: Line): Citation {
  let start = line.start;
  let text = line.text;
  if (line.number === 1 && text.startsWith('\uFEFF')) {
    start += 1;
    text = text.slice(1);
  }
  return { source: sourceId, start, end: start + text.length, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Lower-case kebab form of an external id, for the event id. */
export function idPart(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

/** A summary in Orrery's words: who did what to whom, and where the row came from. */
export function rowSummary(dataset: string, actor: string, type: string, mode: string | null, recipient: string, code?: string): string {
  const what = `${type}${mode ? `/${mode}` : ''}`;
  const s = `${actor || '?'} — ${what}${recipient ? ` — ${recipient}` : ''} (${dataset}${code ? `, CAMEO ${code}` : ''})`;
  return s.length > 400 ? `${s.slice(0, 397)}...` : s;
}

export function coordinate(v: string | undefined, max: number): number | undefined {
  if (v === undefined || v === '' || v === 'NA') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= max ? n : undefined;
}

/** What a tabular row (GDELT, ICEWS) gives for one event, before it becomes an imported Event. */
export interface TabularEvent {
  dataset: 'gdelt' | 'icews';
  id: string;
  externalId: string;
  date: string;
  actor: string;
  recipient?: string;
  coding: { type: Event['event_type']; mode: string | null; context: Event['context'] };
  place: string;
  placeActor?: string;
  lat?: number;
  lon?: number;
  summary: string;
  citation: Citation;
}

/** The imported Event for a tabular row: one actor, an optional distinct recipient, the place if any. */
export function tabularEvent(t: TabularEvent): Event {
  const coords = t.lat !== undefined && t.lon !== undefined ? { lat: t.lat, lon: t.lon } : {};
  return {
    id: t.id,
    date: t.date,
    end_date: null,
    actor: [t.actor],
    recipient: t.recipient && t.recipient !== t.actor ? [t.recipient] : [],
    event_type: t.coding.type,
    mode: t.coding.mode,
    context: t.coding.context,
    modality: 'actual',
    location: t.place ? { name: t.place.slice(0, 200), ...(t.placeActor ? { actor: t.placeActor } : {}), ...coords } : null,
    summary: t.summary,
    citations: [t.citation],
    status: 'asserted',
    counter_claims: [],
    origin: { kind: 'imported', dataset: t.dataset, external_id: t.externalId },
  };
}
