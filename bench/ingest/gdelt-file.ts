/**
 * Generated GDELT 2.0 event rows (61 tab-separated columns) for the import and corroboration
 * benchmarks: one row's layout, and streaming many rows into a file without holding them.
 */
import { createWriteStream, statSync } from 'node:fs';

/** A GDELT actor: its CAMEO actor code, name and country code. */
export type GdeltActor = [string, string, string];

export interface GdeltEvent {
  id: number;
  /** YYYYMMDD. */
  day: string;
  /** The fractional part of the FractionDate column ("3000"). */
  fraction: string;
  a: GdeltActor;
  b: GdeltActor;
  code: string;
  /** Mentions (also used for sources and articles' third column), and the average tone. */
  mentions: string;
  tone: string;
  /** The eight geography columns, used for both actors and the action. */
  geo: string[];
  url: string;
}

const side = (a: GdeltActor): string[] => [
  a[0],
  a[1],
  a[2],
  a[0].startsWith('IGO') ? 'EEC' : '',
  '',
  '',
  '',
  a[0].endsWith('GOV') ? 'GOV' : '',
  '',
  '',
];

/** One row in GDELT 2.0's column order. */
export function gdeltLine(e: GdeltEvent): string {
  return [
    String(e.id),
    e.day,
    e.day.slice(0, 6),
    e.day.slice(0, 4),
    `${e.day.slice(0, 4)}.${e.fraction}`,
    ...side(e.a),
    ...side(e.b),
    '1',
    e.code,
    e.code.slice(0, 3),
    e.code.slice(0, 2),
    '1',
    '1.0',
    e.mentions,
    '1',
    e.mentions,
    e.tone,
    ...e.geo,
    ...e.geo,
    ...e.geo,
    `${e.day}120000`,
    e.url,
  ].join('\t');
}

/** Stream `n` lines (`line(i)`) into `file`, 10,000 at a time; resolves to the file's size in bytes. */
export async function writeLines(file: string, n: number, line: (i: number) => string): Promise<number> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let buf: string[] = [];
  for (let i = 0; i < n; i++) {
    buf.push(line(i));
    if (buf.length === 10_000) {
      if (!out.write(`${buf.join('\n')}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = [];
    }
  }
  out.end(buf.length ? `${buf.join('\n')}\n` : '');
  await new Promise<void>((r) => out.once('finish', () => r()));
  return statSync(file).size;
}
