/** `orrery timeline ACTOR` or `orrery timeline A,B`: events and relation changes in date order. */
import type { Command } from 'commander';
import { firstDay, type Relation } from '../../model/index.js';
import { resolveActor, resolvePair } from '../../store/find-actor.js';
import { exchangeEvent, sides } from '../event-format.js';
import { withStore } from '../open.js';
import { print, printJson, table } from '../output.js';

interface Row {
  date: string;
  kind: 'event' | 'relation-start' | 'relation-end';
  id: string;
  what: string;
  detail: string;
}

function relationRows(r: Relation): Row[] {
  const what = `${r.type} ${r.actors.join('–')}`;
  const out: Row[] = [{ date: r.from, kind: 'relation-start', id: r.id, what: `begins: ${what}`, detail: r.summary }];
  for (const p of r.phases)
    out.push({ date: p.from, kind: 'relation-start', id: r.id, what: `${p.state}: ${what}`, detail: r.summary });
  if (r.to) out.push({ date: r.to, kind: 'relation-end', id: r.id, what: `ends: ${what}`, detail: r.summary });
  return out;
}

export function register(program: Command): void {
  program
    .command('timeline')
    .description('the history of one actor (e.g. ARM) or of a pair (e.g. ARM,RUS): events and relations in date order')
    .argument('<actor-or-pair>', 'an actor id or name, or two separated by a comma')
    .option('--from <date>', 'on or after this date')
    .option('--to <date>', 'on or before this date')
    .option('--json', 'print JSON')
    .action(async (who: string, opts: { from?: string; to?: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const when = opts.from || opts.to ? { from: opts.from, to: opts.to } : undefined;
        const pair = who.includes(',') ? await resolvePair(store, who, when) : undefined;
        const one = pair ? undefined : await resolveActor(store, who, when);
        // Coded events count once a reviewer has accepted them; pending and rejected ones stay in `orrery review`.
        const events = await store.listEvents({
          pair,
          actor: one ? [one] : undefined,
          from: opts.from,
          to: opts.to,
          review: ['accepted'],
        });
        const relations = (await store.listRelations({ actor: one ?? pair?.[0] })).filter(
          (r) => !pair || r.actors.includes(pair[1]),
        );
        const inRange = (d: string): boolean =>
          (!opts.from || firstDay(d) >= firstDay(opts.from)) && (!opts.to || firstDay(d) <= firstDay(opts.to));
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
        const title = pair ? `${pair[0]}–${pair[1]}` : (one as string);
        if (opts.json) {
          printJson({ subject: pair ?? one, events: events.map(exchangeEvent), relations, rows });
          return;
        }
        print(`Timeline of ${title}: ${events.length} events, ${relations.length} relations`);
        print(
          rows.length
            ? table(
                ['date', 'what', 'summary', 'id'],
                rows.map((r) => [r.date, r.what, r.detail, r.id]),
                [12, 30, 60, 44],
              )
            : '(nothing recorded)',
        );
      });
    });
}
