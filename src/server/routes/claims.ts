/** The sources' claims, each evaluated over the engines: verdict, figures and citations (as `orrery claims --json`). */
import { claimsOperation } from '../../operations/reads/claims.js';
import { operationRoute } from '../operation-route.js';

export const claimRoutes = [operationRoute(claimsOperation)];
