/** `orrery stats`: how much the model holds, by kind, event type, status, origin and year (the stats operation). */
import type { Command } from 'commander';
import { statsOperation } from '../../operations/reads/catalog.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, statsOperation, {
    table: (stats) => {
      const { events_by_origin: byOrigin, ...kinds } = stats.counts;
      return [
        table(['kind', 'records'], Object.entries(kinds)),
        table(['events by origin', 'n'], Object.entries(byOrigin)),
        table(['events by type', 'n'], Object.entries(stats.events_by_type)),
        table(['events by status', 'n'], Object.entries(stats.events_by_status)),
        `event citations: ${stats.citations}; events reported by more than one source: ${stats.multi_source_events}`,
      ].join('\n');
    },
  });
}
