/** Sources: the documents, each with its text and the passages Orrery cites from it; single passages. */
import { passageOperation, sourceOperation, sourcesOperation } from '../../operations/reads/sources.js';
import { operationRoute } from '../operation-route.js';

export const sourceRoutes = [sourcesOperation, sourceOperation, passageOperation].map((op) => operationRoute(op));
