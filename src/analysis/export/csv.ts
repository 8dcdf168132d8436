/**
 * The one CSV writer (RFC 4180) for the command line and the API: a field is quoted when it holds a
 * comma, a double quote, CR or LF (quotes doubled inside), and every line, the header's included,
 * ends in CRLF. Cells: missing values are empty; a citation is `source:start-end`; a list joins its
 * items with ";" (so a list of citations reads `ieee-2026:100-200;web-2023:5-80`); any other object
 * is written as JSON.
 */
export type Row = Record<string, unknown>;

/** The line ending of every CSV line (RFC 4180). */
export const CSV_EOL = '\r\n';

interface CitationLike {
  source: string;
  start: number | string;
  end: number | string;
}

function isCitation(v: unknown): v is CitationLike {
  if (v === null || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  const offset = (x: unknown): boolean => typeof x === 'number' || (typeof x === 'string' && /^\d+$/.test(x));
  return typeof c.source === 'string' && offset(c.start) && offset(c.end);
}

/** A value as the text of one cell, before quoting. */
export function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(csvValue).join(';');
  if (isCitation(v)) return `${v.source}:${v.start}-${v.end}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** One cell, quoted when it must be. */
export function csvCell(v: unknown): string {
  const s = csvValue(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line of cells (without its line ending). */
export function csvLine(columns: readonly string[], row: Row): string {
  return columns.map((c) => csvCell(row[c])).join(',');
}

/** The header line (without its line ending). */
export function csvHeader(columns: readonly string[]): string {
  return columns.map(csvCell).join(',');
}

/** A whole table: the header, then one line per row, each ending in CRLF; columns default to every key met. */
export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [csvHeader(cols), ...rows.map((r) => csvLine(cols, r))].map((l) => l + CSV_EOL).join('');
}
