/**
 * Writing imported events in bulk: each event is derived (quad code, intensity, resolved countries)
 * straight into its row, and rows go in through multi-row INSERT statements of up to 64 rows, so a
 * batch of thousands of events costs a few dozen statement calls instead of three per event. The
 * rows are exactly those `insertEvent` writes for `deriveEvent`'s record (imported events have no
 * citation or full-text rows; tests compare the two); a batch holding events of any other origin
 * goes through `insertEvent` one by one.
 */
import type Database from 'better-sqlite3';
import { deriveEvent, lastDay, type Actor, type Event } from '../../model/index.js';
import { CODINGS } from '../encoding/coding-numbers.js';
import { deriveRows } from '../../ingest/exchange/wire/derived-columns.js';
import { derivedRow, rowCount, type ImportedRows } from '../../ingest/exchange/wire/row-batch.js';
import { eventFromRow } from '../encoding/event-row.js';
import { PACKED_AT, PACKED_INTS, unpackRows, type PackedRows } from '../../ingest/exchange/wire/packed-batch.js';
import {
  EVENT_WRITE_COLUMNS,
  EVENT_WRITE_WIDTH,
  eventActorRows,
  eventValues,
  rowValues,
} from '../encoding/record-tables.js';
import { deleteEventRows, insertEvent, stmt } from './write-records.js';

type Db = Database.Database;
type Lookup = (id: string) => Actor | undefined;

/** Rows per multi-row statement (19 parameters per events row: 1,216, well under SQLite's limit). */
const ROWS = 64;

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
  insertRows(db, `INSERT INTO events (${EVENT_WRITE_COLUMNS})`, EVENT_WRITE_WIDTH, ev);
  insertRows(db, 'INSERT INTO event_actors (event_id, side, actor_id, country)', 4, sides);
}

/** Delete the events among `ids` that are already stored (an interrupted import run again replaces them). */
export function deleteExisting(db: Db, ids: string[]): void {
  const found = stmt(db, 'SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
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
    ev.push(...eventValues(d));
    for (const r of eventActorRows(d)) sides.push(e.id, r.side, r.actor_id, r.country);
  }
  write(db, ev, sides);
}

/** The temporary table of CODINGS by number (made again if a rolled back transaction took it away). */
export function ensureCodingTable(db: Db): void {
  if (stmt(db, "SELECT 1 FROM temp.sqlite_master WHERE name = 'import_codings'").get()) return;
  db.exec(
    'CREATE TEMP TABLE import_codings (k INTEGER PRIMARY KEY, event_type TEXT NOT NULL, mode TEXT, quad_code INTEGER NOT NULL, intensity REAL NOT NULL)',
  );
  const add = stmt(db, 'INSERT INTO temp.import_codings VALUES (?, ?, ?, ?, ?)');
  CODINGS.forEach((c, k) => add.run(k, c.event_type, c.mode, c.quad_code, c.intensity));
}

/**
 * Packed rows whose dates are all whole days are written without a single string crossing into
 * SQLite: each statement binds the bytes of its rows as one blob, the source they cite, and nine
 * numbers per row (where the row starts, the byte lengths of its id, JSON, lone sides and summary,
 * its coding's number, the span its citation points at), and cuts the texts out of the blob itself
 * (they sit in PACKED_TEXTS order; a date takes 10 bytes, a SHA-256 64). day_first and day_last
 * repeat the date; type, mode, quad code and intensity come from a temporary table of the codings;
 * status, origin and review are the same for every imported row. Binding strings from JavaScript
 * was most of what a row cost.
 */
