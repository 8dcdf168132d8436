/**
 * Issue 14: the reads that are not analyses are declared once. Each operation of the registry has
 * exactly one route, made from its contract (same path, the result as the response schema), and the
 * OpenAPI document types its answer; the contracts module lists every contract once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTRACTS } from '../../src/contracts/index.js';
import { READ_OPERATIONS } from '../../src/operations/registry.js';
import { apiRoutes } from '../../src/server/app.js';
import { openApiDocument } from '../../src/server/openapi.js';

test('every read operation has one route made from its contract', () => {
  const routes = apiRoutes();
  for (const op of READ_OPERATIONS) {
    const c = op.contract;
    const mine = routes.filter((r) => r.method === c.method && r.path === c.path);
    assert.equal(mine.length, 1, c.path);
    assert.equal(mine[0]!.response, c.result, `${c.path} answers with the contract's result`);
    assert.equal(mine[0]!.summary, c.description);
  }
});

test('the OpenAPI document types the answers of the reads, the corridor impact report included', () => {
  const doc = openApiDocument(apiRoutes(), '0.0.0') as {
    paths: Record<string, { get?: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>;
  };
  const impact = doc.paths['/api/corridors/{id}/impact']!.get!.responses['200']!.content['application/json']!.schema;
  assert.match(JSON.stringify(impact), /ImpactReport/);
  const network = doc.paths['/api/network']!.get!.responses['200']!.content['application/json']!.schema;
  assert.match(JSON.stringify(network), /NetworkGeo/);
});

test('the contracts module lists every contract once, by a unique id and path', () => {
  const ids = CONTRACTS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const op of READ_OPERATIONS) assert.ok(CONTRACTS.includes(op.contract as never), op.contract.id);
});
