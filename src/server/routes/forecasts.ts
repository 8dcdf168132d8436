/** Forecasts: a country's conflict deaths 1–6 months ahead (as `orrery forecast conflict --json`). */
import { conflictForecastOperation } from '../../operations/forecast/conflict.js';
import { operationRoute } from '../operation-route.js';

export const forecastRoutes = [operationRoute(conflictForecastOperation)];
