/**
 * The one CSV writer (RFC 4180) for the command line and the API: a field is quoted when it holds a
 * comma, a double quote, CR or LF (quotes doubled inside), and every line, the header's included,
 * ends in CRLF. Cells: missing values are empty; a citation is `source:start-end`; a list joins its
 * items with ";" (so a list of citations reads `ieee-2026:100-200;web-2023:5-80`); any other object
 * is written as JSON.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-` or `@` (and, in some, a tab or carriage return before them) as a formula. A text cell that starts
 * with one of these six characters is written with a single quote in front (`'=1+2`), and the cell
 * is quoted, so the spreadsheet shows it as text. Numbers are not touched: a number value (`-0.5`)
 * and a text cell that is exactly a plain decimal number (`-0.5`, `+3`, `-1e-3`), which a
 * spreadsheet reads as that number and can run nothing, stay as they are. The quote is part of the
 * cell's text: a program reading the file back sees `'=1+2`.
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

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The text of a cell made inert for spreadsheets (see above); a number or a plain numeric text is unchanged. */
export function neutralised(v: unknown, text: string): string {
  if (typeof v === 'number' || typeof v === 'bigint') return text;
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One cell, quoted when it must be (and always when it was neutralised). */
export function csvCell(v: unknown): string {
  const raw = csvValue(v);
  const s = neutralised(v, raw);
  return s !== raw || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
