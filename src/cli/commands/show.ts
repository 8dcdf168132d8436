/** `orrery show EVENT`: an event with the exact passages it cites, read from the source texts (the event operation). */
import type { Command } from 'commander';
import { formatPassage } from '../../dataset/passages.js';
import { eventOperation } from '../../operations/reads/events.js';
import { sides } from '../event-format.js';
import { registerOperation } from '../operation-command.js';
import { printJson } from '../output.js';

export function register(program: Command): void {
  registerOperation(program, eventOperation, {
    name: 'show',
    description: 'show one event with the exact passages that report it, and any conflicting claims',
    help: { id: 'the event id (see `orrery events`)' },
    print: (r, opts) => {
      if (!opts.json) return false;
      // The command line's JSON has always been the event itself with its passages and conflicts.
      printJson({ ...r.event, passages: r.passages, conflicts: r.conflicts });
      return true;
    },
    table: ({ event: e, note, passages, conflicts }) =>
      [
        `${e.id}\n${e.date}${e.end_date ? ` – ${e.end_date}` : ''} (${e.date_precision})  ${e.event_type}${e.mode ? `/${e.mode}` : ''}  ${sides(e)}`,
        `  resolved: ${e.actor_country.join('+')}${e.recipient_country.length ? ` → ${e.recipient_country.join('+')}` : ''}`,
        `  ${e.quad_class}, intensity ${e.intensity}; status ${e.status}; origin ${e.origin}`,
        ...(e.context.length ? [`  context: ${e.context.join(', ')}`] : []),
        ...(e.location ? [`  location: ${e.location.name}`] : []),
        `\n${e.summary}`,
        ...(note ? [`Note: ${note}`] : []),
        `Cited passages (${passages.length}):`,
        ...passages.map((p) => formatPassage({ ...p, text: p.text ?? undefined })),
        ...(e.counter_claims.length ? [`\nContradicted by: ${e.counter_claims.join(', ')}`] : []),
        ...conflicts.map(
          (c) =>
            `\nConflict ${c.id} (${c.kind}): ${c.topic}\n${c.claims.map((cl) => `  - ${cl.says}${cl.value ? ` [${cl.value}]` : ''} (${cl.citations.map((x) => x.source).join(', ')})`).join('\n')}`,
        ),
      ].join('\n'),
  });
}
