/**
 * Scenarios: the scenario files, what one changes across the engines (as `orrery scenario list|diff
 * --json`), and saving one (a write: it needs the server's token when it has one).
 */
import { z } from 'zod';
import { ScenarioSummary } from '../../contracts/scenarios.js';
import { Scenario } from '../../model/index.js';
import { scenarioDiffOperation } from '../../operations/scenarios/diff.js';
import { scenariosOperation } from '../../operations/scenarios/list.js';
import { saveScenario } from '../../operations/scenarios/save.js';
import { operationRoute } from '../operation-route.js';
import { bool } from '../params.js';
import { route } from '../route.js';

export const scenarioRoutes = [
  operationRoute(scenariosOperation),
  operationRoute(scenarioDiffOperation),
  route({
    method: 'post',
    path: '/api/scenarios',
    tag: 'scenarios',
    summary: 'save a scenario as a reviewable file in the dataset folder (scenarios/ID.yaml)',
    description:
      'The body is a scenario (id, title, description, from, changes, each change with its rationale). It is checked ' +
      'against the evidence as a file is: unknown actors, relations, events or segments, contradictory changes and ' +
      'dates outside the data are a 400 naming each field, and nothing is written. An existing scenario is a 409 ' +
      'unless replace=true.',
    query: z.object({ replace: bool.default(false).describe('overwrite a scenario with the same id') }).strict(),
    body: Scenario,
    response: ScenarioSummary,
    handler: async ({ query, body, ctx }) => saveScenario(ctx, body, query.replace),
  }),
];
