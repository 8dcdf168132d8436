/**
 * An operation's contract, declared once: its id and help, where it lives in the API, its input (one
 * zod object holding every parameter, whose fields carry their types, defaults, descriptions and
 * kinds) and its result (a zod schema of the JSON answer). Contracts are browser-safe: they import
 * zod and the model only, so the web app imports them for its typed client. What an operation does
 * is in src/operations; the HTTP routes, the OpenAPI document, the CLI commands and the web client
 * are all generated from these declarations.
 */
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/** Formats an operation can answer in besides JSON. */
export type ExtraFormat = 'csv' | 'jsonl' | 'gexf' | 'graphml';

export interface Contract<I extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  /** Stable id; also the CLI command name unless `cli` says otherwise. */
  id: string;
  title: string;
  description: string;
  /** Resource group (OpenAPI tag). */
  tag: string;
  method: Method;
  /** Path under the server root; `:name` segments are input fields (e.g. /api/events/:id). */
  path: string;
  /** Every parameter: path segments, then the query (reads) or the body (writes). */
  input: I;
  /** The JSON answer. */
  result: R;
  /** Parameters given positionally on the command line, in order (`orrery diff 2020 2024`). */
  positional?: readonly string[];
  /** Formats besides JSON (CSV tables, JSON lines, graph formats). */
  formats?: readonly ExtraFormat[];
  /** CSV tables offered, by name, with what a row is. */
  tables?: Readonly<Record<string, string>>;
}

export type InputOf<C extends Contract> = z.input<C['input']>;
export type ParamsOf<C extends Contract> = z.output<C['input']>;
export type ResultOf<C extends Contract> = z.output<C['result']>;

/** Identity with inference: keeps each contract's own input and result types. */
export function defineContract<I extends z.ZodObject, R extends z.ZodType>(c: Contract<I, R>): Contract<I, R> {
  return c;
}

/** The names of the `:name` segments of a path. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

/**
 * The URL of a call: path segments filled from the input, the rest as a query string (lists
 * comma-separated; undefined, null, empty strings and empty lists left out). Used by the web client
 * and the tests, so the URL a contract describes is the one clients build.
 */
export function urlOf(c: Contract, input: Record<string, unknown>): string {
  const inPath = new Set(pathParams(c.path));
  const path = c.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const v = input[name];
    if (v === undefined || v === null || v === '') throw new Error(`${c.id}: the path needs "${name}"`);
    return encodeURIComponent(String(v));
  });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    if (inPath.has(k) || v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(k, v.join(','));
    } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
