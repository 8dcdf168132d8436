/** Search and counts: GET /api/search?words=... and GET /api/stats (as `orrery search` and `orrery stats --json`). */
import { searchOperation, statsOperation } from '../../operations/reads/catalog.js';
import { operationRoute } from '../operation-route.js';

export const catalogRoutes = [operationRoute(searchOperation), operationRoute(statsOperation)];
