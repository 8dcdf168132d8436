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
