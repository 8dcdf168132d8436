/** `orrery init`: validate the dataset and (re)load it into the store in one transaction. */
import type { Command } from 'commander';
import { openStore as openAt } from '../../store/open.js';
import { redactUrl } from '../../store/postgres/url.js';
import { globals } from '../context.js';
import { initStore } from '../../store/init.js';
import { print, printJson, table } from '../output.js';

export function register(program: Command): void {
  program
    .command('init')
    .description('load the shipped dataset into the store (replacing curated records; coded and imported events stay)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const store = await openAt(g.db);
      try {
        const counts = await initStore(store, g.data, g.sources);
        if (opts.json) printJson({ db: redactUrl(g.db), counts });
        else {
          const { events_by_origin: _o, ...kinds } = counts as typeof counts & { events_by_origin?: unknown };
          print(`loaded ${g.data} into ${redactUrl(g.db)}\n${table(['kind', 'records'], Object.entries(kinds))}`);
        }
      } finally {
        await store.close();
      }
    });
}
