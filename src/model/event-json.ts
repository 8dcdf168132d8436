/**
 * How a store keeps an event in an `events` row, the same on every backend: the columns hold what queries
 * filter on (id, date, type, mode, quad code, intensity, status, summary), and the `json` column
 * holds only the rest, without the fields that are at their defaults or derived from the columns.
 * A million imported events then cost about a third of the bytes (and of the write time) they would
 * as whole records. `eventFromRow` gives back exactly the StoredEvent that was written; rows
 * written whole (by earlier versions) read the same, since whatever the JSON holds is kept.
 */
import { precisionOf } from './dates.js';
import { QUAD_CLASSES } from './plover.js';
import type { StoredEvent } from './stored-event.js';

export interface EventRow {
  id: string;
  date: string;
  event_type: string;
  mode: string | null;
  quad_code: number;
  intensity: number;
  status: string;
  summary: string;
  /** Text (SQLite) or already parsed (PostgreSQL's json type). */
  json: string | Record<string, unknown>;
}

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The JSON column of an event: what its other columns do not hold and is not at its default. */
export function eventJson(e: StoredEvent): string {
  const rest: Record<string, unknown> = {};
  if (e.end_date !== null) rest.end_date = e.end_date;
  rest.actor = e.actor;
  if (e.recipient.length) rest.recipient = e.recipient;
  if (e.context.length) rest.context = e.context;
  if (e.modality !== 'actual') rest.modality = e.modality;
  if (e.location) rest.location = e.location;
  rest.citations = e.citations;
  if (e.counter_claims.length) rest.counter_claims = e.counter_claims;
  rest.origin = e.origin;
  if (e.note !== undefined) rest.note = e.note;
  if (e.quad_class !== QUAD_CLASSES[e.quad_code - 1]) rest.quad_class = e.quad_class;
  if (!sameList(e.actor_country, e.actor)) rest.actor_country = e.actor_country;
  if (!sameList(e.recipient_country, e.recipient)) rest.recipient_country = e.recipient_country;
  return JSON.stringify(rest);
}

/** The stored event a row holds, its keys in the order the record schema gives them. */
export function eventFromRow(row: EventRow): StoredEvent {
  const j = (typeof row.json === 'string' ? JSON.parse(row.json) : row.json) as Partial<StoredEvent>;
  const actor = j.actor ?? [];
  const recipient = j.recipient ?? [];
  const quadCode = row.quad_code as StoredEvent['quad_code'];
  const e: StoredEvent = {
    id: row.id,
    date: row.date,
    end_date: j.end_date ?? null,
    actor,
    recipient,
    event_type: row.event_type as StoredEvent['event_type'],
    mode: row.mode,
    context: j.context ?? [],
    modality: j.modality ?? 'actual',
    location: j.location ?? null,
    summary: row.summary,
    citations: j.citations ?? [],
    status: row.status as StoredEvent['status'],
    counter_claims: j.counter_claims ?? [],
    origin: j.origin ?? { kind: 'curated' },
    ...(j.note !== undefined ? { note: j.note } : {}),
    date_precision: precisionOf(row.date),
    quad_class: j.quad_class ?? (QUAD_CLASSES[quadCode - 1] as StoredEvent['quad_class']),
    quad_code: quadCode,
    intensity: row.intensity,
    actor_country: j.actor_country ?? [...actor],
    recipient_country: j.recipient_country ?? [...recipient],
  };
  return e;
}
