/**
 * The review queue: coded events awaiting a reviewer, and accepting, rejecting or editing one (or
 * accepting or rejecting several at once, all or none). Every
 * decision names the version the reviewer saw (if_match); a record changed since is a 409, never a
 * lost update.
 */
import { z } from 'zod';
import { exchangeEvent } from '../../model/index.js';
import { reviewEvent, reviewEvents, listPending } from '../../ingest/review.js';
import { EVENT_TYPES } from '../../model/index.js';
import { LIMITS, atMost } from '../limits.js';
import { date, id, int } from '../params.js';
import { shownItem } from '../review-item.js';
import { route } from '../route.js';
import { alertsAfterWrite } from '../alerts.js';
import { ExchangeEvent } from '../schemas.js';
import { ReviewItem, ReviewQueue, Reviewed } from '../../contracts/writes.js';

const tag = 'review';
const IfMatch = z.string().min(1).max(64).describe('the version of the event the reviewer saw (from GET /api/review)');

export const reviewRoutes = [
  route({
    method: 'get',
    path: '/api/review',
    tag,
    summary: 'coded events awaiting review, oldest first, with their sentences, rule, confidence and version',
    query: z
      .object({
        limit: int(1).default(100).describe(`items per page (at most ${LIMITS.pageSize})`),
        offset: int(0).default(0),
      })
      .strict(),
    cost: (q) => atMost('limit', q.limit, LIMITS.pageSize),
    response: ReviewQueue,
    handler: async ({ query, ctx }) => {
      const [total, items] = await Promise.all([
        ctx.store.countEvents({ origin: ['coded'], review: ['pending'] }),
        listPending(ctx.store, { limit: query.limit, offset: query.offset }),
      ]);
      return { total, items: items.map(shownItem) as Array<z.input<typeof ReviewItem>> };
    },
  }),

  route({
    method: 'post',
    path: '/api/review',
    tag,
    summary: 'accept or reject several coded events, all of them or none',
    description:
      'Every item is checked (it exists, it is coded, its version is still if_match) and all are written in one transaction. ' +
      'When one fails nothing changes, and the error message lists each failing id and why (not found, not coded, version mismatch); ' +
      'the status is that of the first kind of failure in that order (404, 400, 409).',
    body: z
      .object({
        action: z.enum(['accept', 'reject']),
        items: z
          .array(z.object({ id, if_match: IfMatch }).strict())
          .min(1)
          .max(LIMITS.pageSize)
          .describe(`the events and the versions the reviewer saw (at most ${LIMITS.pageSize})`),
      })
      .strict(),
    response: z.object({ items: z.array(Reviewed) }),
    handler: async ({ body, ctx }) => {
      const out = await reviewEvents(
        ctx.store,
        body.items.map((i) => i.id),
        body.action,
        { ifMatch: body.items.map((i) => i.if_match) },
      );
      ctx.data.changed();
      void alertsAfterWrite(ctx);
      return {
        items: out.map((o) => ({ event: exchangeEvent(o.event) as z.input<typeof ExchangeEvent>, version: o.version })),
      };
    },
  }),

  route({
    method: 'post',
    path: '/api/review/:id',
    tag,
    summary: 'accept or reject a coded event',
    params: z.object({ id }),
    body: z.object({ action: z.enum(['accept', 'reject']), if_match: IfMatch }).strict(),
    response: Reviewed,
    handler: async ({ params, body, ctx }) => {
      const out = await reviewEvent(ctx.store, params.id, body.action, { ifMatch: body.if_match });
      ctx.data.changed();
      void alertsAfterWrite(ctx);
      return { event: exchangeEvent(out.event) as z.input<typeof ExchangeEvent>, version: out.version };
    },
  }),

  route({
    method: 'patch',
    path: '/api/review/:id',
    tag,
    summary: 'correct a coded event (type, mode, actors, date, summary) and accept it',
    params: z.object({ id }),
    body: z
      .object({
        type: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(EVENT_TYPES)).optional(),
        mode: z.string().max(50).nullable().optional(),
        actor: z.array(z.string().min(1)).min(1).optional(),
        recipient: z.array(z.string().min(1)).optional(),
        date: date.optional(),
        summary: z.string().trim().min(1).max(400).optional(),
        if_match: IfMatch,
      })
      .strict(),
    response: Reviewed,
    handler: async ({ params, body, ctx }) => {
      const { if_match: ifMatch, ...edit } = body;
      const out = await reviewEvent(ctx.store, params.id, { edit }, { ifMatch });
      ctx.data.changed();
      void alertsAfterWrite(ctx);
      return { event: exchangeEvent(out.event) as z.input<typeof ExchangeEvent>, version: out.version };
    },
  }),
];
