/**
 * Scenarios through the API and the CLI on the shipped dataset: the five shipped scenarios are usable;
 * `scenario=ID` marks every answer and changes what the scenario says it changes; the evidence's
 * answers are the same before and after a scenario ran (nothing hypothetical leaks); and a broken
 * scenario file is refused with its file and field, nothing of it applied.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orrery } from '../helpers/cli.js';
import { miniApp, shippedApp, type Fixture } from './fixture.js';
import { DATA_DIR } from '../corridors/fixtures.js';

const SHIPPED = [
  'aras-road-closed',
  'armenia-leaves-csto',
  'russia-leaves-gyumri',
  'tripp-opens',
  'upper-lars-closed',
  'washington-steps-back',
];

describe('scenarios over the shipped dataset', () => {
  let f: Fixture;
  before(async () => (f = await shippedApp()));
  after(() => f.close());

  test('the shipped scenarios are listed and usable, each change with its rationale', async () => {
    const { status, body } =
      await f.json<Array<{ id: string; usable: boolean; problems: string[]; changes: Array<{ rationale: string }> }>>(
        '/api/scenarios',
      );
    assert.equal(status, 200);
    for (const id of SHIPPED) {
      const s = body.find((x) => x.id === id);
      assert.ok(s, id);
      assert.equal(s.usable, true, `${id}: ${s.problems.join('; ')}`);
      assert.ok(s.changes.length > 0 && s.changes.every((c) => c.rationale.length > 10));
    }
  });

  test('scenario diff: leaving the CSTO flips the ARM–CSTO tie, and the tie is marked hypothetical', async () => {
    const { status, body } = await f.json<{
      ties: Array<{ a: string; b: string; change: string; hypothetical: boolean }>;
      scenario: { hypothetical: boolean };
    }>('/api/scenarios/armenia-leaves-csto/diff?at=2026-12');
    assert.equal(status, 200);
    assert.equal(body.scenario.hypothetical, true);
    const t = body.ties.find((x) => [x.a, x.b].sort().join() === 'ARM,CSTO');
    assert.ok(t, JSON.stringify(body.ties));
    assert.ok(['flips', 'weakens', 'vanishes'].includes(t.change));
    assert.equal(t.hypothetical, true);
  });

  test('routes: TRIPP shortens Baku–Nakhchivan across Armenia; closing the Aras road lengthens Yerevan–Nakhchivan', async () => {
    const route = async (q: string) =>
      (
        await f.json<{ routes: Array<{ distance_km: number; countries: string[] }>; scenario?: { id: string } }>(
          `/api/route?${q}`,
        )
      ).body;
    const base = await route('from=baku&to=nakhchivan&at=2028-06');
    const tripp = await route('from=baku&to=nakhchivan&at=2028-06&scenario=tripp-opens');
    assert.equal(base.scenario, undefined);
    assert.equal(tripp.scenario?.id, 'tripp-opens');
    assert.ok(tripp.routes[0]!.distance_km < base.routes[0]!.distance_km - 300);
    assert.ok(tripp.routes[0]!.countries.includes('ARM'));
    const diff = (
      await f.json<{ routes: Array<{ from: string; to: string; change: string }> }>(
        '/api/scenarios/aras-road-closed/diff?at=2026-12',
      )
    ).body;
    assert.ok(
      diff.routes.some((r) => r.from === 'yerevan' && r.to === 'nakhchivan' && r.change === 'lengthens'),
      JSON.stringify(diff.routes),
    );
  });

  test('nothing hypothetical leaks into answers about the evidence', async () => {
    const before = await (await f.get('/api/analyses/network?at=2026-12')).text();
    const events0 = await (await f.get('/api/events?format=jsonl')).text();
    const under = (
      await f.json<{ scenario: { records: string[] }; edges: unknown[] }>(
        '/api/analyses/network?at=2026-12&scenario=armenia-leaves-csto',
      )
    ).body;
    assert.ok(under.scenario.records.includes('arm-quits-csto-2026'));
    await f.json('/api/claims?scenario=russia-leaves-gyumri');
    await f.json('/api/route?from=baku&to=nakhchivan&at=2028-06&scenario=tripp-opens');
    assert.equal(await (await f.get('/api/analyses/network?at=2026-12')).text(), before);
    const events1 = await (await f.get('/api/events?format=jsonl')).text();
    assert.equal(events1, events0);
    assert.ok(!events1.includes('arm-quits-csto-2026'));
    assert.equal((await f.get('/api/events/arm-quits-csto-2026')).status, 404);
    const base = (
      await f.json<{ routes: Array<{ distance_km: number }> }>('/api/route?from=baku&to=nakhchivan&at=2028-06')
    ).body;
    assert.ok(base.routes[0]!.distance_km > 900, 'the evidence route still goes round');
  });

  test('bargaining: with Washington stepping back the Syunik median moves, marked; the evidence answer stays', async () => {
    type Forecast = {
      forecasts: Array<{ name: string; forecast: number }>;
      inputs: Array<{ actor: string; salience: { value: number; estimate?: string } }>;
      scenario?: { id: string; hypothetical: boolean };
    };
    const path = '/api/forecast/issues/syunik-corridor';
    const base = (await f.json<Forecast>(path)).body;
    const under = await f.json<Forecast>(`${path}?scenario=washington-steps-back`);
    assert.equal(under.status, 200);
    assert.equal(under.body.scenario?.hypothetical, true);
    const usa = under.body.inputs.find((a) => a.actor === 'USA')!;
    assert.equal(usa.salience.value, 20);
    assert.match(usa.salience.estimate ?? '', /^hypothetical/);
    const med = (r: Forecast) => r.forecasts.find((m) => m.name === 'median')!.forecast;
    assert.notEqual(med(under.body), med(base));
    assert.deepEqual(
      (await f.json<Forecast>(path)).body,
      base,
      'the evidence answer is the same after the scenario ran',
    );
    const diff = await f.json<{ issues: Array<{ issue: string; model: string; before: number; after: number }> }>(
      '/api/scenarios/washington-steps-back/diff?at=2026-12',
    );
    const m = diff.body.issues.find((x) => x.issue === 'syunik-corridor' && x.model === 'median');
    assert.deepEqual([m?.before, m?.after], [med(base), med(under.body)]);
  });

  test('an unknown scenario is a 404 naming the known ones', async () => {
    const { status, body } = await f.json<{ error: { message: string } }>('/api/analyses/blocs?at=2026&scenario=nope');
    assert.equal(status, 404);
    assert.match(body.error.message, /no scenario "nope".*tripp-opens/);
  });
});

describe('a broken scenario file', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'orrery-scenario-'));
    cpSync(DATA_DIR, join(root, 'caucasus'), { recursive: true });
    writeFileSync(
      join(root, 'caucasus', 'scenarios', 'broken.yaml'),
      [
        'id: broken',
        'title: Broken',
        'description: Names a segment and an actor that do not exist.',
        'from: 2026-01',
        'changes:',
        '  - { change: set-segment, segment: no-such-road, status: closed, rationale: testing }',
        '  - { change: add-relation, id: zz-tie, type: alliance, actors: [ARM, ZZZ], sign: 1, strength: 0.5, summary: x, rationale: testing }',
      ].join('\n'),
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('is listed as not usable, and running under it exits 4 naming the file and the field', () => {
    const env = { ORRERY_DATA: join(root, 'caucasus'), ORRERY_DB: join(root, 'orrery.db') };
    assert.equal(orrery(['init'], env).code, 0);
    const list = orrery(['scenario', 'list'], env);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /broken {2}\(NOT USABLE\)/);
    const run = orrery(['network', '--at', '2026-06', '--scenario', 'broken'], env);
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /scenario broken cannot be applied/);
    assert.match(run.stderr, /scenarios\/broken\.yaml.*field changes\.0\.segment.*unknown segment "no-such-road"/);
    assert.match(run.stderr, /field changes\.1\.actors\.1.*unknown actor "ZZZ"/);
    const validate = orrery(['validate'], env);
    assert.equal(validate.code, 1);
    assert.match(
      validate.stdout,
      /broken\.yaml, record broken, field changes\.0\.segment: unknown segment "no-such-road"/,
    );
    const ok = orrery(['scenario', 'diff', 'upper-lars-closed', '--at', '2026-12', '--json'], env);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(
      (JSON.parse(ok.stdout) as { routes: unknown[] }).routes.length > 0,
      'one broken file does not stop the others',
    );
  });
});

describe('saving a scenario through the API', () => {
  const TOKEN = 'scenario-token-123';
  let f: Fixture;
  before(async () => (f = await miniApp({ token: TOKEN })));
  after(() => f.close());
  const post = (body: unknown, q = '', token = TOKEN) =>
    f.json<{ id?: string; usable?: boolean; error?: { message: string } }>(`/api/scenarios${q}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  const rupture = {
    id: 'rupture',
    title: 'A rupture',
    description: 'Alphaland and Northland fall out.',
    from: '2024-06',
    changes: [
      {
        change: 'add-relation',
        id: 'aaa-nnn-hostility',
        type: 'hostility',
        actors: ['AAA', 'NNN'],
        sign: -1,
        strength: 0.8,
        summary: 'They fall out.',
        rationale: 'testing a save',
      },
    ],
  };

  test('a good scenario is written as a file and runs at once; a second save needs replace=true', async () => {
    const file = join(f.ctx.data.dataDir, 'scenarios', 'rupture.yaml');
    assert.equal((await post(rupture, '', 'wrong-token')).status, 401);
    assert.equal(existsSync(file), false);
    const saved = await post(rupture);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.usable, true);
    assert.match(readFileSync(file, 'utf8'), /aaa-nnn-hostility/);
    const net = await f.json<{
      edges: Array<{ source: string; target: string; weight: number }>;
      scenario: { id: string };
    }>('/api/analyses/network?at=2024-12&scenario=rupture');
    assert.equal(net.status, 200);
    assert.equal(net.body.scenario.id, 'rupture');
    const base = await f.json<typeof net.body>('/api/analyses/network?at=2024-12');
    const tie = (edges: typeof net.body.edges) =>
      edges.find((e) => [e.source, e.target].sort().join() === 'AAA,NNN')?.weight ?? 0;
    assert.ok(tie(net.body.edges) < tie(base.body.edges) - 0.5, `${tie(net.body.edges)} vs ${tie(base.body.edges)}`);
    assert.equal((await post(rupture)).status, 409);
    const replaced = await post({ ...rupture, title: 'A deeper rupture' }, '?replace=true');
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.match(readFileSync(file, 'utf8'), /A deeper rupture/);
  });

  test('a scenario naming an unknown actor is a 400 naming the field, and nothing is written', async () => {
    const bad = { ...rupture, id: 'bad-one', changes: [{ ...rupture.changes[0], actors: ['AAA', 'ZZZ'] }] };
    const r = await post(bad);
    assert.equal(r.status, 400);
    assert.match(r.body.error!.message, /changes\.0\.actors\.1.*unknown actor "ZZZ"/);
    assert.equal(existsSync(join(f.ctx.data.dataDir, 'scenarios', 'bad-one.yaml')), false);
    const shape = await post({ ...rupture, id: 'bad-two', changes: [{ ...rupture.changes[0], strength: 7 }] });
    assert.equal(shape.status, 400);
    assert.equal(existsSync(join(f.ctx.data.dataDir, 'scenarios', 'bad-two.yaml')), false);
  });
});
