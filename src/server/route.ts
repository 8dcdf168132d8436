/**
 * A route described once: method, path, zod schemas for the path parameters, query, body and
 * response, and the handler. From the description come the request validation (here), the
 * OpenAPI document (openapi.ts) and, in tests, the check of every response against its schema.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { textErrors } from '../contracts/text.js';
import { UsageError, ValidationError, type Problem } from '../model/index.js';
import type { ServerContext } from './context.js';
import { json } from './respond.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

const Empty = z.object({}).strict();
type Empty = typeof Empty;

export interface RouteInput<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
  ctx: ServerContext;
  c: Context;
}

export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  method: Method;
  /** Hono path under the server root, e.g. /api/events/:id. */
  path: string;
  /** Resource group (OpenAPI tag). */
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  body?: B;
  /** Media types the body may come in (default: application/json). */
  bodyTypes?: readonly string[];
  /** Reads the request into the value `body` checks (default: the JSON body). */
  readBody?: (c: Context) => Promise<unknown>;
  /** Largest request body accepted, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  response: R;
  /** Status of a success (default 200). */
  status?: 200 | 201 | 202;
  /** Media types the route also answers with (exports, streams), besides JSON. */
  produces?: readonly string[];
  /** Throws TooCostlyError when the checked query asks for more than the server will compute. */
  cost?: (query: z.output<Q>) => void;
  handler(input: RouteInput<Q, P, B>): Promise<z.input<R> | Response> | z.input<R> | Response;
}

/** A route with its types erased: what the app mounts and the OpenAPI document lists. */
export interface Route {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  bodyTypes: readonly string[];
  maxBodyBytes: number;
  response: z.ZodType;
  status: 200 | 201 | 202;
  produces: readonly string[];
  write: boolean;
  /** True when the route checks what a request may cost (and may answer 422). */
  costly: boolean;
  handle(c: Context, ctx: ServerContext): Promise<Response>;
}

export const DEFAULT_BODY_BYTES = 1024 * 1024;

/** The zod issues of one part of a request as located problems. */
function problemsOf(where: string, error: z.ZodError, schema: z.ZodType): Problem[] {
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  return error.issues.map((i) => {
    const field = i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : undefined);
    const extra = i.code === 'unrecognized_keys' && known.length ? `; known: ${known.join(', ')}` : '';
    return { where, ...(field ? { field } : {}), message: `${i.message}${extra}` };
  });
}

export function check<S extends z.ZodType>(where: string, schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value, { error: textErrors });
  if (!r.success) throw new ValidationError(problemsOf(where, r.error, schema), `invalid ${where}`);
  return r.data;
}

/** The query string as one string per key; a repeated key (?actor=ARM&actor=AZE) reads as a list. */
export function queryOf(c: Context): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.join(',')]));
}

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new UsageError(`the body must be JSON (Content-Type: application/json), not "${type || 'none'}"`);
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** In tests: a JSON answer that does not match its route's schema is a bug, reported as a 500. */
async function checkResponse(method: Method, path: string, schema: z.ZodType, out: unknown): Promise<void> {
  let value = out;
  if (out instanceof Response) {
    if (!/^application\/(geo\+)?json\b/.test(out.headers.get('content-type') ?? '')) return;
    value = JSON.parse(await out.clone().text());
  }
  const r = schema.safeParse(value);
  if (!r.success)
    throw new Error(
      `response of ${method.toUpperCase()} ${path} does not match its schema: ${z.prettifyError(r.error)}`,
    );
}

export function route<
  Q extends z.ZodType = Empty,
  P extends z.ZodType = Empty,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(spec: RouteSpec<Q, P, B, R>): Route {
  const query = (spec.query ?? Empty) as Q;
  const params = (spec.params ?? Empty) as P;
  return {
    method: spec.method,
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    description: spec.description,
    query: spec.query,
    params: spec.params,
    body: spec.body,
    bodyTypes: spec.bodyTypes ?? ['application/json'],
    maxBodyBytes: spec.maxBodyBytes ?? DEFAULT_BODY_BYTES,
    response: spec.response,
    status: spec.status ?? 200,
    produces: spec.produces ?? [],
    write: spec.method !== 'get',
    costly: spec.cost !== undefined,
    async handle(c, ctx) {
      const p = check('path', params, c.req.param());
      const q = check('query', query, queryOf(c));
      spec.cost?.(q);
      const b = spec.body ? check('body', spec.body, await (spec.readBody ?? jsonBody)(c)) : undefined;
      const out = await spec.handler({ query: q, params: p, body: b as z.output<B>, ctx, c });
      if (ctx.options.checkResponses) await checkResponse(spec.method, spec.path, spec.response, out);
      return out instanceof Response ? out : json(out, spec.status ?? 200);
    },
  };
}
