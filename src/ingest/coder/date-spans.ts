/**
 * Which words of a sentence belong to a date phrase ("on Tuesday", "late last week", "Wednesday",
 * "on 12 March"), so that role finding can step over them: wire copy puts them between subject and
 * verb ("Iran on Tuesday threatened..."). Spans come from chrono-node's casual English parser and
 * from the coder's own date expressions (dates.ts), which also give the event its date.
 */
import * as chrono from 'chrono-node';
import type { FoundDate } from './dates.js';
import type { Token } from './tokens.js';

const LEAD = new Set(['late', 'early', 'earlier', 'on', 'since', 'until', 'by']);
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Character spans of date phrases in `text`. */
export function dateSpans(text: string, found: readonly FoundDate[]): Array<[number, number]> {
  const spans: Array<[number, number]> = found.map((d) => [d.start, d.end]);
  for (const r of chrono.en.casual.parse(text, REFERENCE)) {
    // "may" and "march" alone are usually not dates; chrono's casual parser is careful but not perfect.
    if (/^(may|march|now|sat|sun|second)$/i.test(r.text.trim())) continue;
    spans.push([r.index, r.index + r.text.length]);
  }
  return spans;
}

/** 1 for each token inside a date phrase (and a leading "late", "on"...), else 0. */
export function dateTokenMask(tokens: readonly Token[], spans: ReadonlyArray<[number, number]>): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  if (!spans.length) return mask;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (spans.some(([a, b]) => t.start >= a && t.end <= b)) mask[i] = 1;
  }
  for (let i = tokens.length - 2; i >= 0; i--)
    if (!mask[i] && mask[i + 1] && LEAD.has(tokens[i]!.low) && tokens[i]!.kind === 'word') mask[i] = 1;
  return mask;
}
