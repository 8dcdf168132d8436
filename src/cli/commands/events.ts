/** `orrery events`: the events, filtered, as a table or in the exchange formats. */
import type { Command } from 'commander';
import { UsageError } from '../../model/index.js';
import { exchangeEvent, sides } from '../event-format.js';
import { addEventOptions, eventQuery, type EventOptions } from '../event-options.js';
import { withStore } from '../open.js';
import { FORMATS, printRecords, type Format } from '../output.js';

export function register(program: Command): void {
  addEventOptions(
    program
      .command('events')
      .description('list events; filters combine (all must hold)')
      .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'table')
      .option('--json', 'same as --format json'),
  ).action(async (opts: EventOptions & { format: string; json?: boolean }, cmd: Command) => {
    const format = (opts.json ? 'json' : opts.format) as Format;
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
    await withStore(cmd, async (store) => {
      const events = await store.listEvents(await eventQuery(store, opts));
      printRecords(
        format,
        events.map(exchangeEvent),
        ['date', 'type', 'who', 'summary', 'status', 'id'],
        (r) => {
          const e = events.find((x) => x.id === r.id);
          return e ? [e.date, `${e.event_type}${e.mode ? `/${e.mode}` : ''}`, sides(e), e.summary, e.status, e.id] : [];
        },
        [12, 20, 22, 56, 10, 44],
      );
    });
  });
}
