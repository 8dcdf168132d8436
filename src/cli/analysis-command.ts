/**
 * Commands generated from the analyses: positional arguments and options come from the analysis's
 * contract (parameter names, types, defaults, help; actor names resolve by the parameters' kinds),
 * data is read from the store, and the result prints as a table, JSON, CSV, GEXF or GraphML. Each
 * command file adds only how its result reads as a table.
 */
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { z } from 'zod';
import {
  EXPORT_FORMATS,
  paramsSchema,
  parseParams,
  render,
  type Analysis,
  type ExportFormat,
} from '../analysis/analysis.js';
import type { AnalysisData, DataPart } from '../analysis/input.js';
import type { Contract, ResultOf } from '../contracts/contract.js';
import { readValue } from '../contracts/text.js';
import { UsageError } from '../model/index.js';
import type { Store } from '../store/store.js';
import { resolveParams } from '../operations/resolve.js';
import { withStore } from './open.js';
import { print } from './output.js';

interface Prop {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  items?: { enum?: string[] };
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function optionFor(name: string, p: Prop, required: boolean): Option {
  const choices = p.enum ?? p.items?.enum;
  const help = `${p.description ?? ''}${choices ? ` (${choices.join(', ')})` : ''}`;
  if (p.type === 'boolean')
    return p.default === true
      ? new Option(`--no-${kebab(name)}`, `do not: ${help}`)
      : new Option(`--${kebab(name)}`, help);
  const arg =
    p.type === 'array'
      ? '<list>'
      : p.type === 'number' || p.type === 'integer'
        ? '<n>'
        : choices
          ? `<${choices.join('|')}>`
          : /\bdate\b/.test(help)
            ? '<date>'
            : '<value>';
  const o = new Option(
    `--${kebab(name)} ${arg}`,
    `${help}${p.type === 'array' ? '; comma-separated' : ''}${required ? ' (required)' : ''}`,
  );
  if (p.default !== undefined)
    o.default(p.default, Array.isArray(p.default) ? p.default.join(',') || 'none' : String(p.default));
  if (required) o.makeOptionMandatory();
  return o;
}

/** Commander's strings read as the types the contract asks for (src/contracts/text.ts); zod checks the rest. */
function coerce(
  params: z.ZodObject,
  props: Record<string, Prop>,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(params.shape)) {
    const v = raw[name];
    if (v === undefined) continue;
    out[name] = typeof v === 'string' ? readValue(field as z.ZodType, v) : v;
    const type = props[name]?.type;
    if ((type === 'number' || type === 'integer') && typeof out[name] === 'string')
      throw new UsageError(
        `--${kebab(name)} must be ${type === 'integer' ? 'a whole number' : 'a number'}, got "${v}"`,
      );
  }
  return out;
}

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
  const schema = paramsSchema(analysis as Analysis) as { properties: Record<string, Prop>; required?: string[] };
  const cmd = program.command(analysis.id).description(`${analysis.title}: ${analysis.description}`);
  for (const name of analysis.positional) {
    const p = schema.properties[name] ?? {};
    const required = schema.required?.includes(name) ?? false;
    cmd.argument(required ? `<${kebab(name)}>` : `[${kebab(name)}]`, p.description ?? '');
  }
  for (const [name, p] of Object.entries(schema.properties)) {
    if (!analysis.positional.includes(name))
      cmd.addOption(optionFor(name, p, schema.required?.includes(name) ?? false));
  }
  cmd
    .option('--json', 'print the result as JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', ...EXPORT_FORMATS]).default('table'))
    .option('--table <name>', `CSV table to print (${Object.keys(analysis.outputs.tables).join(', ')})`)
    .option('--out <file>', 'write the output to this file instead of printing it');
  cmd.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const opts = command.opts<Record<string, unknown>>();
    const raw: Record<string, unknown> = { ...opts };
    analysis.positional.forEach((name, i) => (raw[name] = args[i]));
    await withStore(command, async (store) => {
      const params = coerce(analysis.params, schema.properties, raw);
      const resolved = await resolveParams(store, analysis.params, params);
      const parsed = parseParams(analysis, resolved);
      const result = analysis.run(await loadData(store, analysis.needs), parsed);
      const format = (opts.json ? 'json' : opts.format) as ExportFormat | 'table';
      const text =
        format === 'table' ? table(result) : render(analysis, result, format, opts.table as string | undefined);
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
