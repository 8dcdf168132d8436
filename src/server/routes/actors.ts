/** Actors (states, organizations, persons, territories...) and the relations between them. */
import { actorOperation, actorsOperation, relationsOperation } from '../../operations/reads/actors.js';
import { operationRoute } from '../operation-route.js';

export const actorRoutes = [actorsOperation, actorOperation, relationsOperation].map((op) => operationRoute(op));
