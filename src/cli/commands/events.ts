/** `orrery events`: the events, filtered, as a table or in the exchange formats; every match unless --limit. */
import { Option, type Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { eventsOperation } from '../../operations/reads/events.js';
import { eventParams, addEventOptions, type EventOptions } from '../event-options.js';
import { sides } from '../event-format.js';
import { operationContext } from '../operation-command.js';
import { withStore } from '../open.js';
import { csv, FORMATS, print, printData, printJson, safeJson, table, type Format } from '../output.js';

export function register(program: Command): void {
  addEventOptions(
    program
      .command('events')
      .description('list events; filters combine (all must hold)')
      .addOption(new Option('--format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
      .option('--json', 'same as --format json'),
  ).action(async (opts: EventOptions & { format: string; json?: boolean }, cmd: Command) => {
    const format = (opts.json ? 'json' : opts.format) as Format;
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
    await withStore(cmd, async (store) => {
      const params = { ...(await eventParams(store, opts)), format: 'jsonl' as const };
      const events: Array<Record<string, unknown>> = [];
      for await (const page of eventsOperation.stream!(operationContext(cmd, store), params)) events.push(...page);
      if (format === 'json') printJson(events);
      else if (format === 'jsonl') printData(events.map((r) => safeJson(r)).join('\n'));
      else if (format === 'csv') printData(csv([...eventsOperation.columns!], events));
      else
        print(
          events.length
            ? table(
                ['date', 'type', 'who', 'summary', 'status', 'id'],
                events.map((e) => row(e as unknown as Shown)),
                [12, 20, 22, 56, 10, 44],
              )
            : '(none)',
        );
    });
  });
}

interface Shown {
  date: string;
  event_type: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  summary: string;
  status: string;
  id: string;
}

function row(e: Shown): string[] {
  return [e.date, `${e.event_type}${e.mode ? `/${e.mode}` : ''}`, sides(e), e.summary, e.status, e.id];
}
