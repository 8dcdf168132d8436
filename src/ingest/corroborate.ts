/**
 * Corroboration: deciding whether a newly coded event is one the store already holds. Two records
 * are the same event when their PLOVER types are equal, their modes agree (equal, or one left
 * open) and so do their modalities (actual, negated, hypothetical...), the states their actors and recipients resolve to are the same (for the symmetric types
 * AGREE, CONSULT and COOPERATE the two sides may be swapped or merged; an empty recipient side
 * matches any), and their dates can mean a common day. The same event dated incompatibly by two
 * sources, within `conflictWindowDays` of each other, is a date conflict: both claims are kept and
 * linked. Pure: the caller fetches the events to compare with.
 *
 * Imported rows (machine-coded by others, by the million) are matched only on request, and only
 * exactly (`findImportedMatch`): never a date conflict, never a partial date.
 */
import { dayNumber, firstDay, lastDay, type Event, type EventType } from '../model/index.js';

export interface CorroborateOptions {
  /** Largest gap in days between two incompatible dates still read as one event dated differently. Default 31. */
  conflictWindowDays: number;
  /**
   * Also match imported rows (GDELT, ICEWS...), by the stricter rule of `findImportedMatch`. Default
   * false: a coded event is matched against curated and coded events only.
   */
  matchImported?: boolean;
}

export const DEFAULT_CORROBORATE: CorroborateOptions = { conflictWindowDays: 31, matchImported: false };

/** An event with the states its two sides resolve to at its date (the store's StoredEvent fits). */
export interface ResolvedEvent extends Event {
  actor_country: string[];
  recipient_country: string[];
}

export type Match = { kind: 'same'; event: ResolvedEvent } | { kind: 'date-conflict'; event: ResolvedEvent } | null;

const SYMMETRIC = new Set<EventType>(['AGREE', 'CONSULT', 'COOPERATE']);

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** True when the two events have the same participants, as the type's symmetry allows. */
export function sameSides(a: ResolvedEvent, b: ResolvedEvent): boolean {
  if (SYMMETRIC.has(a.event_type))
    return sameSet([...a.actor_country, ...a.recipient_country], [...b.actor_country, ...b.recipient_country]);
  if (!sameSet(a.actor_country, b.actor_country)) return false;
  return (
    a.recipient_country.length === 0 ||
    b.recipient_country.length === 0 ||
    sameSet(a.recipient_country, b.recipient_country)
  );
}

/**
 * A key that two events share whenever `sameSides` and `compatibleTypes` can hold for them: their type and
 * the states of their sides (the actor side for directed types, both sides for symmetric ones).
 * Grouping by it spares comparing every pair of a long document's events.
 */
export function sidesKey(e: ResolvedEvent): string {
  const states = SYMMETRIC.has(e.event_type) ? [...e.actor_country, ...e.recipient_country] : e.actor_country;
  return `${e.event_type}\u0000${[...new Set(states)].sort().join('\u0000')}`;
}

/** Same type, modes that agree, and the same modality (a denial never corroborates a report that it happened). */
export function compatibleTypes(a: Event, b: Event): boolean {
  return (
    a.event_type === b.event_type &&
    (a.mode === null || b.mode === null || a.mode === b.mode) &&
    a.modality === b.modality
  );
}

/** Days between the closest days two dates (with their end dates) can mean; 0 when they overlap. */
export function dateGap(a: Event, b: Event): number {
  const aFirst = firstDay(a.date);
  const aLast = lastDay(a.end_date ?? a.date);
  const bFirst = firstDay(b.date);
  const bLast = lastDay(b.end_date ?? b.date);
  if (aFirst <= bLast && bFirst <= aLast) return 0;
  return aLast < bFirst ? dayNumber(bFirst) - dayNumber(aLast) : dayNumber(aFirst) - dayNumber(bLast);
}

/** The best match for `candidate` among `existing`: the same event first, then a date conflict (the nearest). */
export function findMatch(
  candidate: ResolvedEvent,
  existing: readonly ResolvedEvent[],
  opts: CorroborateOptions = DEFAULT_CORROBORATE,
): Match {
  let conflict: { event: ResolvedEvent; gap: number } | undefined;
  for (const e of existing) {
    if (e.id === candidate.id || !compatibleTypes(candidate, e) || !sameSides(candidate, e)) continue;
    if (e.origin.kind === 'coded' && e.origin.review === 'rejected') continue;
    const gap = dateGap(candidate, e);
    if (gap === 0) return { kind: 'same', event: e };
    // Only dates that name a month or a day can contradict each other within a window.
    if (
      candidate.date.length >= 7 &&
      e.date.length >= 7 &&
      candidate.mode === e.mode &&
      gap <= opts.conflictWindowDays
    ) {
      if (!conflict || gap < conflict.gap) conflict = { event: e, gap };
    }
  }
  return conflict ? { kind: 'date-conflict', event: conflict.event } : null;
}

const sideSet = (a: readonly string[]): string => [...new Set(a)].sort().join('\u0000');

/**
 * An imported row that is exactly the candidate, or null: the same type, modes that agree and the
 * same modality; both dated to the same single day (no partial date, no date range); and the same
 * states on each side (for the symmetric types the two sides may be swapped; an empty recipient
 * side matches only an empty one). A row that merely comes close is no match: imported rows never
 * take part in date conflicts.
 */
export function findImportedMatch(candidate: ResolvedEvent, imported: readonly ResolvedEvent[]): ResolvedEvent | null {
  const oneDay = (e: Event): boolean => e.date.length === 10 && (e.end_date === null || e.end_date === e.date);
  const a = sideSet(candidate.actor_country);
  const r = sideSet(candidate.recipient_country);
  if (!oneDay(candidate) || a === '') return null;
  for (const e of imported) {
    if (e.origin.kind !== 'imported' || !compatibleTypes(candidate, e) || !oneDay(e) || e.date !== candidate.date)
      continue;
    const ea = sideSet(e.actor_country);
    const er = sideSet(e.recipient_country);
    if ((ea === a && er === r) || (SYMMETRIC.has(candidate.event_type) && ea === r && er === a)) return e;
  }
  return null;
}
