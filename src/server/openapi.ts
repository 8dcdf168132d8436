/**
 * The OpenAPI 3.1 document, generated from the route descriptions: paths and parameters from each
 * route's zod schemas (z.toJSONSchema), named schemas (those with an id) under components, the
 * error body, and the bearer token on writes.
 */
import { z } from 'zod';
import type { Route } from './route.js';
import { ErrorBody } from './schemas.js';

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'invalid request: the body says which parameter or field and why',
  401: 'a write without the bearer token this server requires',
  403: 'a cross-site write, or a host name this server does not answer to',
  404: 'no such record, route or analysis',
  409: 'the record changed since it was read (stale if_match)',
  413: 'the request body is over the limit',
  422: 'the request would cost more than the server computes per request',
  500: 'internal error',
  503: 'something the server needs is missing (source texts, geodata, a broken network)',
};

class Components {
  readonly schemas: Record<string, unknown> = {};

  /** A route schema as JSON Schema; named parts go to components (inputs with an "Input" suffix). */
  convert(schema: z.ZodType, io: 'input' | 'output'): Json {
    const suffix = io === 'input' ? 'Input' : '';
    const {
      $schema: _s,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json & { $defs?: Json };
    const rewrite = (v: unknown): Json =>
      JSON.parse(
        JSON.stringify(v).replace(/"#\/\$defs\/([^"]+)"/g, (_m, id: string) => `"#/components/schemas/${id}${suffix}"`),
      ) as Json;
    for (const [id, def] of Object.entries($defs ?? {})) this.schemas[`${id}${suffix}`] = rewrite(def);
    return rewrite(rest);
  }
}

function parameters(route: Route, comps: Components): Json[] {
  const out: Json[] = [];
  if (route.params) {
    const props = (comps.convert(route.params, 'output').properties ?? {}) as Record<string, Json>;
    for (const [name, schema] of Object.entries(props))
      out.push({
        name,
        in: 'path',
        required: true,
        schema,
        ...(schema.description ? { description: schema.description } : {}),
      });
  }
  if (route.query) {
    const props = (comps.convert(route.query, 'output').properties ?? {}) as Record<string, Json>;
    const required = new Set((comps.convert(route.query, 'input').required ?? []) as string[]);
    for (const [name, schema] of Object.entries(props)) {
      out.push({
        name,
        in: 'query',
        required: required.has(name),
        schema,
        ...(schema.description ? { description: schema.description } : {}),
        ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
      });
    }
  }
  return out;
}

function requestBody(route: Route, comps: Components): Json | undefined {
  if (!route.body) return undefined;
  const schema = comps.convert(route.body, 'input');
  const content: Json = {};
  for (const type of route.bodyTypes) {
    content[type] =
      type === 'multipart/form-data'
        ? {
            schema: {
              type: 'object',
              properties: {
                file: { type: 'string', format: 'binary', description: 'the document (text, HTML or PDF)' },
                ...((schema.properties as Json | undefined) ?? {}),
              },
            },
          }
        : { schema };
  }
  return { required: true, content, description: `at most ${route.maxBodyBytes} bytes` };
}

function responses(route: Route, comps: Components): Json {
  const content: Json = { 'application/json': { schema: comps.convert(route.response, 'output') } };
  for (const type of route.produces) content[type] = { schema: { type: 'string' } };
  const errors = [
    400,
    404,
    ...(route.costly ? [422] : []),
    ...(route.write ? [401, 403, 409, 413] : []),
    500,
    503,
  ].sort();
  return {
    [route.status]: { description: 'success', content },
    ...Object.fromEntries(
      errors.map((s) => [
        s,
        {
          description: STATUS_TEXT[s],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      ]),
    ),
  };
}

export function openApiDocument(routes: readonly Route[], version: string): Json {
  const comps = new Components();
  comps.convert(ErrorBody, 'output');
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const op: Json = {
      operationId: `${r.method}${path
        .replace(/\{([^}]+)\}/g, 'By_$1')
        .split(/[/_-]/)
        .filter(Boolean)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join('')}`,
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: parameters(r, comps),
      ...(r.body ? { requestBody: requestBody(r, comps) } : {}),
      responses: responses(r, comps),
      ...(r.write ? { security: [{}, { bearer: [] }] } : {}),
    };
    (paths[path] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Orrery API',
      version,
      description:
        'A sourced, computable model of the South Caucasus regional order. Every fact cites the passage of the source that asserts it. ' +
        'Errors are {"error": {"code", "message", "details"?}}. Writes need `Authorization: Bearer <token>` when the server was started with a token (always when it listens beyond localhost).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: comps.schemas,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'the token given to `orrery serve --token` or ORRERY_TOKEN',
        },
      },
    },
  };
}
