/** Events (filtered, paged, or streamed as JSON lines or CSV), one event with its passages, and conflicts. */
import { conflictsOperation, eventOperation, eventsOperation } from '../../operations/reads/events.js';
import { DEFAULT_PAGE } from '../../contracts/reads/events.js';
import { timelineOperation } from '../../operations/reads/timeline.js';
import { LIMITS, atMost } from '../limits.js';
import { operationRoute } from '../operation-route.js';

export const eventRoutes = [
  operationRoute(eventsOperation, {
    cost: (q) =>
      q.format === 'json' && atMost('limit', (q.limit as number | undefined) ?? DEFAULT_PAGE, LIMITS.pageSize),
  }),
  operationRoute(eventOperation),
  operationRoute(conflictsOperation),
  operationRoute(timelineOperation),
];
