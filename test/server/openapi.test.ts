/** GET /api/openapi.json: valid JSON, OpenAPI 3.1, every mounted route listed, every $ref resolving; GET /api/health. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../src/server/limits.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
        responses: Record<string, unknown>;
        requestBody?: unknown;
        security?: unknown[];
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

forEachBackend(({ miniApp }) => {
  describe('OpenAPI document', () => {
    let f: Fixture;
    let doc: Doc;
    before(async () => {
      f = await miniApp();
      const r = await f.get('/api/openapi.json');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
      doc = JSON.parse(await r.text()) as Doc;
    });
    after(() => f.close());

    it('is OpenAPI 3.1 with a title and version', () => {
      assert.equal(doc.openapi, '3.1.0');
      assert.equal(doc.info.title, 'Orrery API');
      assert.match(doc.info.version, /^\d+\.\d+\.\d+/);
    });

    it('lists every route the app serves, with its path parameters', () => {
      const listed = Object.entries(doc.paths)
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
        .sort();
      const mounted = f.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`).sort();
      assert.deepEqual(listed, mounted);
      for (const required of [
        'get /api/health',
        'get /api/events',
        'get /api/events/{id}',
        'get /api/analyses/network',
        'get /api/route',
        'post /api/ingest',
        'post /api/review/{id}',
        'patch /api/review/{id}',
      ]) {
        assert.ok(listed.includes(required), required);
      }
      for (const [path, ops] of Object.entries(doc.paths)) {
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        for (const op of Object.values(ops)) {
          assert.deepEqual(
            op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
            names,
            path,
          );
          assert.ok(op.responses['200'] ?? op.responses['201'] ?? op.responses['202'], path);
          assert.ok(op.responses['400'] && op.responses['500'], path);
        }
      }
      const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
      assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
    });

    it('describes query parameters from the zod schemas, with required ones marked', () => {
      const events = doc.paths['/api/events']!.get!;
      const limit = events.parameters.find((p) => p.name === 'limit')!;
      assert.deepEqual(limit.schema, {
        default: 50,
        description: limit.schema && (limit.schema as { description: string }).description,
        type: 'integer',
        minimum: 1,
        maximum: LIMITS.queryInteger,
      });
      assert.equal(limit.required, false);
      const network = doc.paths['/api/analyses/network']!.get!;
      assert.equal(network.parameters.find((p) => p.name === 'at')?.required, true);
      assert.equal(network.parameters.find((p) => p.name === 'window')?.required, false);
      assert.ok(doc.paths['/api/ingest']!.post!.requestBody);
    });

    it('types every success answer: each JSON result has a schema with properties or items, not an open record', () => {
      const comps = doc.components.schemas as Record<string, Record<string, unknown>>;
      const resolve = (s: Record<string, unknown> | undefined): Record<string, unknown> | undefined => {
        let x = s;
        for (let i = 0; x && typeof x.$ref === 'string' && i < 10; i++) x = comps[(x.$ref as string).split('/').pop()!];
        return x;
      };
      const open: string[] = [];
      let seen = 0;
      for (const [path, ops] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(ops))
          for (const [code, r] of Object.entries(
            op.responses as Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>,
          )) {
            if (!code.startsWith('2')) continue;
            const s = resolve(r.content?.['application/json']?.schema);
            seen++;
            const typed = s && ['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'enum'].some((k) => k in s);
            if (!typed) open.push(`${method.toUpperCase()} ${path} ${code}: ${JSON.stringify(s)?.slice(0, 80)}`);
          }
      assert.ok(seen >= 30, `only ${seen} success answers found`);
      assert.deepEqual(open, [], `answers without a typed schema:\n${open.join('\n')}`);
    });

    it('marks writes with the bearer scheme and resolves every $ref', () => {
      assert.ok(doc.components.securitySchemes.bearer);
      for (const ops of Object.values(doc.paths)) {
        for (const [method, op] of Object.entries(ops)) assert.equal(op.security !== undefined, method !== 'get');
      }
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(refs.length > 10);
      for (const ref of refs) {
        assert.match(ref, /^#\/components\/schemas\//);
        assert.ok(doc.components.schemas[ref.split('/').pop()!], `${ref} resolves`);
      }
      for (const name of ['Error', 'ExchangeEvent', 'Source', 'Actor', 'RouteResult', 'ReviewItem'])
        assert.ok(doc.components.schemas[name], name);
    });
  });

  describe('health', () => {
    it('says the server is up and what the store holds', async () => {
      const f = await miniApp();
      try {
        const { status, body } = await f.json<{ ok: boolean; counts: { events: number; sources: number } }>(
          '/api/health',
        );
        assert.equal(status, 200);
        assert.equal(body.ok, true);
        assert.equal(body.counts.events, 3);
        assert.equal(body.counts.sources, 1);
        assert.equal((await f.get('/api/health?verbose=1')).status, 400, 'unknown parameters are refused');
      } finally {
        await f.close();
      }
    });
  });
});
