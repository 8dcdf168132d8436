/** Search and counts over the store: what `orrery search` and `orrery stats` print and the API answers. */
import { searchContract, statsContract } from '../../contracts/reads/catalog.js';
import { firstDay } from '../../model/index.js';
import { defineOperation } from '../operation.js';

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values.sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export const searchOperation = defineOperation({
  contract: searchContract,
  run: (ctx, p) => ctx.store.search(p.words, p.limit),
});

export const statsOperation = defineOperation({
  contract: statsContract,
  async run(ctx) {
    const counts = await ctx.store.counts();
    const events = await ctx.store.listEvents();
    const days = events.map((e) => firstDay(e.date)).sort();
    return {
      counts,
      events_by_type: tally(events.map((e) => e.event_type)),
      events_by_status: tally(events.map((e) => e.status)),
      events_by_year: tally(events.map((e) => e.date.slice(0, 4))),
      citations: events.reduce((n, e) => n + e.citations.length, 0),
      multi_source_events: events.filter((e) => new Set(e.citations.map((c) => c.source)).size > 1).length,
      oldest_event: days[0] ?? null,
      newest_event: days.at(-1) ?? null,
    };
  },
});
