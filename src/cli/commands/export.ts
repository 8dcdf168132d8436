/** `orrery export --format polecat|gdelt [filters]`: events in an exchange format, streamed to stdout or a file. */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../model/index.js';
import { EXPORT_FORMATS, exportLines, type ExportFormat } from '../../ingest/exchange/exporter.js';
import { addEventOptions, eventQuery, type EventOptions } from '../event-options.js';
import { withStore } from '../open.js';

export function register(program: Command): void {
  addEventOptions(
    program
      .command('export')
      .description('write events as PLOVER JSON lines (polecat) or GDELT 2.0 rows (gdelt); the event filters apply')
      .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
      .option('--output <file>', 'write to this file instead of standard output'),
  ).action(async (o: EventOptions & { format: string; output?: string }, cmd: Command) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(o.format))
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${o.format}"`);
    await withStore(cmd, async (store) => {
      const out = o.output ? createWriteStream(o.output) : process.stdout;
      const write = (s: string): Promise<void> =>
        new Promise((resolve, reject) => {
          if (out.write(s)) resolve();
          else out.once('drain', resolve).once('error', reject);
        });
      for await (const lines of exportLines(store, o.format as ExportFormat, await eventQuery(store, o)))
        await write(`${lines.join('\n')}\n`);
      if (o.output)
        await new Promise<void>((resolve, reject) =>
          (out as NodeJS.WritableStream).end(() => resolve()).on?.('error', reject),
        );
    });
  });
}
