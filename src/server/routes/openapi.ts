/** The OpenAPI 3.1 document of every route, generated once per process from the route descriptions. */
import { z } from 'zod';
import { openApiDocument } from '../openapi.js';
import { jsonText, stringify } from '../respond.js';
import { route, type Route } from '../route.js';

export function openApiRoutes(all: () => readonly Route[], version: string): Route[] {
  let text: string | undefined;
  return [
    route({
      method: 'get',
      path: '/api/openapi.json',
      tag: 'meta',
      summary: 'this document: every route with its parameters, bodies and responses (OpenAPI 3.1)',
      response: z.object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }).loose(),
      handler: () => jsonText((text ??= stringify(openApiDocument(all(), version)))),
    }),
  ];
}
