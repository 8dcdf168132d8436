/** The network routes on the shipped dataset: places, GeoJSON at a date, segments, corridors, impact, routing. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findRoutes, statusAt } from '../../src/corridors/index.js';
import { forEachBackend, type Fixture } from './fixture.js';

type Err = { error: { code: string; message: string; details?: Array<{ field?: string }> } };
type FC = { type: string; features: Array<{ geometry: { type: string }; properties: Record<string, unknown> }> };
type RouteRes = {
  from: string;
  to: string;
  routes: Array<{ countries: string[]; segments: Array<{ id: string }>; geojson: FC }>;
  reason?: string;
};

forEachBackend(({ miniApp, shippedApp }) => {
  describe('corridors API (shipped dataset)', () => {
    let f: Fixture;
    before(async () => (f = await shippedApp()));
    after(() => f.close());

    it('lists places, filtered by country and kind', async () => {
      const all = await f.json<Array<{ id: string; country: string; kind: string }>>('/api/places');
      assert.equal(all.status, 200);
      assert.equal(all.body.length, (await f.ctx.data.network()).places.length);
      const ports = await f.json<Array<{ country: string; kind: string }>>('/api/places?country=aze&kind=port');
      assert.ok(ports.body.length > 0);
      for (const p of ports.body) assert.deepEqual([p.country, p.kind], ['AZE', 'port']);
      assert.equal((await f.get('/api/places?kind=airport')).status, 400);
    });

    it('draws the network at a date: segment statuses follow the date, missing ones are left out', async () => {
      const net = await f.ctx.data.network();
      for (const at of ['2010-01-01', '2026-01-01']) {
        const { status, body } = await f.json<FC>(`/api/network?at=${at}`);
        assert.equal(status, 200);
        const lines = body.features.filter((x) => x.geometry.type === 'LineString');
        const expected = net.segments.filter((s) => statusAt(s, at) !== null);
        assert.deepEqual(lines.map((l) => l.properties.id).sort(), expected.map((s) => s.id).sort(), at);
        for (const l of lines)
          assert.equal(
            l.properties.status,
            statusAt(
              net.segments.find((s) => s.id === l.properties.id)!,
              at,
            ),
          );
        assert.equal(body.features.filter((x) => x.geometry.type === 'Point').length, net.places.length);
      }
      const withPlanned = await f.json<FC>('/api/network?at=2026-01-01');
      const without = await f.json<FC>('/api/network?at=2026-01-01&planned=false');
      const planned = withPlanned.body.features.filter(
        (x) => x.properties.status === 'planned' || x.properties.status === 'under-construction',
      );
      assert.ok(planned.length > 0, 'TRIPP is planned in 2026');
      assert.equal(without.body.features.length, withPlanned.body.features.length - planned.length);
      assert.equal((await f.get('/api/network?at=yesterday')).status, 400);
    });

    it('gives one segment with its status at a date and its cited passages', async () => {
      const net = await f.ctx.data.network();
      const seg = net.segments.find((s) => s.status.some((x) => x.citations.length))!;
      const { status, body } = await f.json<{
        segment: { id: string };
        status: string | null;
        passages: Array<{ text: string | null }>;
      }>(`/api/segments/${seg.id}?at=2026-01-01`);
      assert.equal(status, 200);
      assert.equal(body.segment.id, seg.id);
      assert.equal(body.status, statusAt(seg, '2026-01-01'));
      assert.ok(
        body.passages.length > 0 && body.passages.every((p) => typeof p.text === 'string' && p.text.length > 0),
      );
      assert.equal((await f.get('/api/segments/no-such-segment')).status, 404);
    });

    it('lists corridors joined to their dataset records', async () => {
      type Row = {
        id: string;
        network: { id: string } | null;
        record: { id: string } | null;
        segments: string[];
        statuses: Record<string, number>;
      };
      const { status, body } = await f.json<Row[]>('/api/corridors?at=2026-01-01');
      assert.equal(status, 200);
      const net = await f.ctx.data.network();
      for (const c of net.corridors)
        assert.ok(
          body.some((r) => r.id === c.id && r.network?.id === c.id),
          c.id,
        );
      const tripp = body.find((r) => r.id === 'tripp')!;
      assert.ok(tripp.record, 'TRIPP has a dataset record');
      assert.equal(
        Object.values(tripp.statuses).reduce((a, b) => a + b, 0),
        tripp.segments.length,
      );
      const records = await f.ctx.store.listCorridors();
      for (const r of records)
        assert.ok(
          body.some((row) => row.record?.id === r.id),
          `record ${r.id} is listed`,
        );
    });

    it("reports a corridor's impact by name or alias, 404 for an unknown one", async () => {
      type Impact = { corridor: { id: string }; pairs: unknown[]; countries: unknown[] };
      const byAlias = await f.json<Impact>('/api/corridors/Zangezur/impact?at=2026-01-01');
      assert.equal(byAlias.status, 200);
      assert.equal(byAlias.body.corridor.id, 'tripp');
      assert.ok(byAlias.body.pairs.length > 0 && byAlias.body.countries.length > 0);
      const missing = await f.json<Err>('/api/corridors/silk-road-2/impact');
      assert.equal(missing.status, 404);
      assert.match(missing.body.error.message, /known: .*tripp/);
      assert.equal((await f.get('/api/corridors/tripp/impact?by=speed')).status, 400);
    });

    it('plans routes that respect the constraints, each with GeoJSON', async () => {
      const free = await f.json<RouteRes>('/api/route?from=Baku&to=Kars&at=2026-01-01&alternatives=3');
      assert.equal(free.status, 200);
      assert.ok(free.body.routes.length >= 1);
      assert.ok(free.body.routes[0]!.countries.includes('GEO'), 'the best route runs through Georgia');
      for (const r of free.body.routes) {
        assert.deepEqual(
          r.geojson.features.filter((x) => x.geometry.type === 'LineString').map((x) => x.properties.id),
          r.segments.map((s) => s.id),
        );
      }
      const avoid = await f.json<RouteRes>('/api/route?from=Baku&to=Kars&at=2026-01-01&avoid=GEO&alternatives=3');
      assert.equal(avoid.status, 200);
      assert.ok(avoid.body.routes.length >= 1);
      for (const r of avoid.body.routes) assert.ok(!r.countries.includes('GEO'), r.countries.join('-'));
      const engine = findRoutes(await f.ctx.data.network(), 'Baku', 'Kars', {
        at: '2026-01-01',
        avoid: ['GEO'],
        alternatives: 3,
      });
      assert.deepEqual(
        avoid.body.routes.map((r) => r.segments.map((s) => s.id)),
        engine.routes.map((r) => r.segments.map((s) => s.id)),
      );
    });

    it('answers 200 with no routes and a reason when nothing connects', async () => {
      const { status, body } = await f.json<RouteRes>(
        '/api/route?from=Baku&to=Kars&at=2026-01-01&avoid=GEO,IRN,ARM,AZE',
      );
      assert.equal(status, 200);
      assert.deepEqual(body.routes, []);
      assert.ok(body.reason && body.reason.length > 0);
    });

    it('rejects malformed and costly route requests', async () => {
      const bad: Array<[string, number, string]> = [
        ['/api/route?from=Baku', 400, 'invalid'],
        ['/api/route?from=Baku&to=Kars&modes=teleport', 400, 'invalid'],
        ['/api/route?from=Baku&to=Kars&by=beauty', 400, 'invalid'],
        ['/api/route?from=Baku&to=Kars&alternatives=0', 400, 'invalid'],
        ['/api/route?from=Baku&to=Baku', 400, 'invalid'],
        ['/api/route?from=Baku&to=Atlantis', 404, 'not_found'],
        ['/api/route?from=Baku&to=Kars&alternatives=11', 422, 'too_costly'],
      ];
      for (const [path, code, kind] of bad) {
        const { status, body } = await f.json<Err>(path);
        assert.equal(status, code, path);
        assert.equal(body.error.code, kind, path);
      }
    });

    it('serves the Natural Earth layers by name', async () => {
      const list = await f.json<Array<{ layer: string }>>('/api/geo');
      assert.ok(list.body.some((l) => l.layer === 'countries') && list.body.some((l) => l.layer === 'disputed_areas'));
      const countries = await f.json<FC>('/api/geo/countries');
      assert.equal(countries.status, 200);
      assert.equal(countries.body.type, 'FeatureCollection');
      assert.ok(countries.body.features.some((x) => x.properties.iso_a3 === 'ARM'));
      const missing = await f.json<Err>('/api/geo/railways');
      assert.equal(missing.status, 404);
      assert.match(missing.body.error.message, /countries/);
    });
  });

  describe('corridors API without a network or geodata', () => {
    it('says what is missing with 503', async () => {
      const f = await miniApp({ geoDir: '/nonexistent/geo' });
      try {
        for (const path of [
          '/api/places',
          '/api/network',
          '/api/route?from=a&to=b',
          '/api/corridors',
          '/api/geo/countries',
        ]) {
          const { status, body } = await f.json<Err>(path);
          assert.equal(status, 503, path);
          assert.equal(body.error.code, 'unavailable');
          assert.match(body.error.message, /network|geodata/);
        }
      } finally {
        await f.close();
      }
    });
  });
});
