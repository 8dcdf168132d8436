/**
 * The route of an operation, made from its contract: the path's `:segments` and the query are read
 * from text (src/contracts/text.ts) and checked by the contract's input, names are resolved
 * (resolveParams), the cost is checked, and `run` answers; a format the operation streams (JSON
 * lines, CSV) is written a page at a time. Answers an operation marks as worth keeping are kept
 * serialized. The OpenAPI document reads the route's schemas as it reads any route's.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { CSV_EOL, csvHeader, csvLine } from '../operations/export/csv.js';
import { pathParams } from '../contracts/contract.js';
import { readText } from '../contracts/text.js';
import type { Operation } from '../operations/operation.js';
import { resolveParams } from '../operations/resolve.js';
import type { ServerContext } from './context.js';
import { jsonText, stringify } from './respond.js';
import { check, DEFAULT_BODY_BYTES, queryOf, type Route } from './route.js';

const MEDIA = { jsonl: 'application/x-ndjson', csv: 'text/csv' } as const;
type Streamed = keyof typeof MEDIA;

/** Every row the operation streams, written as JSON lines or CSV as it is read. */
function streamed(op: Operation, ctx: ServerContext, params: Record<string, unknown>, format: Streamed): Response {
  const encoder = new TextEncoder();
  const columns = op.columns ?? [];
  const pages = op.stream!(ctx, params)[Symbol.asyncIterator]();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = format === 'csv' && first ? csvHeader(columns) + CSV_EOL : '';
      first = false;
      const next = await pages.next();
      if (!next.done)
        text +=
          format === 'csv'
            ? next.value.map((r) => csvLine(columns, r) + CSV_EOL).join('')
            : next.value.map((r) => `${JSON.stringify(r)}\n`).join('');
      if (text) controller.enqueue(encoder.encode(text));
      if (next.done) controller.close();
    },
    async cancel() {
      await pages.return?.();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': `${MEDIA[format]}; charset=utf-8`,
      'content-disposition': `inline; filename="${op.contract.id}.${format}"`,
    },
  });
}

/** In tests: an answer that does not match the contract's result is a bug, reported as a 500. */
function checkResult(op: Operation, text: string): void {
  const r = op.contract.result.safeParse(JSON.parse(text));
  if (!r.success)
    throw new Error(`response of GET ${op.contract.path} does not match its schema: ${z.prettifyError(r.error)}`);
}

export interface OperationRouteOptions {
  /** Throws TooCostlyError when the checked parameters ask for more than the server computes. */
  cost?: (params: Record<string, unknown>) => void;
}

/** The GET route of a read operation. */
export function operationRoute(op: Operation, options: OperationRouteOptions = {}): Route {
  const c = op.contract;
  const inPath = pathParams(c.path);
  const pick = Object.fromEntries(inPath.map((k) => [k, true as const]));
  const params = inPath.length ? c.input.pick(pick as never).strict() : undefined;
  const query = c.input.omit(pick as never).strict();
  const formats = (c.formats ?? []).filter((f): f is Streamed => f in MEDIA);
  return {
    method: c.method,
    path: c.path,
    tag: c.tag,
    summary: c.description,
    query: Object.keys(query.shape).length ? query : undefined,
    params,
    bodyTypes: ['application/json'],
    maxBodyBytes: DEFAULT_BODY_BYTES,
    response: c.result,
    status: 200,
    produces: formats.map((f) => MEDIA[f]),
    write: false,
    costly: options.cost !== undefined,
    async handle(hc: Context, ctx: ServerContext): Promise<Response> {
      const p = params ? check('path', params, readText(params, hc.req.param())) : {};
      const q = check('query', query, readText(query, queryOf(hc)));
      options.cost?.(q);
      const input = await resolveParams(ctx.store, c.input, { ...q, ...p });
      const format = input.format;
      if (typeof format === 'string' && (formats as string[]).includes(format) && op.stream)
        return streamed(op, ctx, input, format as Streamed);
      const cache = op.cache ? (op.cache.lasting ? ctx.data.routes : ctx.data.results) : undefined;
      const key = op.cache ? `${c.id}|${await op.cache.key(ctx, input)}` : undefined;
      let text = key === undefined ? undefined : cache!.get(key);
      if (text === undefined) {
        text = stringify(await op.run(ctx, input));
        if (ctx.options.checkResponses) checkResult(op, text);
        if (key !== undefined) cache!.set(key, text);
      }
      return jsonText(text);
    },
  };
}
