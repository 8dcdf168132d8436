/**
 * The `scenario` parameter every engine's contract takes: the id of a scenario (model/scenario.ts,
 * the files in `<data>/scenarios/`) to compute over the evidence with its hypothetical changes. An
 * answer computed under a scenario carries `scenario` (ScenarioMark): which one, its changes with
 * their rationales, and the ids of the records that are hypothetical.
 */
import { z } from 'zod';
import { RecordId, ScenarioMark } from '../model/index.js';

export const scenarioParam = RecordId.optional().describe(
  'a scenario id (orrery scenario list): compute over the evidence with its hypothetical changes applied',
);

/** A contract's input with the scenario parameter. */
export function withScenarioParam<I extends z.ZodObject>(input: I) {
  return input.extend({ scenario: scenarioParam });
}

/** A result schema that may carry the scenario mark (objects only; other shapes stay as they are). */
export function withScenarioMark<R extends z.ZodType>(result: R): R {
  if (!(result instanceof z.ZodObject)) return result;
  const meta = result.meta();
  const marked = result.extend({ scenario: ScenarioMark.optional().describe('set when computed under a scenario') });
  return (meta ? marked.meta(meta) : marked) as unknown as R;
}
