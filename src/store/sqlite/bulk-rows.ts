/**
 * Writing imported events in bulk: multi-row INSERT statements of up to 64 rows, so that a batch of
 * thousands of events costs a few dozen statement calls instead of three per event. The rows are
 * exactly those `insertEvent` writes for an imported event (imported events have no citation or
 * full-text rows); events of any other origin go through `insertEvent` one by one.
 */
import type Database from 'better-sqlite3';
import { firstDay, lastDay } from '../../model/index.js';
import type { StoredEvent } from '../store.js';
import { deleteEventRows, insertEvent, stmt } from './rows.js';

type Db = Database.Database;

/** Rows per multi-row statement (13 parameters per events row: 832, well under SQLite's limit). */
const ROWS = 64;

const EVENT_COLS = 'id, date, day_first, day_last, event_type, mode, quad_code, intensity, status, origin, review, summary, json';

function multi(db: Db, head: string, width: number, n: number): Database.Statement {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return stmt(db, `${head} VALUES ${Array.from({ length: n }, () => row).join(', ')}`);
}

/** Run `head` over `params` (`width` values per row) in statements of up to ROWS rows. */
function insertRows(db: Db, head: string, width: number, params: unknown[]): void {
  const per = ROWS * width;
  let at = 0;
  for (; at + per <= params.length; at += per) multi(db, head, width, ROWS).run(params.slice(at, at + per));
  const rest = (params.length - at) / width;
  if (rest > 0) multi(db, head, width, rest).run(params.slice(at));
}

/** Delete the events among `ids` that are already stored (an interrupted import run again replaces them). */
export function deleteExisting(db: Db, ids: string[]): void {
  const found = stmt(db, 'SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[];
  for (const id of found) deleteEventRows(db, id);
}

export function insertEventsBulk(db: Db, events: StoredEvent[]): void {
  if (!events.every((e) => e.origin.kind === 'imported')) {
    for (const e of events) insertEvent(db, e);
    return;
  }
  const ev: unknown[] = [];
  const sides: unknown[] = [];
  for (const e of events) {
    ev.push(e.id, e.date, firstDay(e.date), lastDay(e.end_date ?? e.date), e.event_type, e.mode, e.quad_code, e.intensity, e.status, 'imported', null, e.summary, JSON.stringify(e));
    // Each actor gets a row per country its side resolves to, so look-ups by country find it.
    for (const id of e.actor) for (const country of e.actor_country.length ? e.actor_country : [id]) sides.push(e.id, 'actor', id, country);
    for (const id of e.recipient) for (const country of e.recipient_country.length ? e.recipient_country : [id]) sides.push(e.id, 'recipient', id, country);
  }
  insertRows(db, `INSERT INTO events (${EVENT_COLS})`, 13, ev);
  insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
}
