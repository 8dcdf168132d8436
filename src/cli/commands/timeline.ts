/** `orrery timeline ACTOR` or `orrery timeline A,B`: events and relation changes in date order (the timeline operation). */
import type { Command } from 'commander';
import { timelineOperation } from '../../operations/reads/timeline.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, timelineOperation, {
    help: { who: 'an actor id or name, or two separated by a comma' },
    table: (t) => {
      const title = Array.isArray(t.subject) ? `${t.subject[0]}–${t.subject[1]}` : t.subject;
      const head = `Timeline of ${title}: ${t.events.length} events, ${t.relations.length} relations`;
      const body = t.rows.length
        ? table(
            ['date', 'what', 'summary', 'id'],
            t.rows.map((r) => [r.date, r.what, r.detail, r.id]),
            [12, 30, 60, 44],
          )
        : '(nothing recorded)';
      return `${head}\n${body}`;
    },
  });
}
