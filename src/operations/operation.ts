/**
 * What an operation does: its contract (src/contracts) plus one function over the store and the data
 * that runs it, and, where the result is tabular or a graph, how it reads as CSV tables or as a graph.
 * The server mounts one route per operation and the CLI one command per operation from these; neither
 * front adds behaviour of its own, only how a result prints.
 */
import type { z } from 'zod';
import type { Contract } from '../contracts/contract.js';
import type { Row } from '../analysis/export/csv.js';
import type { ExportGraph } from '../analysis/export/export-graph.js';
import type { OperationContext } from './context.js';

export interface Operation<C extends Contract = Contract> {
  contract: C;
  run(ctx: OperationContext, params: z.output<C['input']>): Promise<z.input<C['result']>> | z.input<C['result']>;
  /** The result as flat tables, for CSV. */
  tables?(result: z.output<C['result']>): Record<string, Row[]>;
  /** The result as a graph, for GEXF and GraphML. */
  graph?(result: z.output<C['result']>): ExportGraph;
}

/** Identity with inference: keeps the contract's types in `run`. */
export function defineOperation<C extends Contract>(op: Operation<C>): Operation<C> {
  return op;
}
