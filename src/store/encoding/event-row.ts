/**
 * How a store keeps an event in an `events` row, the same on every backend: the columns hold what queries
 * filter on (id, date, type, mode, quad code, intensity, status, summary), and the `json` column
 * holds only the rest, without the fields that are at their defaults or derived from the columns.
 * A million imported events then cost about a third of the bytes (and of the write time) they would
 * as whole records. Two more things are left to the columns: the sides of an event whose sides
 * are lone (`loneSides`: one actor and at most one recipient, each standing for itself, kept in the
 * `lone_actor` and `lone_recipient` columns), and the origin of an imported event whose id is its
 * dataset and external id (`gdelt-1100000000`), which the `origin` column and the id restore.
 * Likewise an event's citation, when it has only one (`loneCitation`: every imported event), is
 * kept in the `cite_*` columns and not in the JSON.
 * `eventFromRow` gives back exactly the StoredEvent that was written; rows written by earlier
 * versions read the same, since whatever the JSON holds is kept.
 */
import { precisionOf } from '../../model/dates.js';
import { QUAD_CLASSES } from '../../model/plover.js';
import type { Citation } from '../../model/citation.js';
import type { StoredEvent } from '../../model/stored-event.js';

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
  /** The `origin` column (the origin's kind): needed for rows whose JSON leaves the origin out. */
  origin?: string;
  /** The lone sides (loneSides): needed for rows whose JSON leaves the sides out. */
  lone_actor?: string | null;
  lone_recipient?: string | null;
  /** The lone citation (loneCitation): needed for rows whose JSON leaves the citations out. Offsets may come as strings (PostgreSQL's bigint). */
  cite_source?: string | null;
  cite_start?: number | string | null;
  cite_end?: number | string | null;
  cite_sha256?: string | null;
}

/** An event's citation when it has exactly one: stores keep it in the row's `cite_*` columns, not in its JSON. */
export function loneCitation(e: StoredEvent): Citation | null {
  return e.citations.length === 1 ? e.citations[0]! : null;
}

const onlyItself = (ids: string[], countries: string[]): boolean =>
  ids.length === 1 && countries.length === 1 && ids[0] === countries[0];

/**
 * Whether an event's sides are lone, and which. Most events (nearly every imported one) have one
 * actor and at most one recipient, each standing for itself: stores keep those in the event's own
 * `lone_actor` and `lone_recipient` columns instead of rows of a side table, and its JSON leaves
 * them out. Any other event has both columns empty.
 */
export function loneSides(e: StoredEvent): { actor: string; recipient: string | null } | null {
  if (!onlyItself(e.actor, e.actor_country)) return null;
  if (e.recipient.length === 0)
    return e.recipient_country.length === 0 ? { actor: e.actor[0]!, recipient: null } : null;
  return onlyItself(e.recipient, e.recipient_country) ? { actor: e.actor[0]!, recipient: e.recipient[0]! } : null;
}

/** Whether an imported origin is told by the event's id (`<dataset>-<external id>`, the dataset without a hyphen). */
export function originInId(id: string, dataset: string, externalId: string): boolean {
  const n = dataset.length;
  return (
    id.length === n + 1 + externalId.length &&
    id.charCodeAt(n) === 45 &&
    id.startsWith(dataset) &&
    id.endsWith(externalId) &&
    !dataset.includes('-')
  );
}

/** The imported origin an id tells (see originInId). */
function originOfId(id: string): StoredEvent['origin'] {
  const at = id.indexOf('-');
  return { kind: 'imported', dataset: id.slice(0, at), external_id: id.slice(at + 1) };
}

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The JSON column of an event: what its other columns do not hold and is not at its default. */
export function eventJson(e: StoredEvent): string {
  const rest: Record<string, unknown> = {};
  if (e.end_date !== null) rest.end_date = e.end_date;
  const lone = loneSides(e);
  if (!lone) {
    rest.actor = e.actor;
    if (e.recipient.length) rest.recipient = e.recipient;
  }
  if (e.context.length) rest.context = e.context;
  if (e.modality !== 'actual') rest.modality = e.modality;
  if (e.co_actors) rest.co_actors = e.co_actors;
  if (e.location) rest.location = e.location;
  // One citation goes to the columns; none is the default.
  if (e.citations.length > 1) rest.citations = e.citations;
  if (e.counter_claims.length) rest.counter_claims = e.counter_claims;
  if (e.references?.length) rest.references = e.references;
  if (e.origin.kind !== 'imported' || !originInId(e.id, e.origin.dataset, e.origin.external_id)) rest.origin = e.origin;
  if (e.note !== undefined) rest.note = e.note;
  if (e.quad_class !== QUAD_CLASSES[e.quad_code - 1]) rest.quad_class = e.quad_class;
  if (!lone && !sameList(e.actor_country, e.actor)) rest.actor_country = e.actor_country;
  if (!lone && !sameList(e.recipient_country, e.recipient)) rest.recipient_country = e.recipient_country;
  return JSON.stringify(rest);
}

/** The row a store writes for an event (its `json` column by eventJson). */
export function eventRow(
  e: StoredEvent,
): Required<EventRow> & { json: string; cite_start: number | null; cite_end: number | null } {
  const lone = loneSides(e);
  const cite = loneCitation(e);
  return {
    id: e.id,
    date: e.date,
    event_type: e.event_type,
    mode: e.mode,
    quad_code: e.quad_code,
    intensity: e.intensity,
    status: e.status,
    summary: e.summary,
    json: eventJson(e),
    origin: e.origin.kind,
    lone_actor: lone?.actor ?? null,
    lone_recipient: lone?.recipient ?? null,
    cite_source: cite?.source ?? null,
    cite_start: cite?.start ?? null,
    cite_end: cite?.end ?? null,
    cite_sha256: cite?.sha256 ?? null,
  };
}

/** The citations of a row: those of its JSON, else its lone citation, else none. */
function rowCitations(row: EventRow, j: Partial<StoredEvent>): Citation[] {
  if (j.citations) return j.citations;
  if (!row.cite_source) return [];
  return [
    { source: row.cite_source, start: Number(row.cite_start), end: Number(row.cite_end), sha256: row.cite_sha256! },
  ];
}

/** The stored event a row holds, its keys in the order the record schema gives them. */
export function eventFromRow(row: EventRow): StoredEvent {
  const j = (typeof row.json === 'string' ? JSON.parse(row.json) : row.json) as Partial<StoredEvent>;
  // Sides left out of the JSON are the lone ones (rows written before always hold them).
  const lone = j.actor === undefined && row.lone_actor;
  const actor = lone ? [row.lone_actor!] : (j.actor ?? []);
  const recipient = lone ? (row.lone_recipient ? [row.lone_recipient] : []) : (j.recipient ?? []);
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
    ...(j.co_actors ? { co_actors: j.co_actors } : {}),
    location: j.location ?? null,
    summary: row.summary,
    citations: rowCitations(row, j),
    ...(j.references ? { references: j.references } : {}),
    status: row.status as StoredEvent['status'],
    counter_claims: j.counter_claims ?? [],
    origin: j.origin ?? (row.origin === 'imported' ? originOfId(row.id) : { kind: 'curated' }),
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
