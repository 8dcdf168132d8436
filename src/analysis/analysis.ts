/**
 * How an analysis is described, once: id, title, parameters (a zod object whose fields carry their
 * types, defaults and descriptions), which data it reads, what it outputs, and the function. The CLI,
 * the HTTP API and the web app are generated from these descriptions (registry.ts), the way Gephi
 * Lite describes its metrics. Outputs: the result as JSON, flat tables as CSV, and, for graph-shaped
 * analyses, a graph for GEXF and GraphML.
 */
import { z } from 'zod';
import { UsageError, type Citation } from '../model/index.js';
import { toCsv, type Row } from './export/csv.js';
import type { ExportGraph } from './export/export-graph.js';
import { toGexf } from './export/gexf.js';
import { toGraphml } from './export/graphml.js';
import type { AnalysisData, DataPart } from './input.js';

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Analysis<P extends z.ZodObject = z.ZodObject, R = unknown> {
  id: string;
  title: string;
  description: string;
  params: P;
  /** Parameters given positionally on the command line, in order (`orrery diff 2020 2024`). */
  positional: readonly string[];
  /** Which parts of the data it reads (so callers load only those). */
  needs: readonly DataPart[];
  /** What the JSON holds, and the tables offered as CSV. */
  outputs: { json: string; tables: Record<string, string>; graph?: string };
  run(data: AnalysisData, params: z.output<P>): R;
  tables(result: R): Record<string, Row[]>;
  graph?(result: R): ExportGraph;
}

/** Identity with inference: keeps each description's own parameter and result types. */
export function defineAnalysis<P extends z.ZodObject, R>(a: Analysis<P, R>): Analysis<P, R> {
  return a;
}

/** Check raw parameters (from a command line, a query string or a form) against the description. */
export function parseParams<P extends z.ZodObject>(a: Analysis<P, unknown>, raw: Record<string, unknown>): z.output<P> {
  const parsed = a.params.safeParse(raw);
  if (parsed.success) return parsed.data as z.output<P>;
  const problems = parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
  throw new UsageError(`${a.id}: ${problems.join('; ')}`);
}

/** The parameters as JSON Schema (types, defaults, descriptions, enums): for forms, help and OpenAPI. */
export function paramsSchema(a: Analysis): Record<string, unknown> {
  return z.toJSONSchema(a.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A result written in one export format; `table` picks the CSV table (default: the first). */
export function render<R>(a: Analysis<z.ZodObject, R>, result: R, format: ExportFormat, table?: string): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') {
    const tables = a.tables(result);
    const name = table ?? Object.keys(tables)[0]!;
    const rows = tables[name];
    if (!rows) throw new UsageError(`${a.id} has no table "${name}"; it has ${Object.keys(tables).join(', ')}`);
    return toCsv(rows);
  }
  if (!a.graph) throw new UsageError(`${a.id} is not a graph; export it as json or csv`);
  return format === 'gexf' ? toGexf(a.graph(result)) : toGraphml(a.graph(result));
}

/** Citations as one CSV cell: "source:start-end" joined by ";". */
export function citeCell(citations: readonly Citation[] | undefined): string {
  return (citations ?? []).map((c) => `${c.source}:${c.start}-${c.end}`).join(';');
}
