/**
 * The block bootstrap of skill: with one block covering every origin, every draw is the backtest
 * itself; with a generator that always picks the first origin, every draw is that origin's skill;
 * and a seed gives the same intervals twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../../src/analysis/random.js';
import type { BacktestResult, ScoredForecast } from '../../../src/forecast/conflict/backtest.js';
import { skillIntervals } from '../../../src/forecast/conflict/interval.js';

const row = (model: string, origin: string, brier: number): ScoredForecast => ({
  model,
  country: 'AZE',
  origin,
  horizon: 1,
  subset: 'continuation',
  pAny: 0,
  pThreshold: 0,
  actual: 0,
  brier,
  brier25: brier,
  crps: brier,
  crpsLog: brier,
});

/** Model m against baseline b over three origins: Brier 0.1/0.2 at the first, 0.3/0.3, 0.2/0.5. */
function result(): BacktestResult {
  const forecasts = [
    row('m', '2020-01', 0.1),
    row('b', '2020-01', 0.2),
    row('m', '2020-02', 0.3),
    row('b', '2020-02', 0.3),
    row('m', '2020-03', 0.2),
    row('b', '2020-03', 0.5),
  ];
  return {
    from: '2020-01',
    to: '2020-03',
    countries: ['AZE'],
    horizons: [1],
    quiet: 12,
    threshold: 25,
    origins: 3,
    models: [],
    skill: [
      { model: 'm', baseline: 'b', subset: 'all', score: 'brier', skill: 1 - 0.6 / 1.0 },
      { model: 'm', baseline: 'b', subset: 'continuation', score: 'crps', skill: 1 - 0.6 / 1.0 },
    ],
    forecasts,
  };
}

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

test('one block of every origin: the interval is the point', () => {
  const [a, b] = skillIntervals(result(), mulberry32(1), { block: 3, draws: 50 });
  close(a!.low, 0.4);
  close(a!.high, 0.4);
  close(b!.low, 0.4);
});

test('always the first origin: its own skill, 1 − 0.1/0.2', () => {
  const [a] = skillIntervals(result(), () => 0, { block: 1, draws: 20 });
  close(a!.low, 0.5);
  close(a!.high, 0.5);
});

test('a seed gives the same intervals; the spread covers the origins’ range', () => {
  const x = skillIntervals(result(), mulberry32(7), { block: 1, draws: 400 });
  const y = skillIntervals(result(), mulberry32(7), { block: 1, draws: 400 });
  assert.deepEqual(x, y);
  // Per-origin skills are 0.5, 0 and 0.6; resampled sums stay within those bounds and spread out.
  assert.ok(x[0]!.low >= 0 && x[0]!.high <= 0.6 && x[0]!.low < 0.4 && x[0]!.high > 0.4);
});
