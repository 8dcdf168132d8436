/**
 * Writing imported events in bulk: each event is derived (quad code, intensity, resolved countries)
 * straight into its row, and rows go in through multi-row INSERT statements of up to 64 rows, so a
 * batch of thousands of events costs a few dozen statement calls instead of three per event. The
 * rows are exactly those `insertEvent` writes for `deriveEvent`'s record (imported events have no
 * citation or full-text rows; tests compare the two); a batch holding events of any other origin
 * goes through `insertEvent` one by one.
 */
import type Database from 'better-sqlite3';
import {
  CODINGS, deriveEvent, deriveRows, eventFromRow, eventJson, firstDay, lastDay, rowCount, type Actor, type DerivedRows, type Event, type ImportedRows,
  type StoredEvent,
} from '../../model/index.js';
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
 * Imported rows whose dates are all whole days go in with 7 values each: day_first and day_last
 * repeat the date; type, mode, quad code and intensity come from the coding's number, looked up in
 * a temporary table of the codings; status, origin and review are the same for every imported row.
 * Binding values from JavaScript is much of what a row costs, so the statement says all that once.
 */
const DAY_ROW_COLS = 7;
const DAY_ROWS_HEAD =
  `INSERT INTO events (${EVENT_COLS}) SELECT v.column1, v.column2, v.column2, v.column2, c.event_type, c.mode, c.quad_code, c.intensity, ` +
  `'asserted', 'imported', NULL, v.column4, v.column5, v.column6, v.column7 FROM (`;
const DAY_ROWS_TAIL = ') AS v CROSS JOIN temp.import_codings AS c ON c.k = v.column3';

/** The temporary table of CODINGS by number (made again if a rolled back transaction took it away). */
export function ensureCodingTable(db: Db): void {
  if (stmt(db, "SELECT 1 FROM temp.sqlite_master WHERE name = 'import_codings'").get()) return;
  db.exec('CREATE TEMP TABLE import_codings (k INTEGER PRIMARY KEY, event_type TEXT NOT NULL, mode TEXT, quad_code INTEGER NOT NULL, intensity REAL NOT NULL)');
  const add = stmt(db, 'INSERT INTO temp.import_codings VALUES (?, ?, ?, ?, ?)');
  CODINGS.forEach((c, k) => add.run(k, c.event_type, c.mode, c.quad_code, c.intensity));
}

/** Like insertRows for the statement above (its rows sit in a VALUES list joined to the codings). */
function insertDayRows(db: Db, params: unknown[]): void {
  ensureCodingTable(db);
  const per = ROWS * DAY_ROW_COLS;
  for (let at = 0; at < params.length; at += per) {
    const part = at === 0 && params.length <= per ? params : params.slice(at, at + per);
    multi(db, DAY_ROWS_HEAD, DAY_ROW_COLS, part.length / DAY_ROW_COLS, DAY_ROWS_TAIL).run(part);
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
    const loneActor = d.lone_actor[i]! || null;
    const loneRecipient = d.lone_recipient[i]! || null;
    if (days) ev.push(id, date, d.coding[i]!, rows.summary[i]!, d.json[i]!, loneActor, loneRecipient);
    else {
      const c = CODINGS[d.coding[i]!]!;
      ev.push(
        id, date, firstDay(date), lastDay(date), c.event_type, c.mode, c.quad_code, c.intensity, 'asserted', 'imported', null,
        rows.summary[i]!, d.json[i]!, loneActor, loneRecipient,
      );
    }
    // Sides that are not lone get event_actors rows, from the event the row stands for (its JSON names them).
    if (!loneActor) for (const r of eventActorRows(rowStoredEvent(rows, d, i))) sides.push(id, r.side, r.actor_id, r.country);
  }
  if (days) {
    insertDayRows(db, ev);
    insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
  } else write(db, ev, sides);
}

/** The stored event of row `i` of a derived batch. */
function rowStoredEvent(rows: ImportedRows, d: DerivedRows, i: number): StoredEvent {
  const c = CODINGS[d.coding[i]!]!;
  return eventFromRow({
    id: rows.id[i]!, date: rows.date[i]!, event_type: c.event_type, mode: c.mode, quad_code: c.quad_code, intensity: c.intensity, status: 'asserted',
    summary: rows.summary[i]!, json: d.json[i]!, origin: 'imported', lone_actor: null, lone_recipient: null,
  });
}
