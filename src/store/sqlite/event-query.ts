/** Turning an EventQuery into SQL for the SQLite store. */
import { firstDay, lastDay } from '../../model/index.js';
import type { EventQuery } from '../store.js';
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
    clauses.push(`events.id IN (SELECT event_id FROM event_actors WHERE actor_id IN (${list(q.actor.length)}) OR country IN (${list(q.actor.length)}))`);
    params.push(...q.actor, ...q.actor);
  }
  if (q.pair) {
    const [a, b] = q.pair;
    clauses.push(`EXISTS (SELECT 1 FROM event_actors x JOIN event_actors y ON x.event_id = y.event_id AND x.rowid <> y.rowid
      WHERE x.event_id = events.id AND (x.actor_id = ? OR x.country = ?) AND (y.actor_id = ? OR y.country = ?))`);
    params.push(a, a, b, b);
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
  }
  if (q.review?.length) {
    clauses.push(`(origin <> 'coded' OR review IN (${list(q.review.length)}))`);
    params.push(...q.review);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
