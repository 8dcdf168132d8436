/** The bargaining commands end to end, through the built `orrery` binary, on the shipped issues and DEU III. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orrery } from '../../helpers/cli.js';

test('forecast backtest deu3 --json: every model with name and mae, compromise near 23', () => {
  const r = orrery(['forecast', 'backtest', 'deu3', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    issues: number;
    models: Array<{ name: string; mae: number; rmse: number; within10: number }>;
    heldOut: { testIssues: number; blends: Array<{ alpha: number }> };
  };
  assert.equal(out.issues, 353);
  assert.deepEqual(
    out.models.map((m) => m.name),
    ['compromise', 'median', 'nash', 'bdm', 'condorcet'],
  );
  for (const m of out.models) assert.ok(m.mae > 0 && m.mae < 60 && m.rmse >= m.mae, m.name);
  assert.ok(Math.abs((out.models[0]?.mae ?? 0) - 23) < 0.5);
  assert.ok(out.heldOut.blends.every((b) => b.alpha >= 0 && b.alpha <= 1));
});

test('forecast backtest deu3 with ORRERY_DEU3 pointing nowhere fails with the path in the message', () => {
  const r = orrery(['forecast', 'backtest', 'deu3'], { ORRERY_DEU3: '/nonexistent/deu3.csv' });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /\/nonexistent\/deu3\.csv/);
});

test('forecast issues lists the three South Caucasus issues', () => {
  const r = orrery(['forecast', 'issues', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((i) => i.id);
  for (const id of ['syunik-corridor', 'armenia-constitution', 'armenia-eaeu-eu']) assert.ok(ids.includes(id), id);
});

test('forecast issue: a forecast per model, every input cited or an estimate, a ±10 sensitivity row per input', () => {
  const r = orrery(['forecast', 'issue', 'armenia-constitution', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    forecasts: Array<{ name: string; forecast: number }>;
    inputs: Array<Record<'position' | 'salience' | 'capability', { citations?: unknown[]; estimate?: string }>>;
    sensitivity: Array<{ input: string; range: Record<string, [number, number]> }>;
  };
  assert.deepEqual(
    out.forecasts.map((f) => f.name),
    ['compromise', 'median', 'nash', 'bdm', 'condorcet', 'bdm-deu3'],
  );
  for (const f of out.forecasts) assert.ok(f.forecast >= 0 && f.forecast <= 100, f.name);
  for (const a of out.inputs)
    for (const k of ['position', 'salience', 'capability'] as const)
      assert.ok((a[k].citations?.length ?? 0) > 0 !== (a[k].estimate !== undefined));
  // three inputs per actor and the reference point
  assert.equal(out.sensitivity.length, out.inputs.length * 3 + 1);
  for (const s of out.sensitivity)
    for (const f of out.forecasts) {
      const [lo, hi] = s.range[f.name] as [number, number];
      assert.ok(lo <= f.forecast + 1e-9 && f.forecast <= hi + 1e-9, `${s.input} ${f.name}`);
    }
  const table = orrery(['forecast', 'issue', 'armenia-constitution']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /Sensitivity/);
  assert.match(table.stdout, /estimate: /);
  assert.match(table.stdout, /cited: fortuna-2025@/);
});

test('forecast issue with an unknown id names the known ones', () => {
  const r = orrery(['forecast', 'issue', 'no-such-issue']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /no issue "no-such-issue".*syunik-corridor/);
});

test('forecast issue on a data folder with a bad issue file names the file and the field', () => {
  const data = join(mkdtempSync(join(tmpdir(), 'orrery-bargain-')), 'data', 'caucasus');
  mkdirSync(data, { recursive: true });
  cpSync(join('data', 'caucasus'), data, { recursive: true });
  writeFileSync(
    join(data, 'issues', 'syunik-corridor.yaml'),
    [
      'id: syunik-corridor',
      'title: t',
      'scale: { low: a, high: b }',
      "salienceScale: '0-1'",
      'capabilityMeaning: c',
      "asOf: '2026-01-01'",
      'actors:',
      '  - actor: ARM',
      '    position: { value: 30, estimate: "a reason that is long enough to count" }',
      '    salience: { value: 40, estimate: "a reason that is long enough to count" }',
      '    capability: { value: 30, estimate: "a reason that is long enough to count" }',
      '',
    ].join('\n'),
  );
  const r = orrery(['forecast', 'issue', 'syunik-corridor'], { ORRERY_DATA: data });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /issues\/syunik-corridor\.yaml.*field actors: an issue needs at least two actors/);
  assert.match(r.stderr, /field actors\.0\.salience\.value: salience 40 is outside this issue's salience scale 0-1/);
});
