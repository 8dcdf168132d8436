/** Scenarios: the scenario files, and what one changes across the engines (as `orrery scenario list|diff --json`). */
import { scenarioDiffOperation } from '../../operations/scenarios/diff.js';
import { scenariosOperation } from '../../operations/scenarios/list.js';
import { operationRoute } from '../operation-route.js';

export const scenarioRoutes = [operationRoute(scenariosOperation), operationRoute(scenarioDiffOperation)];
