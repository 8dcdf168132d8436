/** GET /api/analyses and one route per registered analysis, on the mini dataset. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ANALYSES, runAnalysis } from '../../src/operations/analyses/registry.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Err = { error: { code: string; message: string; details?: Array<{ field?: string }> } };

/** Parameters that make each analysis run on the mini dataset. */
const VALID: Record<string, string> = {
  series: 'a=AAA&b=BBB&granularity=month',
  network: 'at=2024-06-01',
  blocs: 'at=2024-06-01',
  diff: 'from=2019-12-31&to=2024-06-01',
  trajectory: 'a=AAA&b=NNN&from=2018&to=2024&step=year',
  power: 'at=2024',
  exposure: 'at=2024',
};

forEachBackend(({ miniApp }) => {
  describe('analyses API', () => {
    let f: Fixture;
    before(async () => (f = await miniApp()));
    after(() => f.close());

    it('describes every registered analysis with its parameters as JSON Schema', async () => {
      type D = Array<{ id: string; params: { properties: Record<string, unknown> }; path: string }>;
      const { status, body } = await f.json<D>('/api/analyses');
      assert.equal(status, 200);
      assert.deepEqual(
        body.map((a) => a.id),
        ANALYSES.map((a) => a.id),
      );
      for (const a of body) {
        assert.equal(a.path, `/api/analyses/${a.id}`);
        assert.ok(Object.keys(a.params.properties).length > 0, a.id);
      }
      assert.deepEqual(Object.keys(VALID).sort(), ANALYSES.map((a) => a.id).sort(), 'this test covers every analysis');
    });

    it('runs every analysis with query parameters, giving what the engine gives', async () => {
      const data = await f.ctx.data.analysisData();
      for (const a of ANALYSES) {
        const { status, body } = await f.json(`/api/analyses/${a.id}?${VALID[a.id]}`);
        assert.equal(status, 200, `${a.id}: ${JSON.stringify(body)}`);
        // VALID holds only strings (ids, dates, choices), so the query reads as the engine's parameters as they are.
        const params = Object.fromEntries(new URLSearchParams(VALID[a.id]));
        assert.deepEqual(body, JSON.parse(JSON.stringify(runAnalysis(a.id, data, params).result)), a.id);
      }
    });

    it('reads lists, numbers and booleans from the query and resolves actor names', async () => {
      type Net = {
        date: string;
        edges: Array<{ source: string; target: string; contributions: unknown[] }>;
        nodes: Array<{ id: string }>;
      };
      const { status, body } = await f.json<Net>(
        '/api/analyses/network?at=2024-06-01&actors=Alphaland,Northland&window=3650&halfLife=0&explain=false',
      );
      assert.equal(status, 200);
      assert.deepEqual(body.nodes.map((n) => n.id).sort(), ['AAA', 'NNN']);
      assert.ok(body.edges.length > 0);
      for (const e of body.edges) assert.deepEqual(e.contributions, [], 'explain=false');
      const series = await f.json<{ a: string; b: string }>('/api/analyses/series?a=Alphaville&b=Betaland');
      assert.deepEqual([series.body.a, series.body.b], ['AAA', 'BBB']);
    });

    it('rejects missing and malformed parameters, naming them', async () => {
      const cases: Array<[string, string | undefined, RegExp]> = [
        ['network', undefined, /at/],
        ['network?at=2024-02-30', 'at', /impossible/],
        ['network?at=2024&window=soon', 'window', /number/],
        ['network?at=2024&window=-5', 'window', /0/],
        ['network?at=2024&explain=perhaps', 'explain', /explain must be true or false \(got "perhaps"\)/],
        ['network?at=2024&kinds=planet', 'kinds.0', /state/],
        ['network?at=2024&colour=red', 'colour', /Unrecognized/],
        ['series?a=AAA', 'b', /b/],
        ['series?a=AAA&b=BBB&granularity=decade', 'granularity', /year/],
      ];
      for (const [path, field, message] of cases) {
        const { status, body } = await f.json<Err>(`/api/analyses/${path}`);
        assert.equal(status, 400, path);
        assert.equal(body.error.code, 'invalid', path);
        if (field)
          assert.ok(
            body.error.details?.some((d) => d.field === field),
            `${path}: ${JSON.stringify(body.error)}`,
          );
        assert.match(body.error.message, message, path);
      }
      const unknown = await f.json<Err>('/api/analyses/series?a=Omegaland&b=BBB');
      assert.equal(unknown.status, 404);
    });

    it('refuses requests that would cost too much', async () => {
      for (const path of [
        'network?at=2024&window=1000000',
        'trajectory?a=AAA&b=BBB&from=1000&to=2024&step=month',
        `network?at=2024&actors=${Array.from({ length: 501 }, (_, i) => `X${i}`).join(',')}`,
      ]) {
        const { status, body } = await f.json<Err>(`/api/analyses/${path}`);
        assert.equal(status, 422, path);
        assert.equal(body.error.code, 'too_costly');
      }
    });

    it('exports CSV tables and graphs', async () => {
      const csv = await f.get('/api/analyses/network?at=2024-06-01&format=csv&table=nodes');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assert.match((await csv.text()).split('\n')[0]!, /^id,name,kind,bloc/);
      const gexf = await f.get('/api/analyses/network?at=2024-06-01&format=gexf');
      assert.match(await gexf.text(), /<gexf/);
      const bad = await f.json<Err>('/api/analyses/network?at=2024-06-01&format=csv&table=nope');
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /edges, nodes, contributions/);
      assert.equal(
        (await f.get('/api/analyses/series?a=AAA&b=BBB&format=gexf')).status,
        400,
        'a series is not a graph',
      );
    });

    it('answers 404 for an analysis that is not registered', async () => {
      const { status, body } = await f.json<Err>('/api/analyses/astrology?at=2024');
      assert.equal(status, 404);
      assert.equal(body.error.code, 'not_found');
    });

    it('reuses the loaded events between calls and reloads them after a write', async () => {
      const before = await f.ctx.data.analysisData();
      await f.get('/api/analyses/network?at=2023-01-01');
      assert.equal(await f.ctx.data.analysisData(), before, 'same arrays, so the event index is built once');
      const e = (await f.ctx.store.getEvent('troop-move-denied-2024'))!;
      await f.ctx.store.putEvents([{ ...e, id: 'new-event-2024', date: '2024-03-01' }]);
      f.ctx.data.changed();
      const after = await f.ctx.data.analysisData();
      assert.notEqual(after, before);
      assert.ok(after.events.some((x) => x.id === 'new-event-2024'));
    });
  });
});
