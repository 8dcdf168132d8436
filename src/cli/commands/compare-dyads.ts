/**
 * `orrery compare-dyads FILE`: the model's ties against ICEWS dyad-years, a record of events coded by
 * machine from world news that nobody on this project wrote (src/analysis/dyad-check.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dyadCheck } from '../../analysis/dyad-check.js';
import { parseDyadYears } from '../../ingest/exchange/icews-dyads.js';
import { EnvironmentError, UsageError } from '../../model/index.js';
import { withStore } from '../open.js';
import { print, printJson, table } from '../output.js';

const whole = (name: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return n;
};

interface CompareOptions {
  from?: string;
  to?: string;
  minEvents: string;
  hostile: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('compare-dyads')
    .description(
      'compare the alignment network, year by year, with ICEWS dyad-year counts of cooperation and conflict (rank correlation, coverage, the most hostile pairs)',
    )
    .argument(
      '<file>',
      'ICEWS dyad-years CSV (i, j, year, verbCoop, matlCoop, verbConf, matlConf, i_iso3c, j_iso3c), e.g. ../shared/data/icews/dyad-years-south-caucasus-2002-2014.csv',
    )
    .option('--from <year>', "first year (default: the file's first)")
    .option('--to <year>', "last year (default: the file's last)")
    .option('--min-events <n>', 'leave out pairs with fewer ICEWS events in the year', '100')
    .option('--hostile <n>', 'list this many of the most conflictual pairs per year', '3')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: CompareOptions, cmd: Command) => {
      if (!existsSync(file)) throw new EnvironmentError(`dyad-year file not found: ${file}`);
      const dyads = parseDyadYears(readFileSync(file, 'utf8'), file);
      if (!dyads.length) throw new UsageError(`${file} has no rows`);
      const years = dyads.map((d) => d.year);
      const from = opts.from ? whole('from', opts.from) : Math.min(...years);
      const to = opts.to ? whole('to', opts.to) : Math.max(...years);
      if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
      await withStore(cmd, async (store) => {
        const data = {
          events: await store.listEvents(),
          relations: await store.listRelations(),
          actors: await store.listActors(),
        };
        const r = dyadCheck(data, dyads, {
          from,
          to,
          minEvents: whole('min-events', opts.minEvents),
          hostile: whole('hostile', opts.hostile),
        });
        if (opts.json) return printJson(r);
        const rows = r.years.map((y) => [
          y.year,
          y.pairs,
          y.covered,
          y.rho === null ? '—' : y.rho.toFixed(2),
          y.mostHostile.map((h) => `${h.pair} ${h.icews.toFixed(2)} / ${h.model.toFixed(2)}`).join(', '),
        ]);
        print(
          `Model ties against ICEWS dyad-years, ${from}–${to}: mean rank correlation ${r.meanRho === null ? '—' : r.meanRho.toFixed(2)}, ${Math.round(r.covered * 100)}% of pair-years with a tie in the model, ICEWS's most hostile pair of the year hostile in the model in ${Math.round(r.hostileFound * 100)}% of years`,
        );
        print(table(['year', 'pairs', 'with a tie', 'rho', 'most hostile in ICEWS: balance / model weight'], rows));
      });
    });
}
