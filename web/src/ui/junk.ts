/**
 * What a scraped document carries that is not its text: Markdown emphasis (`**`, `****`), links to
 * nowhere (`[Eurasianet](#)`, the brackets go and the words stay), escaped dollars (`\$`), and page
 * furniture lines ("Select one or more categories", "Read next", a lone `[@handle](#)`). The reader
 * hides these ranges when it shows a document; offsets, passages and the stored text are unchanged.
 */

export interface Hidden {
  start: number;
  end: number;
}

const FURNITURE =
  /^(?:Select one or more categories|Read next|Share(?: this(?: article)?)?|Subscribe\b.*|\[@[^\]\n]*\]\(#\))\s*$/gim;

/** The ranges of `text` to hide on screen, sorted and not overlapping. */
export function junkRanges(text: string): Hidden[] {
  const out: Hidden[] = [];
  const add = (start: number, end: number) => end > start && out.push({ start, end });
  for (const m of text.matchAll(FURNITURE))
    add(m.index, m.index + m[0].length + (text[m.index + m[0].length] === '\n' ? 1 : 0));
  for (const m of text.matchAll(/\*{1,4}/g)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(/\[([^\]\n]*)\]\(#\)/g)) {
    add(m.index, m.index + 1);
    add(m.index + 1 + m[1]!.length, m.index + m[0].length);
  }
  for (const m of text.matchAll(/\\(?=[$*_#[\]])/g)) add(m.index, m.index + 1);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hidden[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** A passage's first words, for a label: "Putin and Aliyev highlighted their…". */
export function firstWords(text: string, words = 8): string {
  const clean = text
    .replace(/\[([^\]\n]*)\]\(#\)/g, '$1')
    .replace(/[*\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = clean.split(' ');
  return parts.length <= words ? clean : `${parts.slice(0, words).join(' ')}…`;
}
