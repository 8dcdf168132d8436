/**
 * What every backend writes beside a record, the same for SQLite and PostgreSQL: the citations it
 * holds, the actor rows of an event (one per country its side resolves to), the records a conflict
 * involves, and the text full-text search indexes for it. Pure functions; each backend turns these
 * into rows of its own tables.
 */
import {
  citationsOf,
  firstDay,
  lastDay,
  type Actor,
  type Conflict,
  type Corridor,
  type Dependency,
  type Indicator,
  type Relation,
} from '../../model/index.js';
import { eventRow, loneSides, type EventRow } from './event-row.js';
import type { SearchHit, StoredEvent } from '../store.js';

/** The columns of an `events` row that `eventFromRow` (event-row.ts) reads, in SELECT order. */
export const EVENT_COLUMNS =
  'id, date, event_type, mode, quad_code, intensity, status, summary, json, origin, lone_actor, lone_recipient, cite_source, cite_start, cite_end, cite_sha256';

/** The columns of an `events` row as every backend writes them, in the order eventValues gives. */
export const EVENT_WRITE_COLUMNS =
  'id, date, day_first, day_last, event_type, mode, quad_code, intensity, status, origin, review, summary, json, lone_actor, lone_recipient, ' +
  'cite_source, cite_start, cite_end, cite_sha256';
/** How many values an `events` row has. */
export const EVENT_WRITE_WIDTH = EVENT_WRITE_COLUMNS.split(',').length;

/**
 * The values of an event's `events` row, in EVENT_WRITE_COLUMNS order: the row eventRow gives (its
 * JSON leaves out what the lone, citation and origin columns hold, so both come from one place), with the days
 * the event spans and its review state. `text` cleans the summary for a backend that needs it.
 */
export function eventValues(e: StoredEvent, text: (s: string) => string = (s) => s): unknown[] {
  return rowValues(
    eventRow(e),
    lastDay(e.end_date ?? e.date),
    e.origin.kind === 'coded' ? e.origin.review : null,
    text,
  );
}

/** The values of an `events` row, in EVENT_WRITE_COLUMNS order, from what eventFromRow reads and the rest. */
export function rowValues(
  r: Required<EventRow>,
  dayLast: string,
  review: string | null,
  text: (s: string) => string = (s) => s,
): unknown[] {
  return [
    r.id,
    r.date,
    firstDay(r.date),
    dayLast,
    r.event_type,
    r.mode,
    r.quad_code,
    r.intensity,
    r.status,
    r.origin,
    review,
    text(r.summary),
    r.json,
    r.lone_actor,
    r.lone_recipient,
    r.cite_source,
    r.cite_start,
    r.cite_end,
    r.cite_sha256,
  ];
}

export interface CitationRow {
  kind: string;
  record_id: string;
  /** Dotted path of the citation within the record (e.g. `claims.0.citations.1`). */
  field: string;
  source_id: string;
  start: number;
  end: number;
  sha256: string;
}

/** Every citation a record holds, found by walking it. */
export function citationRows(kind: string, id: string, record: unknown): CitationRow[] {
  return citationsOf(record).map(({ field, citation: c }) => ({
    kind,
    record_id: id,
    field,
    source_id: c.source,
    start: c.start,
    end: c.end,
    sha256: c.sha256,
  }));
}

/** An event's citations are all in its `citations` list: no need to walk the record. */
export function eventCitationRows(e: StoredEvent): CitationRow[] {
  return e.citations.map((c, i) => ({
    kind: 'event',
    record_id: e.id,
    field: `citations.${i}`,
    source_id: c.source,
    start: c.start,
    end: c.end,
    sha256: c.sha256,
  }));
}

/**
 * The event_actors rows of an event whose sides are not lone: each actor gets a row per country its
 * side resolves to, so look-ups by country find it.
 */
export function eventActorRows(
  e: StoredEvent,
): Array<{ side: 'actor' | 'recipient'; actor_id: string; country: string }> {
  const out: Array<{ side: 'actor' | 'recipient'; actor_id: string; country: string }> = [];
  if (loneSides(e)) return out;
  const sides: Array<['actor' | 'recipient', string[], string[]]> = [
    ['actor', e.actor, e.actor_country],
    ['recipient', e.recipient, e.recipient_country],
  ];
  for (const [side, ids, countries] of sides) {
    for (const id of ids)
      for (const country of countries.length ? countries : [id]) out.push({ side, actor_id: id, country });
  }
  return out;
}

/** The records a conflict's claims point at, each once. */
export function conflictRecordIds(c: Conflict): string[] {
  return [...new Set(c.claims.flatMap((cl) => (cl.record ? [cl.record] : [])))];
}

/** The text indexed for full-text search, per kind of record. */
export const searchText = {
  actor: (a: Actor): string => [a.name, ...a.aliases, ...a.metonyms, a.note ?? ''].join(' '),
  event: (e: StoredEvent): string => e.summary,
  relation: (r: Relation): string => r.summary,
  indicator: (i: Indicator): string => `${i.metric.replace(/_/g, ' ')} ${i.summary}`,
  dependency: (d: Dependency): string => `${d.commodity} ${d.summary}`,
  corridor: (c: Corridor): string => [...c.names.map((n) => n.name), c.summary].join(' '),
  conflict: (c: Conflict): string => [c.topic, ...c.claims.map((cl) => cl.says)].join(' '),
} satisfies Record<SearchHit['kind'], (record: never) => string>;
