/** Making user text safe for an FTS5 MATCH: each word becomes a quoted prefix term, all required. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : '""';
}
