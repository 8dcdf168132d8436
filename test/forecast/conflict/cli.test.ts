/**
 * The conflict family of `orrery forecast` run as a user runs it (bin/orrery.js, after `npm run
 * build`), on a fresh store of the shipped dataset: a forecast by country name, the backtest table as
 * JSON, and bad input refused with the reason.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orrery } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-conflict-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = { ORRERY_DB: join(dir, 'orrery.db') };

test('forecast conflict: a country by name, every horizon up to --horizon', () => {
  const r = orrery(['forecast', 'conflict', 'Armenia', '--horizon', '2', '--at', '2022-08', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const f = JSON.parse(r.stdout) as { country: string; origin: string; months: Array<{ month: string; pAny: number }> };
  assert.equal(f.country, 'ARM');
  assert.equal(f.origin, '2022-08');
  assert.deepEqual(
    f.months.map((m) => m.month),
    ['2022-09', '2022-10'],
  );
  const text = orrery(['forecast', 'conflict', 'GEO', '--horizon', '1'], env);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /Georgia \(GEO\).*after 2024-12/);
  assert.match(text.stdout, /2025-01/);
});

test('forecast conflict: bad input says what is wrong', () => {
  const horizon = orrery(['forecast', 'conflict', 'AZE', '--horizon', '9'], env);
  assert.notEqual(horizon.code, 0);
  assert.match(horizon.stderr, /--horizon/);
  const origin = orrery(['forecast', 'conflict', 'AZE', '--at', '2030-01'], env);
  assert.notEqual(origin.code, 0);
  assert.match(origin.stderr, /2030-01.*outside the data/);
  const unknown = orrery(['forecast', 'conflict', 'Atlantis'], env);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.stderr, /Atlantis/);
});

test('forecast backtest ucdp --json: every model with its Brier score, in under a minute', () => {
  const r = orrery(['forecast', 'backtest', 'ucdp', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const t = JSON.parse(r.stdout) as {
    from: string;
    models: Array<{ name: string; brier: number; onset: { n: number }; continuation: { n: number } }>;
    seconds: number;
  };
  assert.equal(t.from, '2010-01');
  assert.deepEqual(
    t.models.map((m) => m.name),
    ['zero', 'last', 'average', 'resample', 'hurdle', 'pooled', 'hurdle-orrery'],
  );
  for (const m of t.models) {
    assert.ok(m.brier > 0 && m.brier < 1, m.name);
    assert.ok(m.onset.n > 0 && m.continuation.n > 0);
  }
  assert.ok(t.seconds < 60, `${t.seconds} s`);
});
