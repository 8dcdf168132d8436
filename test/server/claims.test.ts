/**
 * GET /api/claims over a real HTTP listener, on each backend: the shipped claims with the corridor
 * network (route claims judged), the same verdicts the engine gives, a filter by verdict, and the mini
 * dataset's one claim with its figures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDataset } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { forEachBackend, type Fixture } from './fixture.js';

interface ClaimJson {
  id: string;
  verdict: 'agrees' | 'disagrees' | 'undetermined';
  figures: Record<string, unknown> | Array<Record<string, unknown>>;
  checks: Array<{ kind: string; verdict: string; figures: Record<string, unknown>; reason?: string }>;
  citations: Array<{ source: string; start: number; end: number; sha256: string }>;
  known_disagreement?: string;
}

forEachBackend(({ miniApp, shippedApp }) => {
  describe('claims API', () => {
    let f: Fixture;
    let http: Listening;
    before(async () => {
      f = await shippedApp();
      http = await listen(f.app, '127.0.0.1', 0);
    });
    after(async () => {
      await http.close();
      await f.close();
    });

    it("evaluates every shipped claim, routes included, in the dataset's order", async () => {
      const res = await fetch(`${http.url}/api/claims`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/json/);
      const list = (await res.json()) as ClaimJson[];
      const { dataset } = loadDataset(defaultDataDir(), defaultSourcesDir());
      assert.deepEqual(
        list.map((c) => c.id),
        dataset.claims.map((c) => c.id),
      );
      for (const c of list) {
        assert.ok(['agrees', 'disagrees', 'undetermined'].includes(c.verdict), c.id);
        assert.deepEqual(c.citations, dataset.claims.find((x) => x.id === c.id)!.citations);
      }
      const routes = list.flatMap((c) => c.checks.filter((k) => k.kind === 'route'));
      assert.ok(routes.length > 0, 'the shipped claims test routes');
      for (const r of routes)
        assert.doesNotMatch(r.reason ?? '', /no corridor network/, 'the server routes on its network');
      assert.ok(
        routes.some((r) => (r.figures.countries as string[]).length > 0),
        'a route claim shows the countries its route crosses',
      );
    });

    it('filters by verdict, and refuses an unknown one', async () => {
      const all = (await (await fetch(`${http.url}/api/claims`)).json()) as ClaimJson[];
      const agree = (await (await fetch(`${http.url}/api/claims?verdict=agrees`)).json()) as ClaimJson[];
      assert.deepEqual(
        agree.map((c) => c.id),
        all.filter((c) => c.verdict === 'agrees').map((c) => c.id),
      );
      const bad = await fetch(`${http.url}/api/claims?verdict=maybe`);
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(await bad.json()), /verdict/);
    });

    it('on the mini dataset: one claim, with the figures behind its verdict', async () => {
      const g = await miniApp();
      const h = await listen(g.app, '127.0.0.1', 0);
      try {
        const list = (await (await fetch(`${h.url}/api/claims`)).json()) as ClaimJson[];
        assert.equal(list.length, 1);
        assert.equal(list[0]!.id, 'northland-backs-alphaland');
        assert.equal(list[0]!.verdict, 'agrees');
        const figures = list[0]!.figures as Record<string, unknown>;
        assert.equal(figures.pair, 'AAA–NNN');
        assert.ok((figures.weight as number) > 0);
      } finally {
        await h.close();
        await g.close();
      }
    });
  });
});
