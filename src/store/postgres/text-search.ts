/**
 * Full-text search for the PostgreSQL store: PostgreSQL's tsvector/tsquery with a GIN index, fed with
 * words tokenised here the way SQLite's FTS5 `unicode61 remove_diacritics 2` tokeniser does it
 * (runs of Unicode letters, digits and marks; case-folded; accents removed), so both backends find
 * the same records. The tsvector and tsquery are written as literals, which PostgreSQL takes as given,
 * so no text-search configuration, dictionary, extension or database locale is involved.
 *
 * A query is every word as a required prefix (`'word':*`), as the SQLite store asks FTS5.
 */

/** Lexemes longer than this many bytes are refused by PostgreSQL; such "words" are not worth indexing. */
const MAX_LEXEME_BYTES = 2046;
/** Highest word position a tsvector records, and the most positions kept per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 255;

/** The folded words of a text, in order. */
export function searchWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return (folded.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((w) => Buffer.byteLength(w) <= MAX_LEXEME_BYTES);
}

/** The tsvector literal of a text: each word with the positions it occurs at. */
export function tsvectorLiteral(text: string): string {
  const positions = new Map<string, number[]>();
  searchWords(text).forEach((w, i) => {
    const list = positions.get(w) ?? [];
    if (list.length < MAX_POSITIONS) list.push(Math.min(i + 1, MAX_POSITION));
    positions.set(w, list);
  });
  // Words hold only letters, digits and marks, so they need no escaping inside the quotes.
  return [...positions].map(([w, ps]) => `'${w}':${[...new Set(ps)].join(',')}`).join(' ');
}

/** The tsquery literal for user text (every word a required prefix), or null when it has no words. */
export function tsqueryLiteral(text: string): string | null {
  const words = searchWords(text);
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : null;
}
