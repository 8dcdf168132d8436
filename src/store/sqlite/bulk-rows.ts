/**
 * Writing imported events in bulk: each event is derived (quad code, intensity, resolved countries)
 * straight into its row, and rows go in through multi-row INSERT statements of up to 64 rows, so a
 * batch of thousands of events costs a few dozen statement calls instead of three per event. The
 * rows are exactly those `insertEvent` writes for `deriveEvent`'s record (imported events have no
 * citation or full-text rows; tests compare the two); a batch holding events of any other origin
 * goes through `insertEvent` one by one.
 */
import type Database from 'better-sqlite3';
import { deriveEvent, deriveRows, eventJson, firstDay, lastDay, rowCount, type Actor, type Event, type ImportedRows } from '../../model/index.js';
import { eventActorRows, loneSides } from '../record-rows.js';
import { deleteEventRows, insertEvent, stmt } from './rows.js';

type Db = Database.Database;
type Lookup = (id: string) => Actor | undefined;

/** Rows per multi-row statement (15 parameters per events row: 960, well under SQLite's limit). */
const ROWS = 64;

const EVENT_COLS = 'id, date, day_first, day_last, event_type, mode, quad_code, intensity, status, origin, review, summary, json, lone_actor, lone_recipient';

/** Multi-row statements by connection and `head/n`: building and hashing their SQL text per call cost more than the look-up. */
const statements = new WeakMap<Db, Map<string, Database.Statement>>();

function multi(db: Db, head: string, width: number, n: number, tail = ''): Database.Statement {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  const key = `${head}/${n}`;
  let s = byDb.get(key);
  if (!s) {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    byDb.set(key, (s = stmt(db, `${head} VALUES ${Array.from({ length: n }, () => row).join(', ')}${tail}`)));
  }
  return s;
}

/** Run `head` over `params` (`width` values per row) in statements of up to ROWS rows. */
function insertRows(db: Db, head: string, width: number, params: unknown[]): void {
  const per = ROWS * width;
  let at = 0;
  for (; at + per <= params.length; at += per) multi(db, head, width, ROWS).run(params.slice(at, at + per));
  const rest = (params.length - at) / width;
  if (rest > 0) multi(db, head, width, rest).run(params.slice(at));
}

function write(db: Db, ev: unknown[], sides: unknown[]): void {
  insertRows(db, `INSERT INTO events (${EVENT_COLS})`, 15, ev);
  insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
}

/** Delete the events among `ids` that are already stored (an interrupted import run again replaces them). */
export function deleteExisting(db: Db, ids: string[]): void {
  const found = stmt(db, 'SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as string[];
  for (const id of found) deleteEventRows(db, id);
}

/** Derive and write a batch of events; the batch holds no id twice and none already stored. */
export function insertEventsBulk(db: Db, events: Event[], lookup: Lookup): void {
  if (!events.every((e) => e.origin.kind === 'imported')) {
    for (const e of events) insertEvent(db, deriveEvent(e, lookup));
    return;
  }
  const ev: unknown[] = [];
  const sides: unknown[] = [];
  for (const e of events) {
    const d = deriveEvent(e, lookup);
    const lone = loneSides(d);
    ev.push(
      e.id, e.date, firstDay(e.date), lastDay(e.end_date ?? e.date), e.event_type, e.mode, d.quad_code, d.intensity, e.status, 'imported', null,
      e.summary, eventJson(d), lone?.actor ?? null, lone?.recipient ?? null,
    );
    for (const r of eventActorRows(d)) sides.push(e.id, r.side, r.actor_id, r.country);
  }
  write(db, ev, sides);
}

/**
 * Imported rows whose dates are all whole days go in with 10 values each: day_first and day_last
 * repeat the date, and status, origin and review are the same for every imported row, so the
 * statement says them once (binding values from JavaScript is much of what a row costs).
 */
const DAY_ROW_COLS = 10;
const DAY_ROWS_HEAD =
  `INSERT INTO events (${EVENT_COLS}) SELECT column1, column2, column2, column2, column3, column4, column5, column6, ` +
  `'asserted', 'imported', NULL, column7, column8, column9, column10 FROM (`;

/** Like insertRows for the statement above (its rows sit in a VALUES list, closed by a parenthesis). */
function insertDayRows(db: Db, params: unknown[]): void {
  const per = ROWS * DAY_ROW_COLS;
  for (let at = 0; at < params.length; at += per) {
    const part = at === 0 && params.length <= per ? params : params.slice(at, at + per);
    multi(db, DAY_ROWS_HEAD, DAY_ROW_COLS, part.length / DAY_ROW_COLS, ')').run(part);
  }
}

/**
 * Write a batch of imported rows (no id twice, none already stored) straight from their columns and
 * what deriveRows gives for them (computed here unless the batch carries it).
 */
export function insertImportedRows(db: Db, rows: ImportedRows, lookup: Lookup): void {
  const d = rows.derived ?? deriveRows(rows, lookup);
  const days = rows.date.every((date) => date.length === 10);
  const ev: unknown[] = [];
  const sides: unknown[] = [];
  for (let i = 0, n = rowCount(rows); i < n; i++) {
    const id = rows.id[i]!;
    const date = rows.date[i]!;
    const actor = rows.actor[i]!;
    const recipient = rows.recipient[i]!;
    const actorCountry = d.actor_country[i]!;
    const recipientCountry = d.recipient_country[i]!;
    // One actor and at most one recipient, each standing for itself: the lone_* columns (loneSides).
    const lone = actorCountry === actor && recipientCountry === recipient;
    const loneActor = lone ? actor : null;
    const loneRecipient = lone && recipient ? recipient : null;
    if (days) ev.push(id, date, rows.event_type[i]!, rows.mode[i]! || null, d.quad_code[i]!, d.intensity[i]!, rows.summary[i]!, d.json[i]!, loneActor, loneRecipient);
    else {
      ev.push(
        id, date, firstDay(date), lastDay(date), rows.event_type[i]!, rows.mode[i]! || null, d.quad_code[i]!, d.intensity[i]!, 'asserted', 'imported', null,
        rows.summary[i]!, d.json[i]!, loneActor, loneRecipient,
      );
    }
    if (!lone) {
      for (const country of actorCountry ? actorCountry.split(',') : [actor]) sides.push(id, 'actor', actor, country);
      if (recipient) for (const country of recipientCountry ? recipientCountry.split(',') : [recipient]) sides.push(id, 'recipient', recipient, country);
    }
  }
  if (days) {
    insertDayRows(db, ev);
    insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
  } else write(db, ev, sides);
}
