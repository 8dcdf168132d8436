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

/** The ids of a packed batch. */
export function packedIds(p: PackedRows): string[] {
  const ids: string[] = [];
  for (let k = 0; k < p.ints.length; k += PACKED_INTS) ids.push(decoder.decode(p.bytes.subarray(p.ints[k]!, p.ints[k]! + p.ints[k + 1]!)));
  return ids;
}

const decoder = new TextDecoder();

/**
 * Pack a batch and what deriveRows gave for it. A row is encoded in three calls: id and date, the
 * summary (which holds a dash, never plain ASCII), then JSON and lone sides. A joined part whose
 * bytes are as many as its characters is ASCII, so its texts' lengths are their own; a part for
 * which that does not hold is encoded again text by text.
 */
export function packRows(rows: ImportedRows, d: DerivedRows): PackedRows {
  const n = rowCount(rows);
  const columns: Array<readonly string[]> = [rows.id, rows.date, rows.summary, d.json, d.lone_actor, d.lone_recipient];
  let chars = 0;
  for (const column of columns) for (const text of column) chars += text.length;
  // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
  const room = Buffer.allocUnsafe(chars * 3);
  const ints = new Int32Array(n * PACKED_INTS);
  let at = 0;
  /** Write texts `from` to `to` (exclusive) of row i; their lengths go to ints[k + 1 + f]. */
  const put = (i: number, k: number, from: number, to: number): void => {
    let joined = '';
    for (let f = from; f < to; f++) joined += columns[f]![i]!;
    const written = room.write(joined, at);
    if (written === joined.length) {
      for (let f = from; f < to; f++) ints[k + 1 + f] = columns[f]![i]!.length;
      at += written;
      return;
    }
    for (let f = from; f < to; f++) {
      const bytes = room.write(columns[f]![i]!, at);
      ints[k + 1 + f] = bytes;
      at += bytes;
    }
  };
  for (let i = 0; i < n; i++) {
    const k = i * PACKED_INTS;
    ints[k] = at;
    put(i, k, 0, 2);
    const summary = room.write(rows.summary[i]!, at);
    ints[k + 3] = summary;
    at += summary;
    put(i, k, 3, columns.length);
    ints[k + 1 + columns.length] = d.coding[i]!;
  }
  const distinct = new Set(rows.id).size === n;
  return { packed: true, dataset: rows.dataset, source: rows.source, count: n, distinct, bytes: new Uint8Array(room.subarray(0, at)), ints };
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

/** A batch as columns of strings, unpacked if it is packed. */
export function asColumns(rows: ImportedRows | PackedRows): ImportedRows {
  return isPacked(rows) ? unpackRows(rows) : rows;
}
