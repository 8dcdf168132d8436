/**
 * An analysis, declared once: its contract (src/contracts/analyses: id, title, help, parameters,
 * result schema, CSV tables) plus what runs it here: which data it reads, the function, and how a
 * result reads as flat tables and, for graph-shaped analyses, as a graph. The CLI, the HTTP API and
 * the web app are generated from these (registry.ts), the way Gephi Lite describes its metrics.
 * Outputs: the result as JSON, flat tables as CSV, and graphs as GEXF and GraphML.
 */
import { z } from 'zod';
import type { Contract, ParamsOf, ResultOf } from '../../contracts/contract.js';
import { textErrors } from '../../contracts/text.js';
import { UsageError, type Citation } from '../../model/index.js';
import { toCsv, type Row } from '../export/csv.js';
import type { ExportGraph } from '../export/export-graph.js';
import { toGexf } from '../export/gexf.js';
import { toGraphml } from '../export/graphml.js';
import type { AnalysisData, DataPart } from '../../analysis/input.js';

export const EXPORT_FORMATS = ['json', 'csv', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What runs an analysis, besides its contract. */
export interface AnalysisSpec<C extends Contract> {
  /** Which parts of the data it reads (so callers load only those). */
  needs: readonly DataPart[];
  run(data: AnalysisData, params: ParamsOf<C>): ResultOf<C>;
  tables(result: ResultOf<C>): Record<string, Row[]>;
  /** For graph-shaped analyses: what the graph is, and how a result reads as one. */
  graph?: { about: string; of(result: ResultOf<C>): ExportGraph };
}

export interface Analysis<C extends Contract = Contract> {
  contract: C;
  id: string;
  title: string;
  description: string;
  params: C['input'];
  /** Parameters given positionally on the command line, in order (`orrery diff 2020 2024`). */
  positional: readonly string[];
  needs: readonly DataPart[];
  /** The JSON's outline (from the result schema), the CSV tables and the graph, each with what it holds. */
  outputs: { json: string; tables: Record<string, string>; graph?: string };
  run(data: AnalysisData, params: ParamsOf<C>): ResultOf<C>;
  tables(result: ResultOf<C>): Record<string, Row[]>;
  graph?(result: ResultOf<C>): ExportGraph;
}

/** An analysis from its contract and what runs it: the help, parameters and outputs all come from the contract. */
export function defineAnalysis<C extends Contract>(contract: C, spec: AnalysisSpec<C>): Analysis<C> {
  return {
    contract,
    id: contract.id,
    title: contract.title,
    description: contract.description,
    params: contract.input,
    positional: contract.positional ?? [],
    needs: spec.needs,
    outputs: {
      json: outline(contract.result),
      tables: { ...contract.tables },
      ...(spec.graph ? { graph: spec.graph.about } : {}),
    },
    run: spec.run,
    tables: spec.tables,
    ...(spec.graph ? { graph: spec.graph.of } : {}),
  };
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** A result schema's outline, `{ date, nodes: [{ id, bloc }], ... }`: the field names and how they nest. */
export function outline(schema: z.ZodType): string {
  const root = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const deref = (s: JsonSchema): JsonSchema => (s.$ref ? deref(root.$defs?.[s.$ref.split('/').pop()!] ?? {}) : s);
  const shape = (raw: JsonSchema): string | undefined => {
    const s = deref(raw);
    const options = s.anyOf?.map(deref).filter((o) => o.type !== 'null');
    if (options?.length === 1) return shape(options[0]!);
    if (s.type === 'array' && s.items) {
      const inner = shape(s.items);
      return inner && `[${inner}]`;
    }
    if (s.properties) {
      const fields = Object.entries(s.properties).map(([k, v]) => [k, shape(v)].filter(Boolean).join(': '));
      return `{ ${fields.join(', ')} }`;
    }
    if (typeof s.additionalProperties === 'object')
      return `{ <key>: ${shape(s.additionalProperties) ?? s.additionalProperties.type ?? 'value'} }`;
    return undefined;
  };
  return shape(root) ?? '';
}

/** Check raw parameters (from a command line, a query string or a form) against the description. */
export function parseParams<C extends Contract>(a: Analysis<C>, raw: Record<string, unknown>): ParamsOf<C> {
  const parsed = a.params.safeParse(raw, { error: textErrors });
  if (parsed.success) return parsed.data as ParamsOf<C>;
  const problems = parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
  throw new UsageError(`${a.id}: ${problems.join('; ')}`);
}

/** The parameters as JSON Schema (types, defaults, descriptions, enums): for forms, help and OpenAPI. */
export function paramsSchema(a: Analysis): Record<string, unknown> {
  return z.toJSONSchema(a.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

/** A result written in one export format; `table` picks the CSV table (default: the first). */
export function render<C extends Contract>(
  a: Analysis<C>,
  result: ResultOf<C>,
  format: ExportFormat,
  table?: string,
): string {
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
