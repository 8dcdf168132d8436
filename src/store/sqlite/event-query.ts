/** Turning an EventQuery into SQL for the SQLite store. */
import { firstDay, lastDay } from '../../model/index.js';
import type { CandidateQuery, EventQuery, OriginKind } from '../store.js';
import { candidateDays, shiftDay } from '../candidates.js';
import { ftsQuery } from './fts.js';

export interface Sql {
  where: string;
  params: unknown[];
}

const list = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export function eventWhere(q: EventQuery): Sql {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (q.actor?.length) {
    const ids = list(q.actor.length);
    // Sides are either in the event's lone_* columns or in event_actors rows (loneSides, model/event-json.ts).
    clauses.push(`(lone_actor IN (${ids}) OR lone_recipient IN (${ids})
      OR events.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (${ids}) OR country IN (${ids})))`);
    params.push(...q.actor, ...q.actor, ...q.actor, ...q.actor);
  }
  if (q.pair) {
    const [a, b] = q.pair;
    clauses.push(`((lone_actor = ? AND lone_recipient = ?) OR (lone_actor = ? AND lone_recipient = ?)
      OR events.id IN (SELECT x.event_id FROM event_actors x JOIN event_actors y ON x.event_id = y.event_id AND x.rowid <> y.rowid
      WHERE (x.actor_id = ? OR x.country = ?) AND (y.actor_id = ? OR y.country = ?)))`);
    params.push(a, b, b, a, a, a, b, b);
  }
  if (q.types?.length) {
    clauses.push(`event_type IN (${list(q.types.length)})`);
    params.push(...q.types);
  }
  if (q.from) {
    clauses.push('day_last >= ?');
    params.push(firstDay(q.from));
  }
  if (q.to) {
    clauses.push('day_first <= ?');
    params.push(lastDay(q.to));
  }
  if (q.text) {
    clauses.push(`events.id IN (SELECT id FROM search WHERE kind = 'event' AND search MATCH ?)`);
    params.push(ftsQuery(q.text));
  }
  if (q.status?.length) {
    clauses.push(`status IN (${list(q.status.length)})`);
    params.push(...q.status);
  }
  if (q.origin?.length) {
    clauses.push(`origin IN (${list(q.origin.length)})`);
    params.push(...q.origin);
    // Said in so many words, so that the indexes that leave imported events out (migration 3) serve.
    if (!q.origin.includes('imported')) clauses.push(`origin <> 'imported'`);
  }
  if (q.review?.length) {
    clauses.push(`(origin <> 'coded' OR review IN (${list(q.review.length)}))`);
    params.push(...q.review);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/**
 * How long an event lasts, in days or more (each month counted as 31 days, each year as 372): never
 * less than its true length, so that subtracting the longest from a window's first day leaves no
 * event that overlaps the window out. The same expression as the index of migration 6.
 */
const pseudoDay = (col: string): string =>
  `(CAST(substr(${col}, 1, 4) AS INTEGER) * 372 + CAST(substr(${col}, 6, 2) AS INTEGER) * 31 + CAST(substr(${col}, 9, 2) AS INTEGER))`;
export const SPAN = `${pseudoDay('day_last')} - ${pseudoDay('day_first')}`;

/** The longest span of the events of a type that are not imported (migration 6's span index answers it). */
export const LONGEST_SPAN = `SELECT ${SPAN} AS span FROM events WHERE event_type = ? AND origin <> 'imported' ORDER BY ${SPAN} DESC LIMIT 1`;

/**
 * The conditions of a corroboration candidate look-up (Store.findCandidates), in two parts, each served by an
 * index: events that are not imported through migration 6's index by type and first day (bounded
 * below by the longest span of the type), imported ones through the index by first day. The sides
 * are checked on the rows found: lone columns first, then event_actors by event id.
 */
export function candidateWhere(q: CandidateQuery, origins: OriginKind[], longestSpan: number): Sql[] {
  const { from, to } = candidateDays(q);
  const ids = list(q.actors.length);
  const sides = q.actors.length
    ? `(lone_actor IN (${ids}) OR lone_recipient IN (${ids})
      OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = events.id AND (x.actor_id IN (${ids}) OR x.country IN (${ids}))))`
    : 'FALSE';
  const sideParams = q.actors.length ? [...q.actors, ...q.actors, ...q.actors, ...q.actors] : [];
  const out: Sql[] = [];
  const kept = origins.filter((o) => o !== 'imported');
  if (kept.length) {
    out.push({
      where: `WHERE event_type = ? AND origin <> 'imported' AND origin IN (${list(kept.length)})
        AND day_first >= ? AND day_first <= ? AND day_last >= ? AND ${sides}`,
      params: [q.type, ...kept, shiftDay(from, -Math.max(0, longestSpan)), to, from, ...sideParams],
    });
  }
  if (origins.includes('imported')) {
    // The unary + keeps the planner on the index by day (the lone indexes hold a million rows per actor).
    out.push({
      where: `WHERE origin = 'imported' AND day_first >= ? AND day_first <= ? AND +event_type = ? AND ${sides.replace(/\blone_/g, '+lone_')}`,
      params: [from, to, q.type, ...sideParams],
    });
  }
  return out;
}
