/**
 * Saving a scenario sent through the API: checked against the evidence exactly as a file is, and
 * written as a reviewable file in `<data>/scenarios/` only when it has no problem (nothing is written
 * otherwise). What the server kept from the old file is forgotten, so the next answer uses the new one.
 */
import { writeScenarioFile } from '../../dataset/scenarios.js';
import { ValidationError, scenarioProblems, type Scenario } from '../../model/index.js';
import type { OperationContext } from '../context.js';
import { scenariosOperation } from './list.js';
import { universe } from './evidence.js';

export async function saveScenario(ctx: OperationContext, scenario: Scenario, replace: boolean) {
  const problems = scenarioProblems(scenario, await universe(ctx));
  if (problems.length)
    throw new ValidationError(
      problems.map((p) => ({ where: 'body', record: scenario.id, field: p.path, message: p.message })),
      `scenario ${scenario.id} was not saved`,
    );
  writeScenarioFile(ctx.data.dataDir, scenario, replace);
  ctx.data.scenarioChanged(scenario.id);
  const saved = (await scenariosOperation.run(ctx, {})).find((s) => s.id === scenario.id);
  if (!saved) throw new Error(`scenario ${scenario.id} was written but cannot be read back`);
  return saved;
}
