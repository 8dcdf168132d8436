/** Turning an EventQuery into SQL for the PostgreSQL store (the same conditions as the SQLite store's). */
import { firstDay, lastDay } from '../../model/index.js';
import type { CandidateQuery, EventQuery, OriginKind } from '../store.js';
import { candidateDays, shiftDay } from '../candidates.js';
import { tsqueryLiteral } from './text-search.js';

export interface Sql {
  where: string;
  params: unknown[];
}

export function eventWhere(q: EventQuery): Sql {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (q.actor?.length) {
    const ids = p(q.actor);
    // Sides are either in the event's lone_* columns or in event_actors rows (loneSides, model/event-json.ts).
    clauses.push(`(lone_actor = ANY(${ids}::text[]) OR lone_recipient = ANY(${ids}::text[])
      OR events.id IN (SELECT event_id FROM event_actors WHERE actor_id = ANY(${ids}::text[]) OR country = ANY(${ids}::text[])))`);
  }
  if (q.pair) {
    const [a, b] = q.pair.map(p);
    clauses.push(`((lone_actor = ${a} AND lone_recipient = ${b}) OR (lone_actor = ${b} AND lone_recipient = ${a})
      OR events.id IN (SELECT x.event_id FROM event_actors x JOIN event_actors y ON x.event_id = y.event_id AND x.seq <> y.seq
      WHERE (x.actor_id = ${a} OR x.country = ${a}) AND (y.actor_id = ${b} OR y.country = ${b})))`);
  }
  if (q.types?.length) clauses.push(`event_type = ANY(${p(q.types)}::text[])`);
  if (q.from) clauses.push(`day_last >= ${p(firstDay(q.from))}`);
  if (q.to) clauses.push(`day_first <= ${p(lastDay(q.to))}`);
  if (q.text) {
    const query = tsqueryLiteral(q.text);
    // Text without a single word matches nothing, as an empty FTS5 phrase does.
    clauses.push(
      query ? `events.id IN (SELECT id FROM search WHERE kind = 'event' AND tsv @@ ${p(query)}::tsquery)` : 'FALSE',
    );
  }
  if (q.status?.length) clauses.push(`status = ANY(${p(q.status)}::text[])`);
  if (q.origin?.length) clauses.push(`origin = ANY(${p(q.origin)}::text[])`);
  if (q.review?.length) clauses.push(`(origin <> 'coded' OR review = ANY(${p(q.review)}::text[]))`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** As the SQLite store's (sqlite/event-query.ts): a span never shorter than the event's, as migration 5's index computes it. */
const pseudoDay = (col: string): string =>
  `(substr(${col}, 1, 4)::int * 372 + substr(${col}, 6, 2)::int * 31 + substr(${col}, 9, 2)::int)`;
export const SPAN = `${pseudoDay('day_last')} - ${pseudoDay('day_first')}`;

/** The longest span of the events of a type that are not imported (one probe of the span index). */
export const LONGEST_SPAN = `SELECT ${SPAN} AS span FROM events WHERE event_type = $1 AND origin <> 'imported' ORDER BY ${SPAN} DESC LIMIT 1`;

/** The conditions of a candidate look-up, in the same two parts as the SQLite store's. */
export function candidateWhere(q: CandidateQuery, origins: OriginKind[], longestSpan: number): Sql[] {
  const { from, to } = candidateDays(q);
  const part = (build: (p: (value: unknown) => string) => string): Sql => {
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    return { where: build(p), params };
  };
  const sides = (p: (value: unknown) => string): string => {
    if (!q.actors.length) return 'FALSE';
    const ids = p(q.actors);
    return `(lone_actor = ANY(${ids}::text[]) OR lone_recipient = ANY(${ids}::text[])
      OR EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = events.id AND (x.actor_id = ANY(${ids}::text[]) OR x.country = ANY(${ids}::text[]))))`;
  };
  const out: Sql[] = [];
  const kept = origins.filter((o) => o !== 'imported');
  if (kept.length) {
    out.push(
      part(
        (p) => `WHERE event_type = ${p(q.type)} AND origin <> 'imported' AND origin = ANY(${p(kept)}::text[])
      AND day_first >= ${p(shiftDay(from, -Math.max(0, longestSpan)))} AND day_first <= ${p(to)} AND day_last >= ${p(from)} AND ${sides(p)}`,
      ),
    );
  }
  if (origins.includes('imported')) {
    out.push(
      part(
        (p) =>
          `WHERE origin = 'imported' AND day_first >= ${p(from)} AND day_first <= ${p(to)} AND event_type = ${p(q.type)} AND ${sides(p)}`,
      ),
    );
  }
  return out;
}
