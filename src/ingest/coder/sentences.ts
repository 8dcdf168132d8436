/**
 * Sentence splitting for real documents (a hand splitter in the Punkt tradition, with rules rather
 * than learned abbreviations; Kiss & Strunk 2006). Two passes:
 *
 * 1. Lines become units (paragraphs, headings, footnotes). A line break inside a sentence (PDF hard
 *    wraps, a page break with a running header between) is joined; a short line without final
 *    punctuation is a heading; a line opening with a footnote marker (¹, [3]) is footnote text, kept
 *    apart from the body it is interleaved with; lines repeated three times or more (running headers
 *    and footers) and bare page numbers are dropped.
 * 2. Inside a unit, a sentence ends at . ! ? or … followed by closing quotes, brackets or footnote
 *    markers, then white space and a capital, digit or opening quote, unless the word before the
 *    period is an abbreviation (Dr., No., St., Jan., e.g.) or an initial (Donald J. Trump).
 *
 * Offsets are UTF-16 code units into the given text; `text` is the exact slice [start, end).
 */

export type SentenceKind = 'body' | 'heading' | 'footnote';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  kind?: SentenceKind;
  /** Spans inside [start, end) that are not part of the sentence (footnote text a page break put there). */
  holes?: Array<[number, number]>;
  /** Part of a run longer than MAX_SENTENCE characters without a sentence end, cut at white space. */
  cut?: true;
}

/** Abbreviations after which a period does not end a sentence (folded to lower case, no final dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'no',
  'nos',
  'art',
  'vol',
  'pp',
  'p',
  'cf',
  'vs',
  'v',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'approx',
  'ca',
  'al',
  'fig',
  'ed',
  'eds',
  'ave',
  'est',
  'dept',
  'gov',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
  'op',
  'cit',
  'ibid',
  'para',
  'ch',
  'sec',
]);

/** Dotted abbreviations that may end a sentence when a usual sentence opener follows. */
const DOTTED_MAY_END = new Set(['u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'etc']);
const OPENERS = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'In',
  'On',
  'At',
  'But',
  'However',
  'Meanwhile',
  'A',
  'An',
  'After',
  'Before',
  'As',
  'Its',
  'His',
  'Her',
  'Their',
  'There',
  'Since',
  'When',
  'While',
]);

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = /^(?:["'”’»)\]]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[(?:\d{1,3}|[ivx]{1,5})\])/;
const FOOTNOTE_LINE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[(?:\d{1,3}|[ivx]{1,5})\])\s*\S/;
const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?\s*$/i;
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[(?:\d{1,3}|[ivx]{1,5})\])?\s*$/;
const LIST_ITEM = /^\s*(?:[-•*–—▪●]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)/;
/** Longest a sentence may grow before it is cut at white space (tables, run-on junk). */
const MAX_SENTENCE = 1500;

interface Line {
  start: number;
  end: number;
  text: string;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    yield { start, end: lineEnd, text: text.slice(start, lineEnd) };
    if (end >= text.length) break;
    start = end + 1;
  }
}

/** Trimmed lines that repeat three times or more: running headers and footers. */
function repeatedLines(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines(text)) {
    const t = l.text.trim();
    if (t.length < 3 || t.length > 120) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [t, n] of counts) if (n >= 3) out.add(t);
  return out;
}

interface Unit {
  start: number;
  end: number;
  kind: SentenceKind;
  lines: number;
  lastLine: string;
  /** The unit's first characters, to see whether it continues a cut sentence. */
  first: string;
  holes?: Array<[number, number]>;
}

function startsLower(s: string): boolean {
  const ch = s.trimStart()[0] ?? '';
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Paragraphs, headings and footnotes, each as a span of the text. */
function units(text: string): Unit[] {
  const skip = repeatedLines(text);
  const out: Unit[] = [];
  let cur: Unit | null = null;
  let gap = false;
  for (const l of lines(text)) {
    const t = l.text.trim();
    if (!t) {
      gap = true;
      continue;
    }
    if (skip.has(t) || PAGE_NUMBER.test(t)) {
      gap = true;
      continue;
    }
    const s = l.start + (l.text.length - l.text.trimStart().length);
    const e = l.start + l.text.trimEnd().length;
    const footnote = FOOTNOTE_LINE.test(t);
    if (cur && !footnote && join(cur, t, gap)) {
      cur.end = e;
      cur.lines++;
      cur.lastLine = t;
      if (cur.kind === 'heading') cur.kind = 'body';
    } else {
      if (cur) out.push(finish(cur));
      cur = { start: s, end: e, kind: footnote ? 'footnote' : 'body', lines: 1, lastLine: t, first: t.slice(0, 2) };
    }
    gap = false;
  }
  if (cur) out.push(finish(cur));
  return bridgeFootnotes(out);
}

/**
 * A body paragraph cut by a page break with footnotes in between ("...the recovery of some" /
 * footnotes / "border posts by...") continues after them: the two parts are joined, the footnotes
 * between them become a hole of the joined unit (and stay units of their own).
 */
function bridgeFootnotes(us: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < us.length; i++) {
    const u = us[i] as Unit;
    let j = i + 1;
    while (j < us.length && (us[j] as Unit).kind === 'footnote') j++;
    const next = us[j];
    const open = u.kind !== 'footnote' && !ENDS_SENTENCE.test(u.lastLine);
    if (!open || j === i + 1 || !next || !/^[\p{Ll}\p{Nd}]/u.test(next.first)) {
      out.push(u);
      continue;
    }
    out.push({
      ...u,
      kind: 'body',
      end: next.end,
      lines: u.lines + next.lines,
      lastLine: next.lastLine,
      holes: [...(u.holes ?? []), [u.end, next.start], ...(next.holes ?? [])],
    });
    for (let k = i + 1; k < j; k++) out.push(us[k] as Unit);
    i = j;
  }
  return out;
}

