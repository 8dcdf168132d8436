/** Forecasts: conflict deaths 1–6 months ahead (`orrery forecast conflict`), bargaining issues (`orrery forecast issue`). */
import { bargainingIssueOperation, bargainingIssuesOperation } from '../../operations/forecast/bargaining.js';
import { conflictForecastOperation } from '../../operations/forecast/conflict.js';
import { operationRoute } from '../operation-route.js';

export const forecastRoutes = [
  operationRoute(conflictForecastOperation),
  operationRoute(bargainingIssuesOperation),
  operationRoute(bargainingIssueOperation),
];