const BOUND = [
  PACKED_AT.id,
  PACKED_AT.json,
  PACKED_AT.lone_actor,
  PACKED_AT.lone_recipient,
  PACKED_AT.summary,
  PACKED_AT.coding,
];
const PER_ROW = 1 + BOUND.length + 2;
/** Rows per statement: only numbers and one blob are bound, so statements can be larger than ROWS. */
const PACKED_ROWS = 250;
const PACKED_HEAD = (() => {
  const text = (from: string, length: string): string => `CAST(substr(b.x, ${from}, ${length}) AS TEXT)`;
  const date = text('v.s + v.id', '10');
  const json = 'v.s + v.id + 10';
  const loneActor = `${json} + v.json`;
  const loneRecipient = `${loneActor} + v.la`;
  const sha = `${loneRecipient} + v.lr`;
  const summary = `${sha} + 64`;
  return (
    `WITH b(x) AS (SELECT ?) INSERT INTO events (${EVENT_WRITE_COLUMNS}) SELECT ${text('v.s', 'v.id')}, ${date}, ${date}, ${date}, ` +
    `c.event_type, c.mode, c.quad_code, c.intensity, 'asserted', 'imported', NULL, ${text(summary, 'v.summary')}, ${text(json, 'v.json')}, ` +
    `nullif(${text(loneActor, 'v.la')}, ''), nullif(${text(loneRecipient, 'v.lr')}, ''), ?, v.cs, v.ce, ${text(sha, '64')} FROM b, ` +
    '(SELECT column1 AS s, column2 AS id, column3 AS json, column4 AS la, column5 AS lr, column6 AS summary, column7 AS k, column8 AS cs, column9 AS ce FROM ('
  );
})();
const PACKED_TAIL = ')) AS v CROSS JOIN temp.import_codings AS c ON c.k = v.k';

/** Write packed rows whose dates are all whole days (no id twice, none already stored) and whose sides are all lone. */
function insertPackedDays(db: Db, p: PackedRows): void {
  ensureCodingTable(db);
  const { ints, bytes, spans } = p;
  for (let first = 0; first < p.count; first += PACKED_ROWS) {
    const n = Math.min(PACKED_ROWS, p.count - first);
    const from = ints[first * PACKED_INTS + PACKED_AT.start]!;
    const end = first + n < p.count ? ints[(first + n) * PACKED_INTS + PACKED_AT.start]! : bytes.length;
    const params: number[] = [];
    for (let i = first; i < first + n; i++) {
      const k = i * PACKED_INTS;
      // Offsets in the statement's blob count from 1.
      params.push(ints[k + PACKED_AT.start]! - from + 1);
      for (const at of BOUND) params.push(ints[k + at]!);
      params.push(spans[2 * i]!, spans[2 * i + 1]!);
    }
    multi(db, PACKED_HEAD, PER_ROW, n, PACKED_TAIL).run(bytes.subarray(from, end), p.source, params);
  }
}

/** Whether every row of a packed batch has a whole-day date, lone sides and a SHA-256 in hex: the batches insertPackedDays writes. */
function daysAndLone(p: PackedRows): boolean {
  for (let k = 0; k < p.ints.length; k += PACKED_INTS) {
    if (
      p.ints[k + PACKED_AT.date] !== 10 ||
      p.ints[k + PACKED_AT.lone_actor] === 0 ||
      p.ints[k + PACKED_AT.sha256] !== 64
    )
      return false;
  }
  return true;
}

/** Write a batch of packed rows (no id twice, none already stored). */
export function insertPackedRows(db: Db, p: PackedRows, lookup: Lookup): void {
  if (daysAndLone(p)) insertPackedDays(db, p);
  else insertImportedRows(db, unpackRows(p), lookup);
}

/**
 * Write a batch of imported rows (no id twice, none already stored) straight from their columns and
 * what deriveRows gives for them (computed here unless the batch carries it).
 */
export function insertImportedRows(db: Db, rows: ImportedRows, lookup: Lookup): void {
  const d = rows.derived ?? deriveRows(rows, lookup);
  const ev: unknown[] = [];
  const sides: unknown[] = [];
  for (let i = 0, n = rowCount(rows); i < n; i++) {
    const r = derivedRow(rows, d, i);
    ev.push(...rowValues(r, lastDay(r.date), null));
    // Sides that are not lone get event_actors rows, from the event the row stands for (its JSON names them).
    if (!r.lone_actor) for (const a of eventActorRows(eventFromRow(r))) sides.push(r.id, a.side, a.actor_id, a.country);
  }
  write(db, ev, sides);
}
