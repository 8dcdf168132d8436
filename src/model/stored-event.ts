/**
 * An event as the store hands it out: the record plus what is derived from it when it is written
 * (precision, quad class and intensity from the one table, the states its actors stand for at its
 * date). The same for every backend; the version reviewers pass back is in store/event-version.ts.
 */
import type { Actor } from './actor.js';
import { precisionOf, type DatePrecision } from './dates.js';
import type { Event } from './event.js';
import { codeEvent } from './intensity.js';
import type { QuadClass } from './plover.js';
import { resolveCountries } from './resolve.js';

export interface StoredEvent extends Event {
  date_precision: DatePrecision;
  quad_class: QuadClass;
  quad_code: 1 | 2 | 3 | 4;
  intensity: number;
  /** The states or organizations the actors and recipients stand for at the event's date. */
  actor_country: string[];
  recipient_country: string[];
}

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
    date_precision: _p,
    quad_class: _q,
    quad_code: _c,
    intensity: _i,
    actor_country: _a,
    recipient_country: _r,
    ...rest
  } = e as StoredEvent;
  return rest as Event;
}
