/** `orrery search WORDS`: full-text search over names and summaries of every kind of record. */
import type { Command } from 'commander';
import { withStore } from '../open.js';
import { printRecords } from '../output.js';

export function register(program: Command): void {
  program
    .command('search')
    .description(
      'full-text search over actor names and the summaries of events, relations, figures, corridors and conflicts',
    )
    .argument('<words...>', 'words to find (all must occur; prefixes match)')
    .option('--limit <n>', 'at most this many hits', '30')
    .option('--json', 'print JSON')
    .action(async (words: string[], opts: { limit: string; json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const hits = await store.search(words.join(' '), Number(opts.limit) || 30);
        printRecords(
          opts.json ? 'json' : 'table',
          hits,
          ['kind', 'id', 'text'],
          (h) => [h.kind, h.id, h.text],
          [12, 32, 70],
        );
      });
    });
}
