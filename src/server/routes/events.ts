/** Events (filtered, paged, or streamed as JSON lines or CSV), one event with its passages, and conflicts. */
import { z } from 'zod';
import { resolveActor, resolvePair } from '../../store/find-actor.js';
import { exchangeEvent } from '../../model/index.js';
import { passages } from '../../dataset/passages.js';
import { CSV_EOL, csvHeader, csvLine } from '../../analysis/export/csv.js';
import { EVENT_TYPES, NotFoundError, STATUSES } from '../../model/index.js';
import type { EventQuery, Store } from '../../store/store.js';
import { LIMITS, atMost } from '../limits.js';
import { date, id, int, list } from '../params.js';
import { route } from '../route.js';
import { Conflict, ConflictWithPassages, ExchangeEvent, Passage } from '../schemas.js';

const tag = 'events';

const ORIGINS = ['curated', 'coded', 'imported'] as const;
const REVIEWS = ['pending', 'accepted', 'rejected'] as const;
const CSV_COLUMNS = Object.keys(ExchangeEvent.shape);
const CSV_HEADER = csvHeader(CSV_COLUMNS);
const STREAM_PAGE = 500;

const EventFilters = z
  .object({
    actor: list(z.string()).optional().describe('events involving any of these actors (ids or names, comma-separated)'),
    pair: list(z.string())
      .pipe(z.array(z.string()).length(2, 'a pair is two actors, e.g. ARM,RUS'))
      .optional()
      .describe('events between two actors, either direction'),
    type: list(z.enum(EVENT_TYPES)).optional().describe('PLOVER event types, comma-separated'),
    from: date.optional().describe('on or after this date'),
    to: date.optional().describe('on or before this date'),
    text: z.string().min(1).max(500).optional().describe('full-text search in summaries'),
    status: list(z.enum(STATUSES)).optional(),
    origin: list(z.enum(ORIGINS)).optional(),
    review: list(z.enum(REVIEWS)).optional().describe('for coded events: which review states'),
    limit: int(1)
      .default(50)
      .describe(`events per page (at most ${LIMITS.pageSize} as JSON; jsonl and csv stream every match when absent)`),
    offset: int(0).default(0),
    format: z.enum(['json', 'jsonl', 'csv']).default('json'),
  })
  .strict();

async function toQuery(store: Store, q: z.output<typeof EventFilters>): Promise<EventQuery> {
  const when = q.from || q.to ? { from: q.from, to: q.to } : undefined;
  return {
    actor: q.actor ? await Promise.all(q.actor.map((a) => resolveActor(store, a, when))) : undefined,
    pair: q.pair ? await resolvePair(store, q.pair.join(','), when) : undefined,
    types: q.type,
    from: q.from,
    to: q.to,
    text: q.text,
    status: q.status,
    origin: q.origin,
    review: q.review,
  };
}

/** Every matching event, read from the store a page at a time and written as it is read. */
function stream(
  store: Store,
  query: EventQuery,
  format: 'jsonl' | 'csv',
  offset: number,
  limit: number | undefined,
): Response {
  const encoder = new TextEncoder();
  let at = offset;
  let left = limit ?? Infinity;
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const page = await store.listEvents({ ...query, offset: at, limit: Math.min(STREAM_PAGE, left) });
      at += page.length;
      left -= page.length;
      const rows = page.map(exchangeEvent);
      let text = format === 'csv' && first ? CSV_HEADER + CSV_EOL : '';
      first = false;
      if (rows.length)
        text +=
          format === 'csv'
            ? rows.map((r) => csvLine(CSV_COLUMNS, r) + CSV_EOL).join('')
            : rows.map((r) => `${JSON.stringify(r)}\n`).join('');
      if (text) controller.enqueue(encoder.encode(text));
      if (page.length < STREAM_PAGE || left <= 0) controller.close();
    },
  });
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
  return new Response(body, {
    headers: { 'content-type': type, 'content-disposition': `inline; filename="events.${format}"` },
  });
}

export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    tag,
    summary: 'events, filtered (all filters must hold) and paged; as JSON lines or CSV, streamed',
    query: EventFilters,
    cost: (q) => q.format === 'json' && atMost('limit', q.limit, LIMITS.pageSize),
    response: z.object({
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
      items: z.array(ExchangeEvent),
    }),
    produces: ['application/x-ndjson', 'text/csv'],
    handler: async ({ query, ctx, c }) => {
      const q = await toQuery(ctx.store, query);
      if (query.format !== 'json')
        return stream(
          ctx.store,
          q,
          query.format,
          query.offset,
          c.req.query('limit') === undefined ? undefined : query.limit,
        );
      const [total, events] = await Promise.all([
        ctx.store.countEvents(q),
        ctx.store.listEvents({ ...q, limit: query.limit, offset: query.offset }),
      ]);
      return {
        total,
        limit: query.limit,
        offset: query.offset,
        items: events.map(exchangeEvent) as Array<z.input<typeof ExchangeEvent>>,
      };
    },
  }),

  route({
    method: 'get',
    path: '/api/events/:id',
    tag,
    summary:
      'one event with the exact passages that report it (read from the source texts), conflicting claims and the sources that report it',
    params: z.object({ id }),
    response: z.object({
      event: ExchangeEvent,
      passages: z.array(Passage),
      conflicts: z.array(Conflict),
      corroborating_sources: z.array(z.string()),
    }),
    handler: async ({ params, ctx }) => {
      const e = await ctx.store.getEvent(params.id);
      if (!e) throw new NotFoundError('event', params.id, 'see GET /api/events');
      const cited = passages(await ctx.data.texts(), e.citations).map((p) => ({
        source: p.source,
        start: p.start,
        end: p.end,
        sha256: p.sha256,
        text: p.text ?? null,
        ...(p.problem ? { problem: p.problem } : {}),
      }));
      return {
        event: exchangeEvent(e) as z.input<typeof ExchangeEvent>,
        passages: cited,
        conflicts: await ctx.store.listConflicts({ record: e.id }),
        corroborating_sources: [...new Set(e.citations.map((c) => c.source))],
      };
    },
  }),

  route({
    method: 'get',
    path: '/api/conflicts',
    tag,
    summary: 'where sources disagree, where a claim was denied, where a source slipped; each claim with its passages',
    query: z.object({ record: id.optional().describe('only conflicts that involve this record') }).strict(),
    response: z.array(ConflictWithPassages),
    handler: async ({ query, ctx }) => {
      const texts = await ctx.data.texts();
      const conflicts = await ctx.store.listConflicts({ record: query.record });
      return conflicts.map((c) => ({
        ...c,
        claims: c.claims.map((cl) => ({
          ...cl,
          passages: passages(texts, cl.citations).map((p) => ({ ...p, text: p.text ?? null })),
        })),
      }));
    },
  }),
];
