/** The transport network: places, the network as GeoJSON at a date, segments, corridors, impact reports and routing. */
import * as transport from '../../operations/reads/transport.js';
import type { Operation } from '../../operations/operation.js';
import { LIMITS, atMost } from '../limits.js';
import { operationRoute } from '../operation-route.js';

const route = (op: Operation, cost?: (q: Record<string, unknown>) => void) => operationRoute(op, cost ? { cost } : {});

export const corridorRoutes = [
  route(transport.placesOperation),
  route(transport.networkGeoOperation),
  route(transport.segmentOperation),
  route(transport.corridorsOperation),
  route(transport.impactOperation),
  route(transport.routeOperation, (q) => atMost('alternatives', q.alternatives as number, LIMITS.alternatives)),
];
