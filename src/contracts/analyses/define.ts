/**
 * What every analysis contract shares: a GET at /api/analyses/<id> in the "analyses" group, whose
 * answer is JSON or one of its CSV tables, and for graph-shaped analyses also GEXF and GraphML. Each
 * analysis file then says only what is its own: help, parameters, result and tables. Each also takes
 * `scenario` (contracts/scenario.ts), and its result may carry the scenario's mark.
 */
import type { z } from 'zod';
import { defineContract, type Contract } from '../contract.js';
import { withScenarioMark, withScenarioParam } from '../scenario.js';

export interface AnalysisContractSpec<I extends z.ZodObject, R extends z.ZodType> {
  id: string;
  title: string;
  description: string;
  input: I;
  result: R;
  positional?: readonly string[];
  tables: Readonly<Record<string, string>>;
  /** True when the result also exports as a graph (GEXF, GraphML). */
  graph?: boolean;
}

export function analysisContract<I extends z.ZodObject, R extends z.ZodType>(
  spec: AnalysisContractSpec<I, R>,
): Contract<I, R> {
  const { graph, positional = [], ...rest } = spec;
  return defineContract({
    ...rest,
    // Every analysis runs over the evidence or under a scenario; the input type keeps the analysis's
    // own fields (the runner takes `scenario` off before the engine sees the parameters).
    input: withScenarioParam(spec.input) as unknown as I,
    result: withScenarioMark(spec.result),
    tag: 'analyses',
    method: 'get',
    path: `/api/analyses/${spec.id}`,
    positional,
    formats: graph ? ['csv', 'gexf', 'graphml'] : ['csv'],
  });
}