function finish(u: Unit): Unit {
  if (u.lines === 1 && u.kind === 'body' && !ENDS_SENTENCE.test(u.lastLine) && u.lastLine.length <= 120)
    u.kind = 'heading';
  return u;
}

/** Whether line `next` continues the unit `u` (a wrapped sentence) rather than opening a new one. */
function join(u: Unit, next: string, gap: boolean): boolean {
  const prev = u.lastLine;
  if (ENDS_SENTENCE.test(prev)) return false;
  if (LIST_ITEM.test(next)) return false;
  if (startsLower(next)) return true;
  if (gap || titleCase(prev)) return false;
  // A wrapped line of running text is neither very short (a heading) nor a whole paragraph.
  return prev.length >= 40 && prev.length <= 130;
}

/** Most words capitalised: a heading ("A Convenient Pretext Rather Than the Cause"). */
function titleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}

function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && /[\p{L}.'’-]/u.test(text[j - 1] as string)) j--;
  return text.slice(j, i);
}

/** Where a sentence starting at or after `from` ends inside the unit, or -1 when the unit runs out. */
function boundaryAfter(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const ch = text[i] as string;
    if (!TERMINAL.has(ch)) continue;
    let j = i + 1;
    while (j < end && TERMINAL.has(text[j] as string)) j++;
    for (let m = CLOSERS.exec(text.slice(j, j + 6)); m && j < end; m = CLOSERS.exec(text.slice(j, j + 6)))
      j += m[0].length;
    if (j >= end) return end;
    if (!/\s/.test(text[j] as string)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k] as string)) k++;
    const nextCh = text[k] ?? '';
    if (!/[\p{Lu}\p{Nd}"'“‘«([¿¡*#]/u.test(nextCh)) continue;
    if (ch === '.') {
      const word = wordBefore(text, i, from);
      const key = word.replace(/\.$/, '').toLowerCase();
      const nextWord = /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0] ?? '';
      if (DOTTED_MAY_END.has(key)) {
        if (!OPENERS.has(nextWord)) continue;
      } else if (ABBREVIATIONS.has(key) || /^\p{Lu}$/u.test(word)) {
        continue;
      } else if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && !OPENERS.has(nextWord)) {
        continue;
      }
    }
    return j;
  }
  return -1;
}

function trimmed(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

/** The unit's text with its holes blanked (same length, so offsets hold). */
function unitText(text: string, u: Unit): string {
  if (!u.holes?.length) return text.slice(u.start, u.end);
  let out = '';
  let at = u.start;
  for (const [hs, he] of u.holes) {
    out += text.slice(at, hs) + ' '.repeat(he - hs);
    at = he;
  }
  return out + text.slice(at, u.end);
}

/** Sentences of one unit; over-long runs are cut at white space so one sentence stays bounded. */
function* unitSentences(text: string, u: Unit): Generator<Sentence> {
  const src = unitText(text, u);
  let s = 0;
  let cut = false;
  while (s < src.length) {
    // Look no further than one sentence's longest length: a unit without punctuation stays linear.
    const limit = Math.min(src.length, s + MAX_SENTENCE + 1);
    let e = boundaryAfter(src, s, limit);
    if (e < 0 || (e === limit && limit < src.length)) e = limit;
    // A piece of a run-on is marked, and so is the tail that ends it, so the coder can refuse them all.
    const continued = cut;
    cut = e - s > MAX_SENTENCE;
    if (cut) {
      const at = src.lastIndexOf(' ', s + MAX_SENTENCE);
      e = at > s ? at : s + MAX_SENTENCE;
    }
    const [a, b] = trimmed(src, s, e);
    if (b > a && /[\p{L}\p{N}]/u.test(src.slice(a, b))) {
      const start = u.start + a;
      const end = u.start + b;
      const holes = u.holes?.filter(([hs, he]) => hs < end && he > start);
      yield {
        start,
        end,
        text: text.slice(start, end),
        kind: u.kind,
        ...(holes?.length ? { holes } : {}),
        ...(cut || continued ? { cut: true as const } : {}),
      };
    }
    s = e;
  }
}

/** Every sentence of a document, lazily. */
export function* iterateSentences(text: string): Generator<Sentence> {
  for (const u of units(text)) yield* unitSentences(text, u);
}

/** Every sentence of a document, with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  return [...iterateSentences(text)];
}
