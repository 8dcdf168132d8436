/**
 * Commands generated from the analyses: positional arguments and options come from the analysis's
 * contract as for every operation's command (operation-command.ts: names, types, defaults, help;
 * values read from text and checked, actor names resolved by the parameters' kinds), data is read
 * from the store, and the result prints as a table, JSON, CSV, GEXF or GraphML. Each command file adds
 * only how its result reads as a table.
 */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import {
  EXPORT_FORMATS,
  paramsSchema,
  render,
  type Analysis,
  type ExportFormat,
} from '../operations/analyses/analysis.js';
import type { AnalysisData, DataPart } from '../analysis/input.js';
import type { Contract, ParamsOf, ResultOf } from '../contracts/contract.js';
import type { Store } from '../store/store.js';
import { runAnalysisIn } from '../operations/analyses/registry.js';
import { addInputOptions, kebab, operationContext, optionValues, readParams } from './operation-command.js';
import { withStore } from './open.js';
import { print, scenarioBanner } from './output.js';

async function loadData(store: Store, needs: readonly DataPart[]): Promise<AnalysisData> {
  const want = new Set(needs);
  return {
    events: want.has('events') ? await store.listEvents() : [],
    relations: want.has('relations') ? await store.listRelations() : [],
    indicators: want.has('indicators') ? await store.listIndicators() : [],
    dependencies: want.has('dependencies') ? await store.listDependencies() : [],
    actors: want.has('actors') ? await store.listActors() : [],
  };
}

/** The command `orrery <analysis>`; `table` is how its result reads as a human table. */
export function registerAnalysis<C extends Contract>(
  program: Command,
  analysis: Analysis<C>,
  table: (result: ResultOf<C>) => string,
): Command {
  const schema = paramsSchema(analysis as Analysis) as {
    properties: Record<string, { description?: string; default?: unknown }>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  const cmd = program.command(analysis.id).description(`${analysis.title}: ${analysis.description}`);
  for (const name of analysis.positional)
    cmd.argument(
      required.has(name) ? `<${kebab(name)}>` : `[${kebab(name)}]`,
      schema.properties[name]?.description ?? '',
    );
  const options = addInputOptions(cmd, analysis.params, { skip: analysis.positional });
  // As before: help shows each default, and a required option is one commander asks for.
  for (const [name, option] of options) {
    const d = schema.properties[name]?.default;
    if (d !== undefined && typeof d !== 'boolean')
      option.default(d, Array.isArray(d) ? d.join(',') || 'none' : String(d));
    if (!required.has(name)) continue;
    option.makeOptionMandatory();
    option.description += ' (required)';
  }
  cmd
    .option('--json', 'print the result as JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', ...EXPORT_FORMATS]).default('table'))
    .option('--table <name>', `CSV table to print (${Object.keys(analysis.outputs.tables).join(', ')})`)
    .option('--out <file>', 'write the output to this file instead of printing it');
  cmd.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const opts = command.opts<Record<string, unknown>>();
    const raw = optionValues(options, opts);
    analysis.positional.forEach((name, i) => (raw[name] = args[i]));
    await withStore(command, async (store) => {
      const params = (await readParams(store, analysis.params, raw, analysis.positional)) as ParamsOf<C>;
      // Without a scenario, read only the parts the analysis needs; a scenario is checked against all.
      const result = (
        (params as { scenario?: string }).scenario
          ? await runAnalysisIn(operationContext(command, store), analysis as Analysis, params)
          : analysis.run(await loadData(store, analysis.needs), params)
      ) as ResultOf<C>;
      const format = (opts.json ? 'json' : opts.format) as ExportFormat | 'table';
      const text =
        format === 'table'
          ? scenarioBanner(result) + table(result)
          : render(analysis, result, format, opts.table as string | undefined);
      if (opts.out) writeFileSync(opts.out as string, text.endsWith('\n') ? text : `${text}\n`);
      else print(text);
    });
  });
  return cmd;
}

/** A number for a table cell: fixed decimals, blank when missing. */
export function num(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? '—' : x.toFixed(digits);
}
