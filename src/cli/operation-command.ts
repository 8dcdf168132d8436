/**
 * Commands made from operations: positional arguments and options come from the contract's input
 * (names in kebab case, types, defaults, help), the values are read from text and checked by that
 * input (src/contracts/text.ts), names are resolved (resolveParams) and the operation's own `run`
 * answers, so a command and its API route cannot drift. Each command adds only how its result reads
 * as text (`table`), and options of its own where it prints something else (`--geojson`).
 */
import { Command, Option } from 'commander';
import { z } from 'zod';
import type { Contract } from '../contracts/contract.js';
import { readText, textErrors } from '../contracts/text.js';
import { UsageError } from '../model/errors.js';
import type { OperationContext } from '../operations/context.js';
import { OperationData } from '../operations/data.js';
import type { Operation } from '../operations/operation.js';
import { resolveParams } from '../operations/resolve.js';
import type { Store } from '../store/store.js';
import { globals } from './context.js';
import { withStore } from './open.js';
import { print, printJson, scenarioBanner } from './output.js';

interface Prop {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  items?: { enum?: string[] };
}

export const kebab = (s: string): string => s.replace(/[A-Z_]/g, (c) => `-${c === '_' ? '' : c.toLowerCase()}`);

/** The option of one input field. */
function optionFor(name: string, p: Prop, required: boolean): Option {
  const choices = p.enum ?? p.items?.enum;
  const described = p.description ?? '';
  const listed = choices && !choices.every((c) => described.includes(c));
  const help = `${described}${listed ? ` (${choices.join(', ')})` : ''}`;
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
          : (p as { kind?: string }).kind === 'date'
            ? '<date>'
            : '<value>';
  const o = new Option(
    `--${kebab(name)} ${arg}`,
    `${help}${p.type === 'array' && !/comma-separated/.test(help) ? '; comma-separated' : ''}${required ? ' (required)' : ''}`,
  );
  // Defaults are the contract's (help shows them; the contract checks them like any value).
  if (p.default !== undefined && p.type !== 'boolean')
    o.default(p.default, Array.isArray(p.default) ? p.default.join(',') || 'none' : String(p.default));
  if (required) o.makeOptionMandatory();
  return o;
}

/** A problem with a parameter as the user typed it: `--limit must be ...`, `--type: "BOMB" is not ...`. */
function usageError(error: z.ZodError, flags: Map<string, string>): UsageError {
  return new UsageError(
    error.issues
      .map((i) => {
        const field = String(i.path[0] ?? (i.code === 'unrecognized_keys' ? i.keys.join(',') : ''));
        const flag = flags.get(field) ?? field;
        return /^must /.test(i.message) ? `${flag} ${i.message}` : `${flag}: ${i.message}`;
      })
      .join('; '),
  );
}

/**
 * Check raw values (strings from the command line, or values) against an input schema and resolve
 * the names in them; a problem is a usage error naming the flag (positional ones as `<name>`).
 */
export async function readParams<I extends z.ZodObject>(
  store: Store,
  input: I,
  raw: Record<string, unknown>,
  positional: readonly string[] = [],
): Promise<z.output<I>> {
  const flags = new Map(
    Object.keys(input.shape).map((k) => [k, positional.includes(k) ? `<${kebab(k)}>` : `--${kebab(k)}`]),
  );
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const r = input.safeParse(readText(input, given), { error: textErrors });
  if (!r.success) throw usageError(r.error, flags);
  return (await resolveParams(store, input, r.data as Record<string, unknown>)) as z.output<I>;
}

/** The options of an input's fields (all but `skip`), added to `cmd`; the map gives each field's option. */
export function addInputOptions(
  cmd: Command,
  input: z.ZodObject,
  o: { skip?: Iterable<string>; help?: Readonly<Record<string, string>> } = {},
): Map<string, Option> {
  const schema = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Prop>;
  };
  const skip = new Set(o.skip ?? []);
  const options = new Map<string, Option>();
  for (const [name, p] of Object.entries(schema.properties)) {
    if (skip.has(name)) continue;
    const option = optionFor(name, { ...p, description: o.help?.[name] ?? p.description }, false);
    options.set(name, option);
    cmd.addOption(option);
  }
  return options;
}

