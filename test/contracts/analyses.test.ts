/**
 * The analysis contracts hold what the engines give: every analysis runs over the shipped dataset in
 * a real SQLite store, with its defaults and with other parameters (levels, explain off, filters,
 * ratios), and its contract's result schema accepts the result as the engine returns it and as JSON
 * sends it; every CSV table renders. The OpenAPI document types each analysis route's answer.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { parseParams, render } from '../../src/operations/analyses/analysis.js';
import type { AnalysisData } from '../../src/analysis/input.js';
import { ANALYSES, getAnalysis } from '../../src/operations/analyses/registry.js';
import { ANALYSIS_CONTRACTS } from '../../src/contracts/analyses/index.js';
import { loadDatasetOrThrow } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { analysisRoutes } from '../../src/server/routes/analyses.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

/** Parameters per analysis: the defaults (only what is required), then others. */
const CASES: Record<string, Array<Record<string, unknown>>> = {
  series: [
    { a: 'ARM', b: 'AZE' },
    { a: 'AZE', b: 'ARM', granularity: 'month', direction: 'a-to-b', level: 'actor', from: '2020', to: '2021-06' },
    { a: 'ARM', b: 'RUS', granularity: 'quarter', origins: ['curated', 'coded', 'imported'] },
  ],
  network: [
    { at: '2024' },
    { at: '2023-09-20', explain: false },
    { at: '2020', level: 'actor', minSources: 2, halfLife: 0 },
    { at: '2024-06', actors: ['ARM', 'AZE', 'RUS', 'TUR', 'IRN'], kinds: ['state'], seed: 3 },
  ],
  blocs: [{ at: '2024' }, { at: '2010', level: 'actor', seed: 7, resolutionPositive: 1.5 }],
  diff: [
    { from: '2018', to: '2024' },
    { from: '2020', to: '2023-10', level: 'actor', limit: 5, explainTop: 2 },
  ],
  trajectory: [
    { a: 'ARM', b: 'RUS', from: '2018', to: '2024' },
    { a: 'AZE', b: 'RUS', from: '2000', to: '2024', step: 'year', level: 'actor', explainTop: 1 },
  ],
  power: [
    { at: '2024' },
    {
      at: '2020',
      components: ['milex', 'tpop'],
      ratios: ['AZE:ARM', 'AZE:ARM:military_budget', 'ARM:NOWHERE:population'],
    },
  ],
  exposure: [{ at: '2024' }, { actor: 'EU', at: '2025', commodities: ['gas', 'oil'] }, { actor: 'ISR', at: '2010' }],
};

describe('analysis contracts over the shipped dataset', () => {
  let dir: string;
  let store: Store;
  let data: AnalysisData;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orrery-contracts-'));
    store = await openStore(join(dir, 'orrery.db'));
    await store.loadDataset(loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir()).dataset);
    data = {
      events: await store.listEvents(),
      relations: await store.listRelations(),
      indicators: await store.listIndicators(),
      dependencies: await store.listDependencies(),
      actors: await store.listActors(),
    };
    assert.ok(data.events.length > 100 && data.dependencies.length > 10, 'the shipped dataset is loaded');
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has one contract per registered analysis, in the registry order', () => {
    assert.deepEqual(
      ANALYSIS_CONTRACTS.map((c) => c.id),
      ANALYSES.map((a) => a.id),
    );
    for (const a of ANALYSES) {
      assert.equal(a.contract.path, `/api/analyses/${a.id}`);
      assert.equal(a.params, a.contract.input, `${a.id}: the parameters are the contract's`);
      assert.deepEqual(Object.keys(a.outputs.tables), Object.keys(a.contract.tables ?? {}), a.id);
      assert.equal(Boolean(a.graph), a.contract.formats?.includes('gexf') ?? false, a.id);
    }
    assert.deepEqual(
      Object.keys(CASES),
      ANALYSES.map((a) => a.id),
      'this test covers every analysis',
    );
  });

  for (const [id, cases] of Object.entries(CASES)) {
    it(`${id}: the result schema accepts every result, as returned and as JSON`, () => {
      const a = getAnalysis(id);
      for (const raw of cases) {
        const label = `${id} ${JSON.stringify(raw)}`;
        const result = a.run(data, parseParams(a, raw));
        const direct = a.contract.result.safeParse(result);
        assert.ok(direct.success, `${label}: ${direct.success ? '' : z.prettifyError(direct.error)}`);
        const json = a.contract.result.safeParse(JSON.parse(JSON.stringify(result)));
        assert.ok(json.success, `${label} as JSON: ${json.success ? '' : z.prettifyError(json.error)}`);
        for (const table of Object.keys(a.outputs.tables)) {
          const csv = render(a, result, 'csv', table);
          assert.ok(csv.endsWith('\r\n'), `${label}: CSV table ${table}`);
        }
      }
    });
  }

  it('the results are not empty: the cases exercise the schemas', () => {
    const run = (id: string, raw: Record<string, unknown>) => {
      const a = getAnalysis(id);
      return a.run(data, parseParams(a, raw)) as Record<string, unknown[]>;
    };
    assert.ok(run('series', CASES.series![0]!).buckets!.length > 0);
    const net = run('network', CASES.network![0]!) as unknown as { edges: Array<{ contributions: unknown[] }> };
    assert.ok(
      net.edges.some((e) => e.contributions.length > 0),
      'explained edges',
    );
    const quiet = run('network', CASES.network![1]!) as unknown as { edges: Array<{ contributions: unknown[] }> };
    assert.ok(quiet.edges.length > 0 && quiet.edges.every((e) => e.contributions.length === 0), 'explain=false');
    assert.ok(run('diff', CASES.diff![0]!).changes!.length > 0);
    assert.ok(run('power', CASES.power![1]!).ratios!.length === 3);
    const eu = run('exposure', CASES.exposure![1]!);
    assert.ok(eu.projections!.length > 0, 'a projection in force');
    const isr = run('exposure', CASES.exposure![2]!) as unknown as { edges: Array<{ someYears: unknown }> };
    assert.ok(
      isr.edges.some((e) => e.someYears !== null),
      'a some-years figure',
    );
  });

  it('a result that breaks its contract is refused', () => {
    const a = getAnalysis('network');
    const result = a.run(data, parseParams(a, { at: '2024' })) as { edges: Array<Record<string, unknown>> };
    const broken = { ...result, edges: [{ ...result.edges[0], weight: 'strong' }] };
    assert.equal(a.contract.result.safeParse(broken).success, false);
    assert.equal(a.contract.result.safeParse({ ...result, extra: 1 }).success, false, 'no unknown fields');
  });
});

describe('the OpenAPI document types every analysis result', () => {
  type Schema = { $ref?: string; type?: string; properties?: Record<string, unknown> };
  const doc = openApiDocument(analysisRoutes, '0.0.0') as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Schema }> }> } }>;
    components: { schemas: Record<string, Schema> };
  };
  const resolve = (s: Schema): Schema =>
    s.$ref ? resolve(doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] ?? {}) : s;

  for (const c of ANALYSIS_CONTRACTS) {
    it(`${c.path} answers a ${c.id} result with its properties`, () => {
      const ok = doc.paths[c.path]?.get.responses['200']?.content['application/json']?.schema;
      assert.ok(ok, `${c.path} has a JSON 200 response`);
      const schema = resolve(ok);
      assert.equal(schema.type, 'object');
      const shape = (c.result as z.ZodObject).shape;
      assert.deepEqual(Object.keys(schema.properties ?? {}), Object.keys(shape), c.id);
      assert.ok(ok.$ref, `${c.id}: the result is a named schema`);
    });
  }
});
