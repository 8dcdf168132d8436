/**
 * Synthetic event data for the benchmarks: `actors` actors over `years` years, each event a pair of
 * actors, a day and a Goldstein-range intensity. Actors differ in activity (a Zipf-like law) and sit
 * in hidden blocs, so friends cooperate more than rivals. Rows are generated in day order, in chunks,
 * into typed arrays, and written to a compact binary file (10 bytes a row) without ever holding
 * more than one chunk of rows besides the output columns.
 *
 * File layout: 32-byte header ("ORRYEV01", row count f64, actor count u32, first day i32, years u32),
 * then rows of day i32, a u16, b u16, intensity i8, quad u8 (little-endian).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mulberry32 } from '../../src/analysis/random.js';

export interface SyntheticSpec {
  events: number;
  actors: number;
  years: number;
  seed: number;
  /** Day number of the first day (default 1996-01-01). */
  firstDay?: number;
}

export interface Columns {
  length: number;
  actorCount: number;
  firstDay: number;
  years: number;
  day: Int32Array;
  a: Uint16Array;
  b: Uint16Array;
  intensity: Int8Array;
  quad: Uint8Array;
}

const MAGIC = 'ORRYEV01';
const ROW = 10;
const CHUNK = 1 << 20;
/** Intensities of cooperative (quads 1–2) and conflictual (3–4) acts, as in src/model/intensity.ts. */
const COOP = [1, 2, 1.5, 3, 4, 2, 6, 4, 5, 7, 8, 7, 4, 5];
const CONF = [-2, -4, -4, -5, -6, -7, -5, -6, -8, -7, -5, -7, -9, -10];

/** Generate rows in day order and hand them over chunk by chunk. */
export function generate(spec: SyntheticSpec, sink: (rows: Buffer, count: number) => void): void {
  const rng = mulberry32(spec.seed);
  const n = spec.actors;
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** 0.8;
  const pick = (): number => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const bloc = Uint8Array.from({ length: n }, () => Math.floor(rng() * 5));
  const first = spec.firstDay ?? 9496;
  const days = Math.round(spec.years * 365.25);
  const buf = Buffer.alloc(CHUNK * ROW);
  let inChunk = 0;
  let made = 0;
  for (let d = 0; d < days; d++) {
    const today = Math.floor(((d + 1) * spec.events) / days) - made;
    for (let k = 0; k < today; k++) {
      const a = pick();
      let b = pick();
      while (b === a) b = Math.floor(rng() * n);
      const friendly = bloc[a] === bloc[b] ? 0.75 : 0.35;
      const coop = rng() < friendly;
      const table = coop ? COOP : CONF;
      const intensity = Math.round(table[Math.floor(rng() * table.length)]!);
      const quad = coop ? (intensity >= 5 ? 2 : 1) : intensity <= -5 ? 4 : 3;
      const o = inChunk * ROW;
      buf.writeInt32LE(first + d, o);
      buf.writeUInt16LE(a, o + 4);
      buf.writeUInt16LE(b, o + 6);
      buf.writeInt8(intensity, o + 8);
      buf.writeUInt8(quad, o + 9);
      if (++inChunk === CHUNK) {
        sink(buf, inChunk);
        inChunk = 0;
      }
    }
    made += today;
  }
  if (inChunk) sink(buf, inChunk);
}

export function writeSynthetic(path: string, spec: SyntheticSpec): void {
  const fd = openSync(path, 'w');
  const header = Buffer.alloc(32);
  header.write(MAGIC, 0, 'latin1');
  header.writeDoubleLE(spec.events, 8);
  header.writeUInt32LE(spec.actors, 16);
  header.writeInt32LE(spec.firstDay ?? 9496, 20);
  header.writeUInt32LE(spec.years, 24);
  writeSync(fd, header);
  generate(spec, (rows, count) => writeSync(fd, rows, 0, count * ROW));
  closeSync(fd);
}

/** Read a synthetic file into columns, chunk by chunk. */
export function readSynthetic(path: string): Columns {
  const fd = openSync(path, 'r');
  const header = Buffer.alloc(32);
  readSync(fd, header, 0, 32, 0);
  if (header.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${path} is not a synthetic event file`);
  const length = header.readDoubleLE(8);
  const cols: Columns = {
    length,
    actorCount: header.readUInt32LE(16),
    firstDay: header.readInt32LE(20),
    years: header.readUInt32LE(24),
    day: new Int32Array(length),
    a: new Uint16Array(length),
    b: new Uint16Array(length),
    intensity: new Int8Array(length),
    quad: new Uint8Array(length),
  };
  const buf = Buffer.alloc(CHUNK * ROW);
  for (let row = 0; row < length;) {
    const count = Math.min(CHUNK, length - row);
    readSync(fd, buf, 0, count * ROW, 32 + row * ROW);
    for (let k = 0; k < count; k++, row++) {
      const o = k * ROW;
      cols.day[row] = buf.readInt32LE(o);
      cols.a[row] = buf.readUInt16LE(o + 4);
      cols.b[row] = buf.readUInt16LE(o + 6);
      cols.intensity[row] = buf.readInt8(o + 8);
      cols.quad[row] = buf.readUInt8(o + 9);
    }
  }
  closeSync(fd);
  return cols;
}