/** The raw values of the options `addInputOptions` added, by field name. */
export function optionValues(options: Map<string, Option>, opts: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, o] of options) if (opts[o.attributeName()] !== undefined) raw[name] = opts[o.attributeName()];
  return raw;
}

/** The context an operation runs in for one command: the open store, and data read as the command needs it. */
export function operationContext(cmd: Command, store: Store): OperationContext {
  const g = globals(cmd);
  return { store, data: new OperationData(store, g.data, g.sources) };
}

/** Run an operation for a command: check and resolve the raw values, then `run`. */
export async function runOperation<C extends Contract>(
  ctx: OperationContext,
  op: Operation<C>,
  raw: Record<string, unknown>,
): Promise<{ params: z.output<C['input']>; result: z.output<C['result']> }> {
  const params = (await readParams(ctx.store, op.contract.input, raw, op.contract.positional)) as z.output<C['input']>;
  const result = (await op.run(ctx, params)) as z.output<C['result']>;
  return { params, result };
}

export interface OperationCommandSpec<C extends Contract> {
  /** The command's name (default: the contract's id). */
  name?: string;
  description?: string;
  /** Input fields not offered on the command line. */
  omit?: readonly string[];
  /** Help for fields, where the command line says it better than the contract. */
  help?: Readonly<Record<string, string>>;
  /** Options of the command itself (printing choices), read by `print`. */
  options?: readonly Option[];
  /** The human-readable rendering. */
  table?: (result: z.output<C['result']>, params: z.output<C['input']>) => string;
  /** Printing other than the table and --json (extra options, exit codes). Return true when it printed. */
  print?: (
    result: z.output<C['result']>,
    opts: Record<string, unknown>,
    params: z.output<C['input']>,
    ctx: OperationContext,
  ) => boolean | void | Promise<boolean | void>;
  /** Values used when an option is not given, where the command line's default differs from the API's. */
  defaults?: () => Record<string, unknown>;
  /** The last positional takes the rest of the words (`orrery actor the Kremlin`). */
  variadic?: boolean;
  /** Read options from the parent command too (a subcommand sharing its parent's option names). */
  inherit?: boolean;
}

/** Register the command of an operation under `program`. */
export function registerOperation<C extends Contract>(
  program: Command,
  op: Operation<C>,
  spec: OperationCommandSpec<C> = {},
): Command {
  const c = op.contract;
  const schema = z.toJSONSchema(c.input, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Prop>;
    required?: string[];
  };
  const positional = c.positional ?? [];
  const omit = new Set(spec.omit ?? []);
  const cmd = program.command(spec.name ?? c.id).description(spec.description ?? c.description);
  positional.forEach((name, i) => {
    const p = schema.properties[name] ?? {};
    const required = schema.required?.includes(name) ?? false;
    const rest = spec.variadic && i === positional.length - 1 ? '...' : '';
    const arg = required ? `<${kebab(name)}${rest}>` : `[${kebab(name)}${rest}]`;
    cmd.argument(arg, spec.help?.[name] ?? p.description ?? '');
  });
  const options = addInputOptions(cmd, c.input, { skip: [...positional, ...omit], help: spec.help });
  for (const o of spec.options ?? []) cmd.addOption(o);
  cmd.option('--json', 'print JSON');
  cmd.action(async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const opts = spec.inherit
      ? command.optsWithGlobals<Record<string, unknown>>()
      : command.opts<Record<string, unknown>>();
    const raw: Record<string, unknown> = { ...spec.defaults?.(), ...optionValues(options, opts) };
    positional.forEach((name, i) => {
      const v = args[i];
      raw[name] = Array.isArray(v) ? v.join(' ') : v;
    });
    await withStore(command, async (store) => {
      const ctx = operationContext(command, store);
      const { params, result } = await runOperation(ctx, op, raw);
      if (await spec.print?.(result, opts, params, ctx)) return;
      if (opts.json || !spec.table) printJson(result);
      else print(scenarioBanner(result) + spec.table(result, params));
    });
  });
  return cmd;
}
