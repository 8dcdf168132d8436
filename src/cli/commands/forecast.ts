/**
 * `orrery forecast …`: the forecasting commands, grouped under one parent. Each family of forecasts
 * (bargaining over an issue, conflict deaths by country and month) adds its subcommands from its own
 * file, so the parent holds only the grouping and `forecast backtest`, whose data sets each family
 * names.
 */
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { bargaining } from './forecast-bargaining.js';
import { conflictFamily } from './forecast-conflict.js';

/** A family of forecasts: its subcommands, and the backtests it answers under `forecast backtest`. */
export interface ForecastFamily {
  /** Adds this family's subcommands to `orrery forecast`. */
  register(forecast: Command): void;
  /** Backtests by data-set name (`forecast backtest deu3`), each printing or returning its table. */
  backtests: Record<string, { description: string; run(options: { json?: boolean }): Promise<void> }>;
}

/** The families, listed once; each lives in its own file beside this one. */
const FAMILIES: ForecastFamily[] = [bargaining, conflictFamily];

export function register(program: Command): void {
  const forecast = program
    .command('forecast')
    .description('forecasts: bargaining outcomes over an issue, and conflict deaths by country and month');
  for (const family of FAMILIES) family.register(forecast);
  const backtests = Object.fromEntries(FAMILIES.flatMap((f) => Object.entries(f.backtests)));
  forecast
    .command('backtest')
    .description(
      `score every model on a data set with known outcomes: ${Object.keys(backtests).join(', ') || 'none yet'}`,
    )
    .argument('<dataset>', `the data set: ${Object.keys(backtests).join(', ') || 'none yet'}`)
    .option('--json', 'print the table as JSON')
    .action(async (dataset: string, options: { json?: boolean }) => {
      const backtest = backtests[dataset];
      if (!backtest) {
        throw new UsageError(
          `unknown backtest data set "${dataset}"; known: ${Object.keys(backtests).join(', ') || 'none yet'}`,
        );
      }
      await backtest.run(options);
    });
}
