/**
 * Monitoring, read-only: the watched feeds with their health (GET /api/feeds), as `orrery watch list`
 * shows them, and the alerts that fired (GET /api/alerts), as `orrery alerts` does.
 */
import { z } from 'zod';
import { AlertFiring, Feed } from '../../model/index.js';
import { int } from '../params.js';
import { route } from '../route.js';

const tag = 'monitoring';

export const monitoringRoutes = [
  route({
    method: 'get',
    path: '/api/feeds',
    tag,
    summary: 'the watched feeds and directories, each with its state: last run, last error, items seen',
    response: z.array(Feed),
    handler: async ({ ctx }) => ctx.store.listFeeds(),
  }),
  route({
    method: 'get',
    path: '/api/alerts',
    tag,
    summary: 'alerts that fired, newest first: what fired, when, and the evidence (event ids, citations)',
    query: z
      .object({
        rule: z.string().min(1).max(200).optional().describe('only this rule'),
        limit: int(1).default(100).describe('at most this many (at most 1000)'),
      })
      .strict(),
    response: z.array(AlertFiring),
    handler: async ({ query, ctx }) =>
      ctx.store.listAlertFirings({ rule: query.rule, limit: Math.min(query.limit, 1000) }),
  }),
];
