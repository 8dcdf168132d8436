/**
 * A batch of imported rows: events read from a tabular exchange file (GDELT, ICEWS), one actor, at
 * most one recipient, one place and one citation each, held column by column as a parser produces
 * them. This is the wire format of a bulk import, between the parser, the import worker and the
 * store: the worker derives what the store keeps (derived-columns.ts) and packs the batch
 * (packed-batch.ts) before it crosses to the writing thread. `rowEvent` gives the Event a row stands
 * for; a store may write the columns straight into its tables, as long as what it stores equals
 * what it would store for that Event.
 */
import type { Context, Event, EventType } from '../../../model/index.js';
import { plainEvent } from '../../../model/index.js';
import { CODINGS } from '../../../store/encoding/coding-numbers.js';
import { eventFromRow, type EventRow } from '../../../store/encoding/event-row.js';

/** The fields of one imported row, as a parser produces it. */
export interface ImportedRow {
  id: string;
  external_id: string;
  date: string;
  actor: string;
  /** `null` when the row names no recipient, or the same actor twice. */
  recipient: string | null;
  event_type: EventType;
  mode: string | null;
  context: Context[];
  /** The place name (at most 200 characters are kept), its state, and its coordinates. */
  place: string | null;
  place_actor: string | null;
  lat: number | null;
  lon: number | null;
  summary: string;
  /** The row's offsets in the file's text and the SHA-256 of the row: its citation. */
  start: number;
  end: number;
  sha256: string;
}

/** A batch of imported rows in columns ('' stands for null in string columns, NaN in number columns). */
export interface ImportedRows {
  dataset: 'gdelt' | 'icews';
  /** Id of the Source record of the imported file, which every row cites. */
  source: string;
  id: string[];
  external_id: string[];
  date: string[];
  actor: string[];
  recipient: string[];
  event_type: EventType[];
  mode: string[];
  /** Contexts joined by commas. */
  context: string[];
  place: string[];
  place_actor: string[];
  lat: number[];
  lon: number[];
  summary: string[];
  start: number[];
  end: number[];
  sha256: string[];
  /**
   * What a store derives from the rows (derived-columns.ts), when whoever built the batch derived it
   * already. It is then authoritative: the columns its JSON holds (external_id, context, place,
   * place_actor, lat, lon) and those its codings, lone sides and JSON tell (actor,
   * recipient, event_type, mode) may be left empty (`slimRows`), which makes the batch lighter to
   * post between threads.
   */
  derived?: DerivedRows;
}

/**
 * What a store keeps of each row beyond its columns, derived by deriveRows (derived-columns.ts). It
 * is declared here, with the batch that carries it, so that the batch's type needs nothing that
 * needs the batch.
 */
export interface DerivedRows {
  /** The number of the row's type and mode (CODINGS, store/encoding/coding-numbers.ts). */
  coding: number[];
  /** The lone sides (loneSides), '' when the sides are not lone or there is no recipient. */
  lone_actor: string[];
  lone_recipient: string[];
  /** The `json` column of each event (eventJson). */
  json: string[];
}

export function emptyRows(dataset: ImportedRows['dataset'], source: string): ImportedRows {
  return {
    dataset,
    source,
    id: [],
    external_id: [],
    date: [],
    actor: [],
    recipient: [],
    event_type: [],
    mode: [],
    context: [],
    place: [],
    place_actor: [],
    lat: [],
    lon: [],
    summary: [],
    start: [],
    end: [],
    sha256: [],
  };
}

export function rowCount(rows: ImportedRows): number {
  return rows.id.length;
}

export function pushRow(rows: ImportedRows, r: ImportedRow): void {
  rows.id.push(r.id);
  rows.external_id.push(r.external_id);
  rows.date.push(r.date);
  rows.actor.push(r.actor);
  rows.recipient.push(r.recipient && r.recipient !== r.actor ? r.recipient : '');
  rows.event_type.push(r.event_type);
  rows.mode.push(r.mode ?? '');
  rows.context.push(r.context.join(','));
  rows.place.push(r.place ? r.place.slice(0, 200) : '');
  rows.place_actor.push(r.place ? (r.place_actor ?? '') : '');
  rows.lat.push(r.lat ?? Number.NaN);
  rows.lon.push(r.lon ?? Number.NaN);
  rows.summary.push(r.summary);
  rows.start.push(r.start);
  rows.end.push(r.end);
  rows.sha256.push(r.sha256);
}

/** Row `i` of a batch and what deriveRows gave for it, as the `events` row a store keeps (store/encoding/event-row.ts). */
export function derivedRow(rows: ImportedRows, d: DerivedRows, i: number): Required<EventRow> & { json: string } {
  const c = CODINGS[d.coding[i]!]!;
  return {
    id: rows.id[i]!,
    date: rows.date[i]!,
    event_type: c.event_type,
    mode: c.mode,
    quad_code: c.quad_code,
    intensity: c.intensity,
    status: 'asserted',
    summary: rows.summary[i]!,
    json: d.json[i]!,
    origin: 'imported',
    lone_actor: d.lone_actor[i]! || null,
    lone_recipient: d.lone_recipient[i]! || null,
    cite_source: rows.source,
    cite_start: rows.start[i]!,
    cite_end: rows.end[i]!,
    cite_sha256: rows.sha256[i]!,
  };
}

/** The Event that row `i` stands for. A place keeps its coordinates only when it has both. */
export function rowEvent(rows: ImportedRows, i: number): Event {
  if (rows.derived) return plainEvent(eventFromRow(derivedRow(rows, rows.derived, i)));
  const place = rows.place[i]!;
  const placeActor = rows.place_actor[i]!;
  const lat = rows.lat[i]!;
  const lon = rows.lon[i]!;
  const recipient = rows.recipient[i]!;
  const context = rows.context[i]!;
  const coords = Number.isNaN(lat) || Number.isNaN(lon) ? {} : { lat, lon };
  return {
    id: rows.id[i]!,
    date: rows.date[i]!,
    end_date: null,
    actor: [rows.actor[i]!],
    recipient: recipient ? [recipient] : [],
    event_type: rows.event_type[i]!,
    mode: rows.mode[i]! || null,
    context: context ? (context.split(',') as Context[]) : [],
    modality: 'actual',
    location: place ? { name: place, ...(placeActor ? { actor: placeActor } : {}), ...coords } : null,
    summary: rows.summary[i]!,
    citations: [{ source: rows.source, start: rows.start[i]!, end: rows.end[i]!, sha256: rows.sha256[i]! }],
    status: 'asserted',
    counter_claims: [],
    origin: { kind: 'imported', dataset: rows.dataset, external_id: rows.external_id[i]! },
  };
}

export function rowEvents(rows: ImportedRows): Event[] {
  return rows.id.map((_, i) => rowEvent(rows, i));
}
