/**
 * `orrery check [--json]`: is this store sound? The file's or database's integrity, the schema
 * version, every index, references between records (no dangling citation), every stored citation
 * against its source text (imported ones sampled), and imports that did not finish. Exits 0 when
 * sound, 1 with each problem and how to repair it. The store is read as it is: never created,
 * migrated or loaded with the dataset.
 */
import type { Command } from 'commander';
import { UsageError } from '../../model/index.js';
import type { CheckReport } from '../../store/check.js';
import { isPostgresUrl } from '../../store/open.js';
import { checkSqlite } from '../../store/sqlite/check.js';
import { globals } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { print, printJson } from '../output.js';

export function register(program: Command): void {
  program
    .command('check')
    .description(
      'check the store (SQLite or PostgreSQL): integrity, schema version, indexes, references, every citation against its text, unfinished imports; exit 1 with repairs when not sound',
    )
    .option('--sample <n>', 'imported citations verified per imported source, spread over its rows', '2000')
    .option('--full', 'SQLite: PRAGMA integrity_check (reads every page) instead of quick_check')
    .option('--json', 'print a JSON report')
    .action(async (o: { sample: string; full?: boolean; json?: boolean }, cmd: Command) => {
      const sample = Number(o.sample);
      if (!(Number.isInteger(sample) && sample >= 0))
        throw new UsageError(`--sample must be a whole number, got "${o.sample}"`);
      const g = globals(cmd);
      const opts = { sourcesDir: g.sources, sample, full: o.full };
      const report: CheckReport = isPostgresUrl(g.db)
        ? await (await import('../../store/postgres/check.js')).checkPostgres(g.db, opts)
        : await checkSqlite(g.db, opts);
      if (o.json) printJson(report);
      else if (report.ok) {
        print(
          `sound: ${report.backend} store ${report.location}, schema ${report.schema.store}, ${report.counts.events.toLocaleString('en')} events, ` +
            `${report.counts.sources} sources, ${report.counts.citations_checked.toLocaleString('en')} citations checked ` +
            `(${report.counts.imported_citations_sampled.toLocaleString('en')} imported ones sampled) in ${report.seconds.toFixed(1)} s`,
        );
      } else {
        print(`${report.problems.length} problem(s) in ${report.backend} store ${report.location}:`);
        for (const p of report.problems) print(`  - [${p.check}] ${p.message}\n    repair: ${p.repair}`);
      }
      if (!report.ok) process.exitCode = EXIT.failed;
    });
}
