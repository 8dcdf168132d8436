/** Printing results: human tables by default, JSON, JSON lines or CSV for machines. */
import Table from 'cli-table3';
import type { ScenarioMark } from '../model/index.js';
import { toCsv } from '../operations/export/csv.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Characters that must never reach a terminal raw: C0 controls except tab and line feed (ESC starts
 * the sequences that move the cursor, retitle the window or rewrite the screen; a CR overwrites the
 * line, though a CR before a LF is a line ending and stays), DEL, the C1 controls (U+0080–U+009F,
 * 8-bit CSI among them), and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
 * U+061C) that make text read in another order than it is stored.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from files, documents and the store made safe for a terminal: every unsafe character is shown
 * as a JSON-style escape (`\u001b`, `\u009b`, `\u202e`), so a hostile file name or title is seen,
 * never obeyed. Tab and line feed stay as they are; backslashes are left alone (Windows paths). The
 * escape is the one JSON uses, so JSON text passed through here stays valid JSON with the same value.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** JSON with the same unsafe characters written as \uXXXX escapes: the value is unchanged, the terminal is safe. */
export function safeJson(value: unknown, indent?: number): string {
  return safeText(JSON.stringify(value, null, indent));
}

/** Print human-readable text: unsafe characters are escaped (safeText), wherever stdout goes. */
export function print(text: string): void {
  const safe = safeText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/**
 * Print machine-readable data (CSV) as it is when stdout is a file or a pipe, so the data is kept
 * byte for byte; on a terminal it is escaped like any other text.
 */
export function printData(text: string): void {
  const out = process.stdout.isTTY ? safeText(text) : text;
  process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(value, 2)}\n`);
}

export function table(
  head: string[],
  rows: Array<Array<string | number | null | undefined>>,
  widths?: number[],
): string {
  const t = new Table({
    head: head.map(safeText),
    style: { head: [], border: [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const r of rows) t.push(r.map((c) => (c === null || c === undefined ? '' : safeText(String(c)))));
  return t.toString();
}

/** CSV of records in the given columns: the one writer the API uses too (analysis/export/csv.ts, RFC 4180, CRLF). */
export function csv(columns: string[], rows: Array<Record<string, unknown>>): string {
  return toCsv(rows, columns);
}

/** Print records in the chosen format; `toRow` gives the table cells. */
export function printRecords<T extends object>(
  format: Format,
  records: T[],
  head: string[],
  toRow: (r: T) => Array<string | number | null | undefined>,
  widths?: number[],
): void {
  if (format === 'json') printJson(records);
  else if (format === 'jsonl') printData(records.map((r) => safeJson(r)).join('\n'));
  else if (format === 'csv') {
    const cols = records.length ? Object.keys(records[0] as object) : head;
    printData(csv(cols, records as Array<Record<string, unknown>>));
  } else print(records.length ? table(head, records.map(toRow), widths) : '(none)');
}

/** Above a table computed under a scenario: which one, its changes, and that they are hypothetical. */
export function scenarioBanner(result: unknown): string {
  const mark = (result as { scenario?: ScenarioMark } | null)?.scenario;
  if (!mark || typeof mark !== 'object' || !('changes' in mark)) return '';
  const lines = mark.changes.map((c) => `  - from ${c.on}: ${c.what} (why: ${c.rationale})`);
  return [`SCENARIO ${mark.id}: ${mark.title} (hypothetical, not evidence)`, ...lines, '', ''].join('\n');
}
