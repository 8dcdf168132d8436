/**
 * Input the coder will not read, each with a warning saying why, so that nothing is coded from it:
 * a "sentence" far longer than any real one (a run-on page, a table flattened to text), quotes that
 * are unbalanced or nested in the same kind of mark (whose speaker and scope cannot be known), text
 * that is not English, and all-capital headlines (where names and verbs cannot be told apart).
 */
import type { Token } from './tokens.js';

export interface InputWarning {
  /** Character offsets of the sentence in the document. */
  start: number;
  end: number;
  kind: 'too-long' | 'quotes' | 'language' | 'all-caps';
  message: string;
  /** For 'too-long': the words in the run (adjacent cut pieces are merged into one warning). */
  words?: number;
}

/** Longest sentence read, in words: real sentences stay far below; a runaway split does not. */
export const MAX_WORDS = 250;

/** English function words: a sentence with as many of these as of FOREIGN below is read as English. */
const ENGLISH = new Set(
  (
    'the a an of to in on at by for with from and or but not no is are was were be been has have had ' +
    'it its this that these those he she they we you his her their our who which what when where as ' +
    'will would could should may said says after before over under into than also about against between'
  ).split(' '),
);

/**
 * Function words of French, German, Spanish, Italian, Portuguese, Dutch, Swedish and Turkish that are
 * not also English words or common parts of names in English text (no "die", "den", "per", "de", "la",
 * "van", "el", "del": "Charles de Gaulle", "Carla Del Ponte", "soldiers die" are English).
 */
const FOREIGN = new Set(
  (
    'le les des du et est une und ist nicht ein eine das der los las y que por con il di che och att het een ' +
    've bir dans pour sur avec wir sie mit auf nach para una como pero sono della dello degli zijn niet dat ' +
    'och inte som ett ile bu da icin ich du nous vous ils elle mais egalement lo esta este eso sus fue ha sido'
  ).split(' '),
);

interface LetterCounts {
  all: number;
  latin: number;
  upper: number;
  lower: number;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters of the text, in one pass (ASCII without a regular expression: this runs on every sentence). */
function countLetters(text: string): LetterCounts {
  const n = { all: 0, latin: 0, upper: 0, lower: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) n.lower++;
    else if (c >= 65 && c <= 90) n.upper++;
    else if (c < 128) continue;
    else {
      const ch = text[i] as string;
      if (!LETTER.test(ch)) continue;
      n.all++;
      if (LATIN.test(ch)) n.latin++;
      if (ch !== ch.toLowerCase()) n.upper++;
      else if (ch !== ch.toUpperCase()) n.lower++;
      continue;
    }
    n.all++;
    n.latin++;
  }
  return n;
}

/**
 * Not English, on positive evidence only: most letters outside the Latin script (Cyrillic, Arabic,
 * Georgian, Armenian...), or at least three function words of another language outnumbering the
 * English ones. A sentence with no function words at all ("Furthermore, Azerbaijan purchases Russian
 * arms worth around $5 billion annually.") is read: refusing English news is worse than coding a stray
 * foreign line, which rarely holds a known actor and a coding verb anyway.
 */
function notEnglish(letters: LetterCounts, words: readonly Token[]): boolean {
  if (letters.all < 12) return false;
  if (letters.latin < letters.all / 2) return true;
  let english = 0;
  let foreign = 0;
  for (const t of words) {
    if (ENGLISH.has(t.low)) english++;
    else if (FOREIGN.has(t.low)) foreign++;
  }
  return foreign >= 3 && foreign > english;
}

/** Quotes: unbalanced (an open mark never closed, or the reverse) or the same mark nested in itself. */
function quoteProblem(text: string): string | null {
  if (!text.includes('"') && !text.includes('“') && !text.includes('”')) return null;
  let curly = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '“') deepest = Math.max(deepest, ++curly);
    else if (ch === '”') curly--;
    if (curly < -1) return 'unbalanced quotes: more closing than opening marks';
  }
  if (deepest > 1 && curly === 0) return 'nested quotes of the same kind: the speaker of each part is unclear';
  // One mark left open or closed is a quotation running across sentences: read as usual.
  if (Math.abs(curly) > 1) return 'unbalanced quotes: opening and closing marks do not pair';
  const straight = (text.match(/"/g) ?? []).length;
  if (straight > 1 && straight % 2 === 1) return 'unbalanced quotes: an odd number of straight quote marks';
  return null;
}

const tooLong = (words: number): string => `sentence too long (${words} words, more than ${MAX_WORDS}): not coded`;

/** Why the sentence is not coded, or null when it is read; `cut` marks a piece of a run-on the splitter cut. */
export function inputProblem(
  text: string,
  tokens: readonly Token[],
  cut = false,
): Omit<InputWarning, 'start' | 'end'> | null {
  const words = tokens.filter((t) => t.kind === 'word');
  if (cut || words.length > MAX_WORDS) return { kind: 'too-long', message: tooLong(words.length), words: words.length };
  const letters = countLetters(text);
  if (notEnglish(letters, words))
    return { kind: 'language', message: 'language not supported: the coder reads English only; not coded' };
  const { upper, lower } = letters;
  if (words.length >= 4 && upper >= 12 && lower <= upper * 0.1)
    return { kind: 'all-caps', message: 'all-capital text (a headline?): names cannot be told from words; not coded' };
  const q = quoteProblem(text);
  if (q) return { kind: 'quotes', message: `${q}; not coded` };
  return null;
}

/**
 * Adds a warning to a list, merging it into the last one when both are pieces of the same run-on
 * (too long, nothing but white space between them): a 10,000-word "sentence" gives one warning.
 */
export function addWarning(list: InputWarning[], w: InputWarning, text: string): void {
  const last = list.at(-1);
  if (last?.kind === 'too-long' && w.kind === 'too-long' && !text.slice(last.end, w.start).trim()) {
    last.end = w.end;
    last.words = (last.words ?? 0) + (w.words ?? 0);
    last.message = tooLong(last.words);
    return;
  }
  list.push(w);
}

/** Most warnings of one kind listed one by one in a report; the rest are counted. */
export const LISTED_PER_KIND = 5;

/**
 * The warnings as lines for a report (ingest, extract, the API): each with the sentence's character
 * offsets, at most LISTED_PER_KIND of a kind, then "... and N more" so a document full of foreign
 * footnotes does not bury the report.
 */
export function warningLines(warnings: readonly InputWarning[]): string[] {
  const byKind = new Map<InputWarning['kind'], InputWarning[]>();
  for (const w of warnings) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  const lines: string[] = [];
  for (const [kind, list] of byKind) {
    for (const w of list.slice(0, LISTED_PER_KIND))
      lines.push(`sentence at characters ${w.start}-${w.end}: ${w.message}`);
    if (list.length > LISTED_PER_KIND)
      lines.push(`... and ${list.length - LISTED_PER_KIND} more sentence(s) not coded (${kind})`);
  }
  return lines;
}
