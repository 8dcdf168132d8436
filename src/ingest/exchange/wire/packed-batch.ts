/**
 * A packed batch: a derived batch of imported rows (derived-columns.ts) as typed arrays, the form in
 * which the import worker hands rows to the thread that writes the store. The text of each row's
 * stored columns (id, date, JSON, lone actor, lone recipient, the SHA-256 of its citation, summary)
 * sits back to back in one UTF-8 buffer; nine integers per row give where the row starts, the byte
 * length of each of the seven texts, and the number of its coding (store/encoding/coding-numbers.ts);
 * two more numbers give the span its citation points at.
 *
 * Typed arrays move between threads without copying, and a store can hand the buffer to its
 * database and cut the columns out there: a million rows then cost the writing thread no strings
 * at all. `unpackRows` gives the same batch back as columns of strings, for any other use.
 */
import { emptyRows, rowCount, type DerivedRows, type ImportedRows } from './row-batch.js';

/** The texts of a packed row, in the order they sit in the buffer (the summary last: see `packRows`). */
export const PACKED_TEXTS = ['id', 'date', 'json', 'lone_actor', 'lone_recipient', 'sha256', 'summary'] as const;
/** Integers per packed row: the row's start, the byte length of each text, its coding's number. */
export const PACKED_INTS = 2 + PACKED_TEXTS.length;
/** Where each integer of a row sits among its PACKED_INTS. */
export const PACKED_AT = {
  start: 0,
  id: 1,
  date: 2,
  json: 3,
  lone_actor: 4,
  lone_recipient: 5,
  sha256: 6,
  summary: 7,
  coding: 8,
} as const;

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
  /** Each row's span in the file's text (start, end: the offsets of its citation), two numbers per row. */
  spans: Float64Array;
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
  for (let k = 0; k < p.ints.length; k += PACKED_INTS)
    ids.push(decoder.decode(p.bytes.subarray(p.ints[k]!, p.ints[k]! + p.ints[k + 1]!)));
  return ids;
}

const decoder = new TextDecoder();

/**
 * Pack a batch and what deriveRows gave for it. Each row is encoded in two calls: its texts but the
 * summary, then the summary. Most rows' other texts are plain ASCII, which a joined part whose
 * bytes are as many as its characters shows: their lengths are then their own; otherwise each is
 * measured. The summary, which always holds a dash beyond ASCII, goes alone, so that the rest is
 * encoded from V8's one-byte strings (a part joined with it would be encoded from two-byte ones,
 * which is slower).
 */
export function packRows(rows: ImportedRows, d: DerivedRows): PackedRows {
  const n = rowCount(rows);
  const columns: Array<readonly string[]> = [
    rows.id,
    rows.date,
    d.json,
    d.lone_actor,
    d.lone_recipient,
    rows.sha256,
    rows.summary,
  ];
  const last = columns.length - 1;
  const spans = new Float64Array(n * 2);
  let chars = 0;
  for (const column of columns) for (const text of column) chars += text.length;
  // A UTF-16 code unit never takes more than 3 bytes of UTF-8.
  const room = Buffer.allocUnsafe(chars * 3);
  const ints = new Int32Array(n * PACKED_INTS);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const k = i * PACKED_INTS;
    ints[k] = at;
    let joined = '';
    for (let f = 0; f < last; f++) {
      const text = columns[f]![i]!;
      ints[k + 1 + f] = text.length;
      joined += text;
    }
    const written = room.write(joined, at);
    if (written !== joined.length) for (let f = 0; f < last; f++) ints[k + 1 + f] = Buffer.byteLength(columns[f]![i]!);
    at += written;
    const summary = room.write(columns[last]![i]!, at);
    ints[k + 1 + last] = summary;
    at += summary;
    ints[k + 1 + columns.length] = d.coding[i]!;
    spans[2 * i] = rows.start[i]!;
    spans[2 * i + 1] = rows.end[i]!;
  }
  const distinct = new Set(rows.id).size === n;
  return {
    packed: true,
    dataset: rows.dataset,
    source: rows.source,
    count: n,
    distinct,
    bytes: new Uint8Array(room.subarray(0, at)),
    ints,
    spans,
  };
}

/** The batch as columns of strings: a slim batch (slimRows) with what was derived for it. */
export function unpackRows(p: PackedRows): ImportedRows {
  const rows = emptyRows(p.dataset, p.source);
  const d: DerivedRows = { coding: [], lone_actor: [], lone_recipient: [], json: [] };
  const columns = [rows.id, rows.date, d.json, d.lone_actor, d.lone_recipient, rows.sha256, rows.summary];
  for (let i = 0; i < p.count; i++) {
    const k = i * PACKED_INTS;
    let at = p.ints[k]!;
    for (let f = 0; f < columns.length; f++) {
      const length = p.ints[k + 1 + f]!;
      columns[f]!.push(decoder.decode(p.bytes.subarray(at, at + length)));
      at += length;
    }
    d.coding.push(p.ints[k + 1 + columns.length]!);
    rows.start.push(p.spans[2 * i]!);
    rows.end.push(p.spans[2 * i + 1]!);
  }
  rows.derived = d;
  return rows;
}

/** A batch as columns of strings, unpacked if it is packed. */
export function asColumns(rows: ImportedRows | PackedRows): ImportedRows {
  return isPacked(rows) ? unpackRows(rows) : rows;
}
