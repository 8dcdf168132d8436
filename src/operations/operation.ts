/**
 * What an operation does: its contract (src/contracts) plus one function over the store and the data
 * that runs it, and, where the result is tabular or a graph, how it reads as CSV tables or as a graph.
 * The server mounts one route per operation and the CLI one command per operation from these; neither
 * front adds behaviour of its own, only how a result prints.
 */
import type { z } from 'zod';
import type { Contract } from '../contracts/contract.js';
import type { Row } from './export/csv.js';
import type { ExportGraph } from './export/export-graph.js';
import type { OperationContext } from './context.js';

export interface Operation<C extends Contract = Contract> {
  contract: C;
  run(ctx: OperationContext, params: z.output<C['input']>): Promise<z.input<C['result']>> | z.input<C['result']>;
  /** The result as flat tables, for CSV. */
  tables?(result: z.output<C['result']>): Record<string, Row[]>;
  /** The result as a graph, for GEXF and GraphML. */
  graph?(result: z.output<C['result']>): ExportGraph;
  /**
   * For the formats that stream every match (JSON lines, CSV): the rows, a page at a time, and the
   * CSV columns. The server writes them as they come; the CLI prints them.
   */
  stream?(ctx: OperationContext, params: z.output<C['input']>): AsyncIterable<Row[]>;
  columns?: readonly string[];
  /**
   * Answers worth keeping between calls: the key of a call (after its names are resolved). The server
   * keeps the serialized answer, in `data.routes` when `lasting` (answers from the network files,
   * which writes to the store leave be), else in `data.results` (dropped on every write).
   */
  cache?: {
    key(ctx: OperationContext, params: z.output<C['input']>): Promise<string> | string;
    lasting?: boolean;
  };
}

/** Identity with inference: keeps the contract's types in `run`. */
export function defineOperation<C extends Contract>(op: Operation<C>): Operation<C> {
  return op;
}
