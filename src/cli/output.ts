/** Printing results: human tables by default, JSON, JSON lines or CSV for machines. */
import Table from 'cli-table3';
import { toCsv } from '../analysis/export/csv.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function printJson(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

export function table(head: string[], rows: Array<Array<string | number | null | undefined>>, widths?: number[]): string {
  const t = new Table({
    head,
    style: { head: [], border: [] },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const r of rows) t.push(r.map((c) => (c === null || c === undefined ? '' : String(c))));
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
  else if (format === 'jsonl') print(records.map((r) => JSON.stringify(r)).join('\n'));
  else if (format === 'csv') {
    const cols = records.length ? Object.keys(records[0] as object) : head;
    print(csv(cols, records as Array<Record<string, unknown>>));
  } else print(records.length ? table(head, records.map(toRow), widths) : '(none)');
}
