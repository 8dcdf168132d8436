/** Events: the filtered list (a page, or every match a page at a time), one event with its passages, the conflicts. */
import type { z } from 'zod';
import { passages } from '../../dataset/passages.js';
import { exchangeEvent } from '../../model/exchange-event.js';
import { NotFoundError } from '../../model/errors.js';
import type { EventQuery } from '../../store/store.js';
import {
  conflictsContract,
  DEFAULT_PAGE,
  EventFilters,
  eventContract,
  eventsContract,
} from '../../contracts/reads/events.js';
import { EVENT_CSV_COLUMNS, type ExchangeEvent } from '../../contracts/records.js';
import { defineOperation } from '../operation.js';
import { shownPassage } from './passages.js';

/** Rows read from the store per page when every match is streamed. */
const STREAM_PAGE = 500;

/** The store's query for a set of filters whose actor names are already resolved. */
export function eventQuery(f: z.output<typeof EventFilters>): EventQuery {
  return {
    actor: f.actor,
    pair: f.pair as [string, string] | undefined,
    types: f.type,
    from: f.from,
    to: f.to,
    text: f.text,
    status: f.status,
    origin: f.origin,
    review: f.review,
  };
}

const exchange = (e: Parameters<typeof exchangeEvent>[0]): z.input<typeof ExchangeEvent> =>
  exchangeEvent(e) as z.input<typeof ExchangeEvent>;

export const eventsOperation = defineOperation({
  contract: eventsContract,
  async run({ store }, p) {
    const q = eventQuery(p);
    const limit = p.limit ?? DEFAULT_PAGE;
    const [total, events] = await Promise.all([
      store.countEvents(q),
      store.listEvents({ ...q, limit, offset: p.offset }),
    ]);
    return { total, limit, offset: p.offset, items: events.map(exchange) };
  },
  /** Every match from `offset` (at most `limit` when given), read a page at a time. */
  async *stream({ store }, p) {
    const q = eventQuery(p);
    let at = p.offset;
    let left = p.limit ?? Infinity;
    while (left > 0) {
      const page = await store.listEvents({ ...q, offset: at, limit: Math.min(STREAM_PAGE, left) });
      at += page.length;
      left -= page.length;
      if (page.length) yield page.map(exchange);
      if (page.length < STREAM_PAGE) return;
    }
  },
  columns: EVENT_CSV_COLUMNS,
});

export const eventOperation = defineOperation({
  contract: eventContract,
  async run(ctx, p) {
    const e = await ctx.store.getEvent(p.id);
    if (!e) throw new NotFoundError('event', p.id, 'list events with `orrery events` or GET /api/events');
    return {
      event: exchange(e),
      ...(e.note ? { note: e.note } : {}),
      passages: passages(await ctx.data.texts(), e.citations).map(shownPassage),
      conflicts: await ctx.store.listConflicts({ record: e.id }),
      corroborating_sources: [...new Set(e.citations.map((c) => c.source))],
    };
  },
});

export const conflictsOperation = defineOperation({
  contract: conflictsContract,
  async run(ctx, p) {
    const texts = await ctx.data.texts();
    const conflicts = await ctx.store.listConflicts({ record: p.record });
    return conflicts.map((c) => ({
      ...c,
      claims: c.claims.map((cl) => ({ ...cl, passages: passages(texts, cl.citations).map(shownPassage) })),
    }));
  },
});
