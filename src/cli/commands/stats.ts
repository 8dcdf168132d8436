/** `orrery stats`: how much the model holds, by kind, event type, status, origin and decade. */
import type { Command } from 'commander';
import { withStore } from '../open.js';
import { print, printJson, table } from '../output.js';

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values.sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export function register(program: Command): void {
  program
    .command('stats')
    .description('counts of records by kind, and of events by type, status, origin and year')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const counts = await store.counts();
        const events = await store.listEvents();
        const stats = {
          counts,
          events_by_type: tally(events.map((e) => e.event_type)),
          events_by_status: tally(events.map((e) => e.status)),
          events_by_year: tally(events.map((e) => e.date.slice(0, 4))),
          citations: events.reduce((n, e) => n + e.citations.length, 0),
          multi_source_events: events.filter((e) => new Set(e.citations.map((c) => c.source)).size > 1).length,
        };
        if (opts.json) return printJson(stats);
        const { events_by_origin: byOrigin, ...kinds } = counts;
        print(table(['kind', 'records'], Object.entries(kinds)));
        print(table(['events by origin', 'n'], Object.entries(byOrigin)));
        print(table(['events by type', 'n'], Object.entries(stats.events_by_type)));
        print(table(['events by status', 'n'], Object.entries(stats.events_by_status)));
        print(
          `event citations: ${stats.citations}; events reported by more than one source: ${stats.multi_source_events}`,
        );
      });
    });
}
