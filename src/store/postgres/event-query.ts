/** Turning an EventQuery into SQL for the PostgreSQL store (the same conditions as the SQLite store's). */
import { firstDay, lastDay } from '../../model/index.js';
import type { EventQuery } from '../store.js';
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
    clauses.push(query ? `events.id IN (SELECT id FROM search WHERE kind = 'event' AND tsv @@ ${p(query)}::tsquery)` : 'FALSE');
  }
  if (q.status?.length) clauses.push(`status = ANY(${p(q.status)}::text[])`);
  if (q.origin?.length) clauses.push(`origin = ANY(${p(q.origin)}::text[])`);
  if (q.review?.length) clauses.push(`(origin <> 'coded' OR review = ANY(${p(q.review)}::text[]))`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
