/** What the store derives from a record when it is written, the same for every backend. */
import { createHash } from 'node:crypto';
import { codeEvent, precisionOf, resolveCountries, type Actor, type Event } from '../model/index.js';
import type { StoredEvent } from './store.js';

export function deriveEvent(e: Event, lookup: (id: string) => Actor | undefined): StoredEvent {
  return {
    ...e,
    date_precision: precisionOf(e.date),
    ...codeEvent(e.event_type, e.mode),
    actor_country: resolveCountries(e.actor, e.date, lookup),
    recipient_country: resolveCountries(e.recipient, e.date, lookup),
  };
}

/** Strip derived fields so a StoredEvent can be written back as a plain Event. */
export function plainEvent(e: Event | StoredEvent): Event {
  const {
    date_precision: _p, quad_class: _q, quad_code: _c, intensity: _i, actor_country: _a, recipient_country: _r, ...rest
  } = e as StoredEvent;
  return rest as Event;
}

/** Lower-cased, accent- and punctuation-folded form of a name, for look-ups. */
export function normName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9+]+/g, ' ').trim();
}

/** Every name an actor can be found by, with what kind of name it is. */
export function actorNames(a: Actor): Array<{ name: string; kind: string }> {
  return [
    { name: a.id, kind: 'id' },
    { name: a.name, kind: 'name' },
    ...a.aliases.map((name) => ({ name, kind: 'alias' })),
    ...a.metonyms.map((name) => ({ name, kind: 'metonym' })),
    ...a.demonyms.map((name) => ({ name, kind: 'demonym' })),
  ];
}

/** JSON with object keys sorted at every level, so equal records serialise equally on every backend. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The version of an event record: the first 16 hex digits of the SHA-256 of its canonical JSON
 * (derived fields left out). A reviewer passes it back as `if_match`; a write against a changed
 * record is refused instead of silently overwriting someone else's edit.
 */
export function eventVersion(e: Event | StoredEvent): string {
  return createHash('sha256').update(canonicalJson(plainEvent(e))).digest('hex').slice(0, 16);
}
