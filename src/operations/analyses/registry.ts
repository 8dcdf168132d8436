/**
 * Every analysis, registered once. The CLI (src/cli/commands) and the HTTP API list and run analyses
 * from here, and the web app calls them through their contracts: a new analysis is a contract in
 * src/contracts/analyses, a description in describe/ (what runs it) and one line below.
 */
import { NotFoundError } from '../../model/index.js';
import { parseParams, type Analysis } from './analysis.js';
import type { AnalysisData } from '../../analysis/input.js';
import type { OperationContext } from '../context.js';
import { evidence } from '../scenarios/evidence.js';
import { blocsAnalysis } from './blocs.js';
import { diffAnalysis } from './diff.js';
import { exposureAnalysis } from './exposure.js';
import { networkAnalysis } from './network.js';
import { powerAnalysis } from './power.js';
import { seriesAnalysis } from './series.js';
import { trajectoryAnalysis } from './trajectory.js';

export const ANALYSES: readonly Analysis[] = [
  seriesAnalysis,
  networkAnalysis,
  blocsAnalysis,
  diffAnalysis,
  trajectoryAnalysis,
  powerAnalysis,
  exposureAnalysis,
];

export function getAnalysis(id: string): Analysis {
  const found = ANALYSES.find((a) => a.id === id);
  if (!found) throw new NotFoundError('analysis', id, `known: ${ANALYSES.map((a) => a.id).join(', ')}`);
  return found;
}

/**
 * Run an analysis over the evidence, or under the scenario its parameters name: the answer then
 * carries the scenario's mark. What the CLI and the HTTP API do for every request.
 */
export async function runAnalysisIn(
  ctx: OperationContext,
  analysis: Analysis,
  params: Record<string, unknown>,
): Promise<unknown> {
  const { scenario, ...rest } = params;
  const ev = await evidence(ctx, typeof scenario === 'string' ? scenario : undefined);
  const result = analysis.run(await ev.data(), rest);
  const mark = ev.mark;
  return mark ? { ...(result as object), scenario: mark } : result;
}

/** Look up, check the parameters of and run an analysis over given data (tests, benchmarks). */
export function runAnalysis(
  id: string,
  data: AnalysisData,
  raw: Record<string, unknown>,
): { analysis: Analysis; params: Record<string, unknown>; result: unknown } {
  const analysis = getAnalysis(id);
  const params = parseParams(analysis, raw) as Record<string, unknown>;
  return { analysis, params, result: analysis.run(data, params) };
}
