/** One actor's or one pair's history: the events (coded ones once accepted) and relation changes, in date order. */
import { z } from 'zod';
import { timelineContract, TimelineRow } from '../../contracts/reads/timeline.js';
import type { ExchangeEvent } from '../../contracts/records.js';
import { exchangeEvent, sides } from '../../model/exchange-event.js';
import { firstDay } from '../../model/dates.js';
import type { Relation } from '../../model/relation.js';
import { resolveActor, resolvePair } from '../../store/find-actor.js';
import { defineOperation } from '../operation.js';

type Row = z.output<typeof TimelineRow>;
type ExchangeEventOut = z.input<typeof ExchangeEvent>;

function relationRows(r: Relation): Row[] {
  const what = `${r.type} ${r.actors.join('–')}`;
  const out: Row[] = [{ date: r.from, kind: 'relation-start', id: r.id, what: `begins: ${what}`, detail: r.summary }];
  for (const p of r.phases)
    out.push({
      date: p.from,
      kind: 'relation-start',
      id: r.id,
      what: `${p.state}: ${what}`,
      detail: p.summary ?? r.summary,
    });
  if (r.to) out.push({ date: r.to, kind: 'relation-end', id: r.id, what: `ends: ${what}`, detail: r.summary });
  return out;
}

export const timelineOperation = defineOperation({
  contract: timelineContract,
  async run(ctx, p) {
    const when = p.from || p.to ? { from: p.from, to: p.to } : undefined;
    const pair = p.who.includes(',') ? await resolvePair(ctx.store, p.who, when) : undefined;
    const one = pair ? undefined : await resolveActor(ctx.store, p.who, when);
    // Coded events count once a reviewer has accepted them; pending and rejected ones stay in the review queue.
    const events = await ctx.store.listEvents({
      pair,
      actor: one ? [one] : undefined,
      from: p.from,
      to: p.to,
      review: ['accepted'],
    });
    const relations = (await ctx.store.listRelations({ actor: one ?? pair?.[0] })).filter(
      (r) => !pair || r.actors.includes(pair[1]),
    );
    const inRange = (d: string): boolean =>
      (!p.from || firstDay(d) >= firstDay(p.from)) && (!p.to || firstDay(d) <= firstDay(p.to));
    const rows: Row[] = [
      ...events.map((e) => ({
        date: e.date,
        kind: 'event' as const,
        id: e.id,
        what: `${e.event_type} ${sides(e)}`,
        detail: e.summary,
      })),
      ...relations.flatMap(relationRows).filter((r) => inRange(r.date)),
    ].sort((a, b) =>
      firstDay(a.date) < firstDay(b.date) ? -1 : firstDay(a.date) > firstDay(b.date) ? 1 : a.id.localeCompare(b.id),
    );
    return {
      subject: pair ?? (one as string),
      events: events.map(exchangeEvent) as ExchangeEventOut[],
      relations,
      rows,
    };
  },
});
