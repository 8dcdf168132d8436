/** `orrery show EVENT`: an event with the exact passages it cites, read from the source texts. */
import type { Command } from 'commander';
import { NotFoundError } from '../../model/index.js';
import { exchangeEvent, sides } from '../event-format.js';
import { sourceTexts, withStore } from '../open.js';
import { print, printJson } from '../output.js';
import { formatPassage, passages } from '../../dataset/passages.js';

export function register(program: Command): void {
  program
    .command('show')
    .description('show one event with the exact passages that report it, and any conflicting claims')
    .argument('<event-id>', 'the event id (see `orrery events`)')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const e = await store.getEvent(id);
        if (!e) throw new NotFoundError('event', id, 'see `orrery events`');
        const conflicts = await store.listConflicts({ record: e.id });
        const texts = await sourceTexts(
          cmd,
          store,
          [...e.citations, ...conflicts.flatMap((c) => c.claims.flatMap((cl) => cl.citations))].map((c) => c.source),
        );
        const cited = passages(texts, e.citations);
        if (opts.json) {
          printJson({ ...exchangeEvent(e), passages: cited, conflicts });
          return;
        }
        print(
          `${e.id}\n${e.date}${e.end_date ? ` – ${e.end_date}` : ''} (${e.date_precision})  ${e.event_type}${e.mode ? `/${e.mode}` : ''}  ${sides(e)}`,
        );
        print(
          `  resolved: ${e.actor_country.join('+')}${e.recipient_country.length ? ` → ${e.recipient_country.join('+')}` : ''}`,
        );
        print(`  ${e.quad_class}, intensity ${e.intensity}; status ${e.status}; origin ${e.origin.kind}`);
        if (e.context.length) print(`  context: ${e.context.join(', ')}`);
        if (e.location) print(`  location: ${e.location.name}`);
        print(`\n${e.summary}\n`);
        if (e.note) print(`Note: ${e.note}\n`);
        print(`Cited passages (${cited.length}):`);
        for (const p of cited) print(formatPassage(p));
        if (e.counter_claims.length) print(`\nContradicted by: ${e.counter_claims.join(', ')}`);
        for (const c of conflicts)
          print(
            `\nConflict ${c.id} (${c.kind}): ${c.topic}\n${c.claims.map((cl) => `  - ${cl.says}${cl.value ? ` [${cl.value}]` : ''} (${cl.citations.map((x) => x.source).join(', ')})`).join('\n')}`,
          );
      });
    });
}
