/** Health: the server is up, and how much the store holds. */
import { z } from 'zod';
import { route } from '../route.js';

export const healthRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'meta',
    summary: 'the server is up; counts of records in the store',
    response: z.object({
      ok: z.literal(true),
      backend: z.string(),
      counts: z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())])),
    }),
    handler: async ({ ctx }) => ({ ok: true as const, backend: ctx.store.backend, counts: await ctx.store.counts() }),
  }),
];
