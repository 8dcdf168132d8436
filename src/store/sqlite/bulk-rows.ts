/**
 * Writing imported events in bulk: each event is derived (date precision, quad class, intensity,
 * resolved countries) straight into its row, and rows go in through multi-row INSERT statements of
 * up to 64 rows, so a batch of thousands of events costs a few dozen statement calls instead of
 * three per event. The rows are exactly those `insertEvent` writes for `deriveEvent`'s record
 * (imported events have no citation or full-text rows); a batch holding events of any other origin
 * goes through `insertEvent` one by one.
 */
import type Database from 'better-sqlite3';
import { codeEvent, firstDay, lastDay, precisionOf, resolveCountries, type Actor, type Event } from '../../model/index.js';
import { deriveEvent } from '../../model/index.js';
import { deleteEventRows, insertEvent, stmt } from './rows.js';

type Db = Database.Database;

/** Rows per multi-row statement (13 parameters per events row: 832, well under SQLite's limit). */
const ROWS = 64;

const EVENT_COLS = 'id, date, day_first, day_last, event_type, mode, quad_code, intensity, status, origin, review, summary, json';
const DERIVED = ['date_precision', 'quad_class', 'quad_code', 'intensity', 'actor_country', 'recipient_country'];

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

/** Each actor gets a row per country its side resolves to, so look-ups by country find it. */
function pushSides(out: unknown[], id: string, side: string, ids: string[], countries: string[]): void {
  for (const a of ids) for (const country of countries.length ? countries : [a]) out.push(id, side, a, country);
}

/** Derive and write a batch of events; the batch holds no id twice and none already stored. */
export function insertEventsBulk(db: Db, events: Event[], lookup: (id: string) => Actor | undefined): void {
  if (!events.every((e) => e.origin.kind === 'imported' && DERIVED.every((k) => !(k in e)))) {
    for (const e of events) insertEvent(db, deriveEvent(e, lookup));
    return;
  }
  const ev: unknown[] = [];
  const sides: unknown[] = [];
  for (const e of events) {
    const coding = codeEvent(e.event_type, e.mode);
    const actorCountry = resolveCountries(e.actor, e.date, lookup);
    const recipientCountry = resolveCountries(e.recipient, e.date, lookup);
    // The JSON of deriveEvent's record ({...e, derived fields}), without building that record.
    const plain = JSON.stringify(e);
    const json = `${plain.slice(0, -1)},"date_precision":${JSON.stringify(precisionOf(e.date))},"quad_class":${JSON.stringify(coding.quad_class)},"quad_code":${JSON.stringify(coding.quad_code)},"intensity":${JSON.stringify(coding.intensity)},"actor_country":${JSON.stringify(actorCountry)},"recipient_country":${JSON.stringify(recipientCountry)}}`;
    ev.push(e.id, e.date, firstDay(e.date), lastDay(e.end_date ?? e.date), e.event_type, e.mode, coding.quad_code, coding.intensity, e.status, 'imported', null, e.summary, json);
    pushSides(sides, e.id, 'actor', e.actor, actorCountry);
    pushSides(sides, e.id, 'recipient', e.recipient, recipientCountry);
  }
  insertRows(db, `INSERT INTO events (${EVENT_COLS})`, 13, ev);
  insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
}
