/**
 * Deriving what a store keeps of a batch of imported rows beyond their columns: each row's coding
 * by number (store/encoding/coding-numbers.ts: type, mode, quad code, intensity), its lone sides
 * (the states each side stands for at the row's date, when each side stands for itself), and the
 * event's JSON as stores keep it (store/encoding/event-row.ts), built as text. The row's one
 * citation (source, start, end, SHA-256) is not in the JSON: stores keep it in columns of its own
 * (loneCitation), straight from the batch. Whoever holds the actors can run it: the import worker
 * does, so that the thread writing the store has less to do; a store runs it itself for a batch
 * without it. Row by row it equals eventRow(deriveEvent(rowEvent(rows, i))) (tests check).
 */
import { resolveCountries, standsForItself, type Actor, type EventType } from '../../../model/index.js';
import { codingNumber } from '../../../store/encoding/coding-numbers.js';
import { originInId } from '../../../store/encoding/event-row.js';
import type { DerivedRows, ImportedRows } from './row-batch.js';

/** Resolving one actor at a date, remembering the actors whose answer does not depend on the date. */
class Resolver {
  private readonly fixed = new Map<string, string | null>();
  constructor(private readonly lookup: (id: string) => Actor | undefined) {}

  countries(id: string, date: string): string {
    let known = this.fixed.get(id);
    if (known === undefined) {
      const a = this.lookup(id);
      known = !a || standsForItself(a) ? (a?.id ?? id) : null;
      this.fixed.set(id, known);
    }
    return known ?? resolveCountries([id], date, this.lookup).join(',');
  }
}

const str = JSON.stringify;
const list = (joined: string): string =>
  `[${joined
    .split(',')
    .map((x) => str(x))
    .join(',')}]`;

/**
 * The batch with what deriveRows gives and without the columns that tells (the form unpackRows
 * gives back a packed batch in).
 */
export function slimRows(rows: ImportedRows, lookup: (id: string) => Actor | undefined): ImportedRows {
  const { dataset, source, id, date, summary, start, end, sha256 } = rows;
  return {
    dataset,
    source,
    id,
    date,
    summary,
    actor: [],
    recipient: [],
    event_type: [],
    mode: [],
    external_id: [],
    context: [],
    place: [],
    place_actor: [],
    lat: [],
    lon: [],
    start,
    end,
    sha256,
    derived: rows.derived ?? deriveRows(rows, lookup),
  };
}

export function deriveRows(rows: ImportedRows, lookup: (id: string) => Actor | undefined): DerivedRows {
  const resolve = new Resolver(lookup);
  const out: DerivedRows = { coding: [], lone_actor: [], lone_recipient: [], json: [] };
  const origin = `,"origin":{"kind":"imported","dataset":${str(rows.dataset)},"external_id":`;
  const dataset = rows.dataset;
  for (let i = 0, n = rows.id.length; i < n; i++) {
    const type = rows.event_type[i]! as EventType;
    const mode = rows.mode[i]!;
    const coding = codingNumber(type, mode || null);
    if (coding === undefined) throw new Error(`row ${rows.id[i]}: "${mode}" is not a mode of ${type}`);
    const date = rows.date[i]!;
    const actor = rows.actor[i]!;
    const recipient = rows.recipient[i]!;
    const actorCountry = resolve.countries(actor, date);
    const recipientCountry = recipient ? resolve.countries(recipient, date) : '';
    // Lone sides (loneSides) and an origin the id tells are left to the row's columns (event-row.ts).
    const lone = actorCountry === actor && recipientCountry === recipient;
    let json = '{';
    if (!lone) {
      json += `"actor":[${str(actor)}]`;
      if (recipient) json += `,"recipient":[${str(recipient)}]`;
    }
    const context = rows.context[i]!;
    if (context) json += `${json.length > 1 ? ',' : ''}"context":${list(context)}`;
    const place = rows.place[i]!;
    if (place) {
      const placeActor = rows.place_actor[i]!;
      const lat = rows.lat[i]!;
      const lon = rows.lon[i]!;
      json += `${json.length > 1 ? ',' : ''}"location":{"name":${str(place)}${placeActor ? `,"actor":${str(placeActor)}` : ''}`;
      json += Number.isNaN(lat) || Number.isNaN(lon) ? '}' : `,"lat":${lat},"lon":${lon}}`;
    }
    // The row's one citation is left to the cite_* columns (loneCitation).
    const externalId = rows.external_id[i]!;
    if (!originInId(rows.id[i]!, dataset, externalId))
      json += `${json.length > 1 ? origin : origin.slice(1)}${str(externalId)}}`;
    if (!lone) {
      if (actorCountry !== actor) json += `,"actor_country":${actorCountry ? list(actorCountry) : '[]'}`;
      if (recipientCountry !== recipient)
        json += `,"recipient_country":${recipientCountry ? list(recipientCountry) : '[]'}`;
    }
    out.coding.push(coding);
    out.lone_actor.push(lone ? actor : '');
    out.lone_recipient.push(lone ? recipient : '');
    out.json.push(`${json}}`);
  }
  return out;
}
