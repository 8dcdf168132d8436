/**
 * Names as people use them, for the briefing's prose: an actor's display name from the actors list
 * (never its id), dates as CrisisWatch prints them ("8 Aug", "Aug", "2025"), and signed figures.
 */
import { MONTH_NAMES, precisionOf } from '../../model/index.js';

export type Names = (id: string) => string;

/** The display name of each actor; an id missing from the list reads as itself with its dashes made spaces. */
export function namesOf(actors: ReadonlyArray<{ id: string; name: string }>): Names {
  const byId = new Map(actors.map((a) => [a.id, a.name]));
  return (id) => byId.get(id) ?? id.replace(/[-_]+/g, ' ');
}

const MONTHS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "8 Aug", "Aug", "2025"; with the year when `withYear` (a period across years, or a single-year date). */
export function dateLabel(date: string, withYear: boolean): string {
  const [y, m, d] = date.split('-');
  const p = precisionOf(date);
  if (p === 'year') return `${y} (date known to the year only)`;
  const month = MONTHS[Number(m) - 1] ?? m!;
  const base = p === 'month' ? month : `${Number(d)} ${month}`;
  return withYear ? `${base} ${y}` : base;
}

/** "8 August 2025", "August 2025", "2025". */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTH_NAMES[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "+0.35", "−1.20" (a true minus sign). */
export function signed(x: number, digits = 2): string {
  const s = Math.abs(x).toFixed(digits);
  return x > 0 ? `+${s}` : x < 0 && Number(s) !== 0 ? `−${s}` : s;
}

/** A name in the possessive: "Armenia's", "the United States'". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** Names that take the article in running text: "the United States", "the European Union". */
const WITH_ARTICLE =
  /^(United |European |Russian Federation|Islamic Republic|Republic of|Collective |Organization |Council |Eurasian |Minsk |Kremlin)/;

/** A name as it reads inside a sentence: "the United States", but "Armenia". */
export function theName(name: string): string {
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

/** Actor ids inside a generated line (a claim's key figure) replaced by their names. */
export function withNames(text: string, names: Names, known: ReadonlySet<string>): string {
  return text.replace(/\b[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9]\b/g, (w) => (known.has(w) ? names(w) : w));
}
