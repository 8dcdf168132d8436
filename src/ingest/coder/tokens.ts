/**
 * Tokenising a sentence for the coder: words (with hyphens and apostrophes inside), dotted
 * abbreviations (U.S., e.g.), numbers, single punctuation marks. Footnote markers (¹ ², [3]) are
 * dropped so that "Azerbaijanis¹" reads as "Azerbaijanis". A possessive "'s" becomes its own token.
 * Offsets are UTF-16 code units into the sentence. `low` is the folded form used for look-ups:
 * lower case, accents removed, typographic apostrophes made straight.
 */

export type TokenKind = 'word' | 'num' | 'punct' | 'abbr';

export interface Token {
  text: string;
  low: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  kind: TokenKind;
}

const TOKEN_RE =
  /(\p{L}\.(?:\p{L}\.)+)|([\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:[-'’‘][\p{L}\p{M}\p{Nd}]+)*)|(\d+(?:[.,:/]\d+)*(?:st|nd|rd|th)?)|([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[(?:\d{1,3}|[ivx]{1,5})\])|(\S)/gu;

const ASCII_WORD = /^[A-Za-z0-9'-]+$/;

/** Lower case, accents stripped, ’ made '. Used for every dictionary key. */
export function fold(s: string): string {
  if (ASCII_WORD.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'e')
    .toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A word or abbreviation as written at `start`: folded for matching, capitalised or not. */
function wordToken(text: string, start: number, kind: 'word' | 'abbr'): Token {
  return { text, low: fold(text), start, end: start + text.length, cap: isUpper(text[0] as string), kind };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (m[4] !== undefined) continue; // footnote marker
    if (m[1] !== undefined) {
      out.push(wordToken(raw, start, 'abbr'));
      continue;
    }
    if (m[2] !== undefined) {
      const poss = /['’]s$/i.test(raw) && raw.length > 2 ? raw.length - 2 : -1;
      const word = poss > 0 ? raw.slice(0, poss) : raw;
      out.push(wordToken(word, start, 'word'));
      if (poss > 0)
        out.push({
          text: raw.slice(poss),
          low: "'s",
          start: start + poss,
          end: start + raw.length,
          cap: false,
          kind: 'punct',
        });
      continue;
    }
    const kind: TokenKind = m[3] !== undefined ? 'num' : 'punct';
    out.push({
      text: raw,
      low: kind === 'punct' ? normPunct(raw) : raw.toLowerCase(),
      start,
      end: start + raw.length,
      cap: false,
      kind,
    });
  }
  return out;
}

function normPunct(p: string): string {
  if (p === '’' || p === '‘') return "'";
  if (p === '“' || p === '”' || p === '„') return '"';
  if (p === '–' || p === '—' || p === '―') return '—';
  return p;
}
