/**
 * PLOVER / POLECAT JSON lines: one JSON object per line. Keys are read case- and
 * punctuation-insensitively, so both Orrery's own export (`event_type`, `actor`, `actor_country`...)
 * and POLECAT's column names as keys ("Event Type", "Actor Country", "Event Mode", "Contexts")
 * are understood. Older PLOVER type names are folded into the 16 types (DEMAND into REQUEST,
 * DISAPPROVE and INVESTIGATE into ACCUSE); modes and contexts Orrery does not know are dropped and
 * counted. The export writes the same fields as `orrery events --format jsonl`.
 */
import {
  CONTEXTS,
  EVENT_TYPES,
  MODALITIES,
  MODES,
  STATUSES,
  dateProblem,
  type Context,
  type Event,
  type EventType,
  exchangeEvent,
} from '../../model/index.js';
import type { StoredEvent } from '../../store/store.js';
import type { Line } from './lines.js';
import { coordinate, idPart, rowCitation, rowSummary, type RowContext, type RowParser, type RowResult } from './row.js';

const OLD_TYPES: Record<string, [EventType, string | null]> = {
  DEMAND: ['REQUEST', null],
  DISAPPROVE: ['ACCUSE', 'disapprove'],
  INVESTIGATE: ['ACCUSE', 'investigate'],
};

type Json = Record<string, unknown>;
const norm = (k: string): string =>
  k
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function list(v: unknown): string[] {
  if (Array.isArray(v))
    return v.flatMap((x) => (typeof x === 'string' || typeof x === 'number' ? [String(x).trim()] : [])).filter(Boolean);
  if (typeof v === 'string')
    return v
      .split(/[;,|]/)
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
}

export class PolecatParser implements RowParser {
  /** Modes and contexts that were dropped because Orrery does not know them, with counts. */
  readonly dropped = new Map<string, number>();

  constructor(private readonly ctx: RowContext) {}

  private drop(what: string): void {
    this.dropped.set(what, (this.dropped.get(what) ?? 0) + 1);
  }

  private side(o: Json, prefix: 'actor' | 'recipient', date: string): string[] {
    const ids = list(o[prefix]).filter((x) => this.ctx.actors.has(x));
    if (ids.length) return ids;
    const names = [...list(o[prefix]), ...list(o[`${prefix}_name`])];
    const countries = list(o[`${prefix}_country`]);
    const countryIds = countries
      .map((c) =>
        this.ctx.actors.has(c)
          ? c
          : (this.ctx.tables.countries.fromCameo(c) ??
            this.ctx.tables.countries.fromName(c) ??
            this.ctx.actors.keep(c)),
      )
      .filter((x): x is string => Boolean(x));
    const byName = names
      .map((n) => this.ctx.actors.byGazetteer(n, date, countryIds[0]))
      .filter((x): x is string => Boolean(x));
    return [...new Set(byName.length ? byName : countryIds)];
  }

  parse(line: Line): RowResult {
    if (line.invalid) return { problem: 'not valid UTF-8' };
    if (!line.text.trim()) return { skip: 'blank line' };
    let raw: unknown;
    try {
      raw = JSON.parse(line.text);
    } catch (error) {
      return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return { problem: `a JSON ${Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw}, not an object` };
    const o: Json = Object.fromEntries(Object.entries(raw as Json).map(([k, v]) => [norm(k), v]));
    const external = str(o.id) ?? str(o.event_id);
    if (!external) return { problem: 'no "id" (or "Event ID")' };
    const date = (str(o.date) ?? str(o.event_date) ?? '').slice(0, 10);
    const bad = dateProblem(date);
    if (bad) return { problem: `date: ${bad}` };
    let type = (str(o.event_type) ?? str(o.event) ?? '').toUpperCase();
    let mode = (str(o.mode) ?? str(o.event_mode) ?? null)?.toLowerCase().replace(/[\s_]+/g, '-') ?? null;
    const old = OLD_TYPES[type];
    if (old) [type, mode] = [old[0], mode ?? old[1]];
    if (!(EVENT_TYPES as readonly string[]).includes(type))
      return { problem: `event type "${type}" is not a PLOVER type` };
    const t = type as EventType;
    if (mode && !MODES[t].includes(mode)) {
      this.drop(`mode ${t}/${mode}`);
      mode = null;
    }
    const contexts = list(o.context ?? o.contexts).map((c) => c.toLowerCase().replace(/[\s_]+/g, '-'));
    const context = contexts.filter((c) => (CONTEXTS as readonly string[]).includes(c)) as Context[];
    for (const c of contexts) if (!(CONTEXTS as readonly string[]).includes(c)) this.drop(`context ${c}`);
    const actor = this.side(o, 'actor', date);
    if (!actor.length) return { skip: 'no actor' };
    const recipient = this.side(o, 'recipient', date).filter((r) => !actor.includes(r));
    const loc = (o.location && typeof o.location === 'object' ? o.location : {}) as Json;
    const placeName = str(loc.name) ?? str(o.placename) ?? str(o.place);
    const placeCountry = str(loc.actor) ?? str(o.country);
    const placeActor =
      placeCountry &&
      (this.ctx.actors.has(placeCountry)
        ? placeCountry
        : (this.ctx.tables.countries.fromCameo(placeCountry) ?? this.ctx.tables.countries.fromName(placeCountry)));
    const lat = coordinate(str(loc.lat) ?? str(o.latitude), 90);
    const lon = coordinate(str(loc.lon) ?? str(o.longitude), 180);
    const endDate = str(o.end_date);
    const status = str(o.status);
    const modality = str(o.modality);
    const summary =
      str(o.summary)?.slice(0, 400) ??
      rowSummary(
        'POLECAT',
        list(o.actor_name)[0] ?? actor.join('+'),
        t,
        mode,
        list(o.recipient_name)[0] ?? recipient.join('+'),
      );
    const event: Event = {
      id: `polecat-${idPart(external)}`,
      date,
      end_date: endDate && !dateProblem(endDate) && endDate >= date ? endDate : null,
      actor,
      recipient,
      event_type: t,
      mode,
      context,
      modality:
        modality && (MODALITIES as readonly string[]).includes(modality) ? (modality as Event['modality']) : 'actual',
      location: placeName
        ? {
            name: placeName.slice(0, 200),
            ...(placeActor ? { actor: placeActor } : {}),
            ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
          }
        : null,
      summary,
      citations: [rowCitation(this.ctx.sourceId, line)],
      status: status && (STATUSES as readonly string[]).includes(status) ? (status as Event['status']) : 'asserted',
      counter_claims: [],
      origin: { kind: 'imported', dataset: 'polecat', external_id: external },
    };
    return { event };
  }
}

/** One event as a PLOVER JSON line: the fields of `orrery events --format jsonl`. */
export function polecatLine(e: StoredEvent): string {
  return JSON.stringify(exchangeEvent(e));
}
