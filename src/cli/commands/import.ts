/**
 * `orrery import <file> --format gdelt|icews|polecat`: stream an event-data file into the store in
 * one transaction. Bad rows are reported with their line numbers (and, with --strict, stop the
 * import); imported events keep their dataset and external id (`orrery events --origin imported`).
 * A file without a usable row stores nothing (exit 4); an interrupted import is completed by
 * running it again.
 */
import type { Command } from 'commander';
import { UsageError } from '../../model/index.js';
import { importFile } from '../../ingest/exchange/importer.js';
import { EXCHANGE_FORMATS, type ExchangeFormat } from '../../ingest/exchange/row.js';
import { withStore } from '../open.js';
import { print, printJson } from '../output.js';
import { evaluateAfterWrite } from './alert.js';

export function register(program: Command): void {
  program
    .command('import')
    .description(
      'import an event-data file (GDELT 2.0 export, ICEWS Dataverse file, PLOVER/POLECAT JSON lines); committed every 100,000 events (run it again to complete an interrupted import), whole with --strict',
    )
    .argument('<file>', 'the file to import')
    .requiredOption('--format <format>', `one of ${EXCHANGE_FORMATS.join(', ')}`)
    .option('--strict', 'import nothing if any row is malformed')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o: { format: string; strict?: boolean; json?: boolean }, cmd: Command) => {
      if (!(EXCHANGE_FORMATS as readonly string[]).includes(o.format))
        throw new UsageError(`--format must be one of ${EXCHANGE_FORMATS.join(', ')}, got "${o.format}"`);
      const tty = process.stderr.isTTY && !o.json;
      await withStore(cmd, async (store) => {
        const report = await importFile(store, file, o.format as ExchangeFormat, {
          strict: o.strict,
          progress: tty ? (lines) => process.stderr.write(`\r\x1b[K${lines.toLocaleString('en')} lines`) : undefined,
        });
        if (tty) process.stderr.write('\r\x1b[K');
        if (!report.duplicate) await evaluateAfterWrite(store, cmd);
        if (o.json) return printJson(report);
        if (report.duplicate) return print(`${file} was already imported as source ${report.source}; nothing to do`);
        print(
          `imported ${report.imported.toLocaleString('en')} events from ${report.lines.toLocaleString('en')} lines of ${file} in ${report.seconds.toFixed(1)} s (source ${report.source}${report.first_date ? `, ${report.first_date} to ${report.last_date}` : ''})`,
        );
        if (report.resumed)
          print(
            `  completed an unfinished import: ${report.already_stored.toLocaleString('en')} events were already stored by the interrupted run and kept`,
          );
        if (report.duplicates)
          print(
            `  ${report.duplicates.toLocaleString('en')} duplicate row(s): the same id as an earlier row or a stored event (the later row is kept, counted once)`,
          );
        for (const [why, n] of Object.entries(report.skipped)) print(`  skipped ${n.toLocaleString('en')}: ${why}`);
        if (report.unknown_actors.length)
          print(
            `  actors kept as their codes (not in data/coding/countries.yaml nor the gazetteer): ${report.unknown_actors
              .slice(0, 15)
              .map((u) => `${u.code} ×${u.count}`)
              .join(', ')}`,
          );
        for (const d of report.dropped) print(`  dropped ${d.what} ×${d.count}`);
        if (report.problem_count) {
          print(`  ${report.problem_count} malformed row(s) skipped:`);
          for (const p of report.problems.slice(0, 20)) print(`    ${p.where}, ${p.record}: ${p.message}`);
          if (report.problem_count > 20)
            print(`    ... and ${report.problem_count - 20} more (--json lists the first 100)`);
        }
      });
    });
}
