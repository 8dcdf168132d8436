/**
 * Making citations: find a phrase in a source text and return the offsets and hash of the phrase,
 * or of the whole sentence around it. Used by `orrery cite` when curating the dataset, so that
 * records carry offsets and hashes and never the source's own sentences.
 */
import type { Citation } from '../model/index.js';
import { sha256 } from './hash.js';

export function citationFor(source: string, text: string, start: number, end: number): Citation {
  return { source, start, end, sha256: sha256(text.slice(start, end)) };
}

/** Normalise typographic quotes and spaces so a phrase typed by hand still matches. */
function fold(s: string): string {
  return s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s/g, ' ');
}

/** Every start offset at which `phrase` occurs in `text` (quote-, dash- and space-insensitive). */
export function findPhrase(text: string, phrase: string): number[] {
  const hay = fold(text);
  const needle = fold(phrase);
  const hits: number[] = [];
  if (!needle) return hits;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) hits.push(i);
  return hits;
}

const END = /[.!?]["'’”)\]]*(?=\s|$)/g;

/** The sentence (or heading line) that contains the span [start, end). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const prev = text[s - 1] ?? '';
    if (prev === '\n') break;
    if (/\s/.test(prev) && /[.!?]["'’”)\]]*$/.test(text.slice(Math.max(0, s - 4), s - 1))) break;
    s--;
  }
  while (s < start && /\s/.test(text[s] ?? '')) s++;
  END.lastIndex = end;
  const m = END.exec(text);
  const nl = text.indexOf('\n', end);
  let e = m ? m.index + m[0].length : text.length;
  if (nl >= 0 && nl < e) e = nl;
  return [s, Math.max(e, end)];
}
