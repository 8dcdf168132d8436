/**
 * Packed rows: a derived batch of imported rows (derive-rows.ts) as two typed arrays, the form in
 * which the import worker hands rows to the thread that writes the store. The text of each row's
 * stored columns (id, date, summary, JSON, lone actor, lone recipient) sits back to back in one
 * UTF-8 buffer; eight integers per row give where the row starts, the byte length of each of the
 * six texts, and the number of its coding (codings.ts).
 *
 * Typed arrays move between threads without copying, and a store can hand the buffer to its
 * database and cut the columns out there: a million rows then cost the writing thread no strings
 * at all. `unpackRows` gives the same batch back as columns of strings, for any other use.
 */
import type { DerivedRows } from './derive-rows.js';
import { emptyRows, rowCount, type ImportedRows } from './imported-rows.js';

/** The texts of a packed row, in the order they sit in the buffer. */
export const PACKED_TEXTS = ['id', 'date', 'summary', 'json', 'lone_actor', 'lone_recipient'] as const;
/** Integers per packed row: the row's start, the byte length of each text, its coding's number. */
export const PACKED_INTS = 2 + PACKED_TEXTS.length;

export interface PackedRows {
  packed: true;
  dataset: ImportedRows['dataset'];
  /** Id of the Source record of the imported file, which every row cites. */
  source: string;
  count: number;
  /** Whether no id is there twice (a later row with an id replaces an earlier one). */
  distinct: boolean;
  bytes: Uint8Array;
  ints: Int32Array;
}

export function isPacked(rows: ImportedRows | PackedRows): rows is PackedRows {
  return 'packed' in rows;
}

export function packedCount(rows: ImportedRows | PackedRows): number {
  return isPacked(rows) ? rows.count : rowCount(rows);
}

const encoder = new TextEncoder();
/** The ids of a packed batch. */
export function packedIds(p: PackedRows): string[] {
  const ids: string[] = [];
  for (let k = 0; k < p.ints.length; k += PACKED_INTS) ids.push(decoder.decode(p.bytes.subarray(p.ints[k]!, p.ints[k]! + p.ints[k + 1]!)));
  return ids;
}

const decoder = new TextDecoder();

/** Bytes of UTF-8 a string takes. */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Two bytes up to U+07FF, three beyond; a surrogate pair takes four (its high half counted as three),
    // a lone surrogate three (it is written as U+FFFD).
    if (c >= 0x80) n += c < 0x800 ? 1 : (c & 0xfc00) === 0xdc00 && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? 0 : 2;
  }
  return n;
}

/**
 * Pack a batch and what deriveRows gave for it. Each row is encoded in one call, its texts joined:
 * the summary's length in bytes is counted (it holds a dash, never plain ASCII), the other texts
 * are taken to be ASCII, and a row for which that does not add up is encoded text by text.
 */
export function packRows(rows: ImportedRows, d: DerivedRows): PackedRows {
  const n = rowCount(rows);
  const columns: Array<readonly string[]> = [rows.id, rows.date, rows.summary, d.json, d.lone_actor, d.lone_recipient];
  let chars = 0;
  for (const column of columns) for (const text of column) chars += text.length;
  // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
  const room = new Uint8Array(chars * 3);
  const ints = new Int32Array(n * PACKED_INTS);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const k = i * PACKED_INTS;
    const id = rows.id[i]!;
    const date = rows.date[i]!;
    const summary = rows.summary[i]!;
    const json = d.json[i]!;
    const actor = d.lone_actor[i]!;
    const recipient = d.lone_recipient[i]!;
    const summaryBytes = utf8Length(summary);
    const written = encoder.encodeInto(id + date + summary + json + actor + recipient, room.subarray(at)).written;
    ints[k] = at;
    if (written === id.length + date.length + summaryBytes + json.length + actor.length + recipient.length) {
      ints[k + 1] = id.length;
      ints[k + 2] = date.length;
      ints[k + 3] = summaryBytes;
      ints[k + 4] = json.length;
      ints[k + 5] = actor.length;
      ints[k + 6] = recipient.length;
      at += written;
    } else {
      for (let f = 0; f < columns.length; f++) {
        const bytes = encoder.encodeInto(columns[f]![i]!, room.subarray(at)).written;
        ints[k + 1 + f] = bytes;
        at += bytes;
      }
    }
    ints[k + 1 + columns.length] = d.coding[i]!;
  }
  const distinct = new Set(rows.id).size === n;
  return { packed: true, dataset: rows.dataset, source: rows.source, count: n, distinct, bytes: room.slice(0, at), ints };
}

/** The batch as columns of strings: a slim batch (slimRows) with what was derived for it. */
export function unpackRows(p: PackedRows): ImportedRows {
  const rows = emptyRows(p.dataset, p.source);
  const d: DerivedRows = { coding: [], lone_actor: [], lone_recipient: [], json: [] };
  const columns = [rows.id, rows.date, rows.summary, d.json, d.lone_actor, d.lone_recipient];
  for (let i = 0; i < p.count; i++) {
    const k = i * PACKED_INTS;
    let at = p.ints[k]!;
    for (let f = 0; f < columns.length; f++) {
      const length = p.ints[k + 1 + f]!;
      columns[f]!.push(decoder.decode(p.bytes.subarray(at, at + length)));
      at += length;
    }
    d.coding.push(p.ints[k + 1 + columns.length]!);
  }
  rows.derived = d;
  return rows;
}
