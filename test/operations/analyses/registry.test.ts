import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UndirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { paramsSchema, parseParams, render } from '../../../src/operations/analyses/analysis.js';
import { analysisData } from '../../../src/analysis/input.js';
import { ANALYSES, getAnalysis } from '../../../src/operations/analyses/registry.js';
import { UsageError, NotFoundError } from '../../../src/model/index.js';
import { ev, rel } from '../../analysis/fixtures.js';

const data = analysisData({
  relations: [rel('ally', 'alliance', 'AAA', 'BBB', 1, 1, '2000'), rel('war', 'war', 'AAA', 'CCC', -1, 1, '2020')],
  events: [ev('hit', '2024-01-01', 'CCC', 'BBB', 'ASSAULT', { summary: 'A "quoted", <tagged> & comma, summary' })],
  actors: [{ id: 'AAA', kind: 'state', name: 'Alpha & Co' }],
});

test('every analysis is described once: id, title, parameters with descriptions and defaults, outputs', () => {
  assert.deepEqual(
    ANALYSES.map((a) => a.id),
    ['series', 'network', 'blocs', 'diff', 'trajectory', 'power', 'exposure'],
  );
  for (const a of ANALYSES) {
    const schema = paramsSchema(a) as { properties: Record<string, { description?: string }> };
    for (const [name, prop] of Object.entries(schema.properties))
      assert.ok(prop.description, `${a.id}.${name} has a description`);
    for (const p of a.positional) assert.ok(p in schema.properties, `${a.id}: positional ${p} is a parameter`);
    assert.ok(Object.keys(a.outputs.tables).length > 0);
  }
  const network = paramsSchema(getAnalysis('network')) as { properties: Record<string, { default?: unknown }> };
  assert.equal(network.properties.halfLife!.default, 365);
  assert.throws(() => getAnalysis('nope'), NotFoundError);
});

test('bad parameters are a usage error that names the parameter', () => {
  assert.throws(
    () => parseParams(getAnalysis('network'), { at: '2024-02-30' }),
    (e: unknown) => e instanceof UsageError && /at: .*impossible/.test(e.message),
  );
  assert.throws(() => parseParams(getAnalysis('series'), { a: 'AAA', b: 'BBB', granularity: 'week' }), UsageError);
});

test('network exports: JSON contract, CSV tables, GEXF that graphology reads back, GraphML', () => {
  const a = getAnalysis('network');
  const result = a.run(data, parseParams(a, { at: '2024-06-01' }));
  const json = JSON.parse(render(a, result, 'json')) as {
    date: string;
    nodes: Array<{ id: string; bloc: number }>;
    edges: Array<{ source: string; target: string; weight: number; contributions: unknown[] }>;
  };
  assert.equal(json.date, '2024-06-01');
  assert.deepEqual(
    json.nodes.map((n) => n.id),
    ['AAA', 'BBB', 'CCC'],
  );
  assert.ok(json.nodes.every((n) => typeof n.bloc === 'number'));
  assert.deepEqual(
    json.edges.map((e) => [e.source, e.target, Math.sign(e.weight)]),
    [
      ['AAA', 'BBB', 1],
      ['AAA', 'CCC', -1],
      ['BBB', 'CCC', -1],
    ],
  );
  const csv = render(a, result, 'csv', 'contributions');
  assert.match(csv, /^source,target,kind,id,type,date,weight,citations\r\n/);
  assert.match(csv, /BBB,CCC,event,hit,ASSAULT,2024-01-01,/);
  assert.throws(() => render(a, result, 'csv', 'nope'), UsageError);
  const gexf = render(a, result, 'gexf');
  const back = parse(UndirectedGraph, gexf);
  assert.equal(back.order, 3);
  assert.equal(back.size, 3);
  assert.equal(back.getNodeAttribute('AAA', 'label'), 'Alpha & Co');
  assert.equal(back.getEdgeAttribute('AAA--CCC', 'weight'), -1);
  const graphml = render(a, result, 'graphml');
  assert.equal(graphml.match(/<node id=/g)?.length, 3);
  assert.equal(graphml.match(/<edge id=/g)?.length, 3);
  assert.match(graphml, /<key id="e_weight" for="edge" attr.name="weight" attr.type="double"\/>/);
  assert.match(graphml, /Alpha &amp; Co/);
  assert.equal(
    graphml.match(/<node[ >]/g)?.length,
    graphml.match(/<\/node>|<node [^>]*\/>/g)?.length,
    'balanced node tags',
  );
});

test('every analysis renders JSON and each of its CSV tables; non-graph analyses refuse GEXF', () => {
  const raw: Record<string, Record<string, unknown>> = {
    series: { a: 'CCC', b: 'BBB' },
    trajectory: { a: 'AAA', b: 'BBB', from: '2023', to: '2024' },
    network: { at: '2024' },
    blocs: { at: '2024' },
    diff: { from: '2019', to: '2024' },
    power: { at: '2024' },
    exposure: { at: '2024' },
  };
  for (const a of ANALYSES) {
    const result = a.run(data, parseParams(a, raw[a.id]!));
    assert.doesNotThrow(() => JSON.parse(render(a, result, 'json')));
    for (const t of Object.keys(a.outputs.tables))
      assert.ok(render(a, result, 'csv', t).endsWith('\r\n'), `${a.id} ${t}`);
    if (a.graph) assert.match(render(a, result, 'gexf'), /<gexf/);
    else assert.throws(() => render(a, result, 'gexf'), UsageError);
  }
});
