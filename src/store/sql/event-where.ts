/**
 * Turning an EventQuery, and a corroboration candidate look-up, into SQL conditions: written once for
 * both stores, spelled by their dialect (sql/dialect.ts).
 */
import { firstDay, lastDay } from '../../model/index.js';
import { candidateDays, shiftDay } from '../candidates.js';
import type { CandidateQuery, EventQuery, OriginKind } from '../store.js';
import type { Binder, Dialect } from './dialect.js';

export interface Sql {
  where: string;
  params: unknown[];
}

export function eventWhere(d: Dialect, q: EventQuery): Sql {
  const b = d.binder();
  const clauses: string[] = [];
  if (q.actor?.length) {
    const ids = q.actor;
    const lone = `${b.isIn('lone_actor', ids)} OR ${b.isIn('lone_recipient', ids)}`;
    clauses.push(
      `(${lone}\n      OR events.id IN (SELECT event_id FROM event_actors WHERE ${b.isIn('actor_id', ids)} OR ${b.isIn('country', ids)}))`,
    );
  }
  if (q.pair) {
    const [a, c] = q.pair;
    const lone = `(lone_actor = ${b.value(a)} AND lone_recipient = ${b.value(c)}) OR (lone_actor = ${b.value(c)} AND lone_recipient = ${b.value(a)})`;
    const x = `(x.actor_id = ${b.value(a)} OR x.country = ${b.value(a)})`;
    const y = `(y.actor_id = ${b.value(c)} OR y.country = ${b.value(c)})`;
    clauses.push(`(${lone}
      OR events.id IN (SELECT x.event_id FROM event_actors x JOIN event_actors y ON x.event_id = y.event_id AND x.${d.writeOrder} <> y.${d.writeOrder}
      WHERE ${x} AND ${y}))`);
  }
  if (q.types?.length) clauses.push(b.isIn('event_type', q.types));
  if (q.from) clauses.push(`day_last >= ${b.value(firstDay(q.from))}`);
  if (q.to) clauses.push(`day_first <= ${b.value(lastDay(q.to))}`);
  if (q.text) clauses.push(d.eventTextMatch(b, q.text));
  if (q.status?.length) clauses.push(b.isIn('status', q.status));
  if (q.origin?.length) {
    clauses.push(b.isIn('origin', q.origin));
    // Said in so many words, so that the indexes that leave imported events out (migration 3) serve.
    if (!q.origin.includes('imported')) clauses.push(`origin <> 'imported'`);
  }
  if (q.review?.length) clauses.push(`(origin <> 'coded' OR ${b.isIn('review', q.review)})`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params: b.params };
}

/**
 * How long an event lasts, in days or more (each month counted as 31 days, each year as 372): never
 * less than its true length, so that subtracting the longest from a window's first day leaves no
 * event that overlaps the window out. The same expression as the span index of the migrations.
 */
export function span(d: Dialect): string {
  const pseudoDay = (col: string): string =>
    `(${d.int(`substr(${col}, 1, 4)`)} * 372 + ${d.int(`substr(${col}, 6, 2)`)} * 31 + ${d.int(`substr(${col}, 9, 2)`)})`;
  return `${pseudoDay('day_last')} - ${pseudoDay('day_first')}`;
}

/** The longest span of the events of a type that are not imported (one probe of the span index). */
export function longestSpan(d: Dialect, type: string): { sql: string; params: unknown[] } {
  const b = d.binder();
  const where = `WHERE event_type = ${b.value(type)} AND origin <> 'imported'`;
  return { sql: `SELECT ${span(d)} AS span FROM events ${where} ORDER BY ${span(d)} DESC LIMIT 1`, params: b.params };
}

/**
 * The conditions of a corroboration candidate look-up (Store.findCandidates), in two parts, each served by an
 * index: events that are not imported through the index by type and first day (bounded below by the
 * longest span of the type), imported ones through the index by first day. The sides are checked on
 * the rows found: lone columns first, then event_actors by event id.
 */
export function candidateWhere(d: Dialect, q: CandidateQuery, origins: OriginKind[], longest: number): Sql[] {
  const { from, to } = candidateDays(q);
  const out: Sql[] = [];
  const kept = origins.filter((o) => o !== 'imported');
  if (kept.length) {
    const b = d.binder();
    const where = `WHERE event_type = ${b.value(q.type)} AND origin <> 'imported' AND ${b.isIn('origin', kept)}
        AND day_first >= ${b.value(shiftDay(from, -Math.max(0, longest)))} AND day_first <= ${b.value(to)} AND day_last >= ${b.value(from)} AND ${candidateSides(b, q.actors, (c) => c)}`;
    out.push({ where, params: b.params });
  }
  if (origins.includes('imported')) {
    // The planner is kept on the index by day (on SQLite the lone indexes hold a million rows per actor).
    const b = d.binder();
    const where = `WHERE origin = 'imported' AND day_first >= ${b.value(from)} AND day_first <= ${b.value(to)} AND ${d.noIndex('event_type')} = ${b.value(q.type)} AND ${candidateSides(b, q.actors, d.noIndex)}`;
    out.push({ where, params: b.params });
  }
  return out;
}

/** Events one of whose sides is one of `ids`: their lone columns (through `col`), then their event_actors rows. */
function candidateSides(b: Binder, ids: readonly string[], col: (name: string) => string): string {
  if (!ids.length) return 'FALSE';
  return `(${b.isIn(col('lone_actor'), ids)} OR ${b.isIn(col('lone_recipient'), ids)}
      OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = events.id AND (${b.isIn('x.actor_id', ids)} OR ${b.isIn('x.country', ids)})))`;
}
