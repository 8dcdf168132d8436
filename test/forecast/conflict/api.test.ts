/**
 * GET /api/forecast/conflict/:country on a real HTTP server over the shipped dataset: names resolve as
 * elsewhere, the answer has one row per horizon with coherent probabilities, and bad input is a 4xx
 * naming what is wrong.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedApp, type Fixture } from '../../server/fixture.js';

let f: Fixture;
before(async () => (f = await shippedApp()));
after(() => f.close());

test('a forecast by name, from an origin before the 2020 war', async () => {
  const r = await f.get('/api/forecast/conflict/Azerbaijan?horizon=3&at=2020-08');
  assert.equal(r.status, 200);
  const body = (await r.json()) as {
    country: string;
    origin: string;
    model: string;
    months: Array<{ month: string; pAny: number; pThreshold: number; quantiles: Record<string, number> }>;
  };
  assert.equal(body.country, 'AZE');
  assert.equal(body.origin, '2020-08');
  assert.equal(body.model, 'pooled');
  assert.deepEqual(
    body.months.map((m) => m.month),
    ['2020-09', '2020-10', '2020-11'],
  );
  for (const m of body.months) {
    assert.ok(m.pAny >= m.pThreshold && m.pAny <= 1 && m.pThreshold >= 0);
    assert.ok(m.quantiles.q5! <= m.quantiles.q50! && m.quantiles.q50! <= m.quantiles.q95!);
  }
});

test('bad input: horizon, origin, a country without a series', async () => {
  const horizon = await f.get('/api/forecast/conflict/AZE?horizon=7');
  assert.equal(horizon.status, 400);
  assert.match(await horizon.text(), /horizon/);
  const early = await f.get('/api/forecast/conflict/AZE?at=1970-01');
  assert.equal(early.status, 400);
  assert.match(await early.text(), /outside the data.*1989-01 to 2024-12/);
  const usa = await f.get('/api/forecast/conflict/USA');
  assert.equal(usa.status, 404);
  assert.match(await usa.text(), /USA.*ARM \(Armenia\)/);
  const nobody = await f.get('/api/forecast/conflict/Narnia');
  assert.equal(nobody.status, 404);
  assert.match(await nobody.text(), /Narnia/);
});
