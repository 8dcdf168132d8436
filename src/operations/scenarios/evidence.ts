/**
 * Scenarios as the operations see them: every scenario file checked against the evidence in the
 * store and the network files (names it does not know, contradictions, dates outside the data), and
 * the data an operation computes over: the evidence alone, or the evidence under one scenario with
 * the mark its answer carries. A scenario with a problem is never applied, even in part.
 */
import type { AnalysisData } from '../../analysis/input.js';
import { scenarioMark } from '../../analysis/scenario.js';
import {
  NotFoundError,
  ValidationError,
  scenarioProblems,
  type Problem,
  type Scenario,
  type ScenarioMark,
  type ScenarioUniverse,
  type TransportNetwork,
} from '../../model/index.js';
import type { OperationContext } from '../context.js';
import { contextIssues } from '../forecast/issues.js';

export interface CheckedScenario {
  id: string;
  file: string;
  scenario?: Scenario;
  problems: Problem[];
}

export async function universe(ctx: OperationContext): Promise<ScenarioUniverse> {
  const data = await ctx.data.analysisData();
  const net = await ctx.data.network().catch(() => undefined);
  const dates = [...data.events.map((e) => e.date), ...data.relations.map((r) => r.from)].sort();
  const issues = await contextIssues(ctx).catch(() => []);
  return {
    actors: new Set(data.actors.map((a) => a.id)),
    events: new Set(data.events.map((e) => e.id)),
    relations: new Map(data.relations.map((r) => [r.id, { from: r.from, to: r.to, actors: r.actors }])),
    segments: new Set(net?.segments.map((s) => s.id) ?? []),
    otherIds: new Set([...data.dependencies.map((d) => d.id), ...data.indicators.map((i) => i.id)]),
    span: { first: dates[0] ?? '1900', last: dates[dates.length - 1] ?? '2100' },
    issues: new Map(
      issues.map(({ issue }) => [
        issue.id,
        { actors: new Set(issue.actors.map((a) => a.actor)), salienceScale: issue.salienceScale },
      ]),
    ),
  };
}

/** Every scenario file, with its problems (shape, names, contradictions, dates). */
export async function checkedScenarios(ctx: OperationContext): Promise<CheckedScenario[]> {
  const files = await ctx.data.scenarioFiles();
  const u = await universe(ctx);
  return files.map((f) => {
    if (!f.scenario || f.problems.length) return { id: f.id, file: f.file, problems: f.problems };
    const problems = scenarioProblems(f.scenario, u).map((p) => ({
      where: f.file,
      record: f.id,
      field: p.path,
      message: p.message,
    }));
    return { id: f.id, file: f.file, scenario: f.scenario, problems };
  });
}

/** The scenario named `id`, checked; unknown ids and scenarios with problems are errors naming them. */
export async function getScenario(ctx: OperationContext, id: string): Promise<Scenario> {
  const all = await checkedScenarios(ctx);
  const found = all.find((s) => s.id === id);
  if (!found) throw new NotFoundError('scenario', id, `known: ${all.map((s) => s.id).join(', ') || 'none'}`);
  if (!found.scenario || found.problems.length)
    throw new ValidationError(found.problems, `scenario ${id} cannot be applied (nothing of it was applied)`);
  return found.scenario;
}

/**
 * What an operation computes over: the evidence, or the evidence under a scenario. Each part is read
 * only when asked for, so a route over the evidence never loads the events.
 */
export interface Evidence {
  data(): Promise<AnalysisData>;
  network(): Promise<TransportNetwork>;
  scenario?: Scenario;
  mark?: ScenarioMark;
}

export async function evidence(ctx: OperationContext, scenarioId?: string): Promise<Evidence> {
  if (!scenarioId) return { data: () => ctx.data.analysisData(), network: () => ctx.data.network() };
  const scenario = await getScenario(ctx, scenarioId);
  return {
    data: () => ctx.data.scenarioData(scenario),
    network: () => ctx.data.scenarioNetwork(scenario),
    scenario,
    mark: scenarioMark(scenario),
  };
}

/** The fields an answer computed from `ev` adds: the scenario's mark, or nothing over the evidence alone. */
export function marked(ev: Evidence): { scenario?: ScenarioMark } {
  return ev.mark ? { scenario: ev.mark } : {};
}
