/**
 * Each conflict model on small series worked by hand: the four baselines, the hurdle model's fitting
 * helpers and its forecasts on series whose answer is plain, and the linear pool.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageModel, poisson } from '../../../src/forecast/conflict/average.js';
import { blendModel, pool } from '../../../src/forecast/conflict/blend.js';
import { leastSquares, logistic, normalQuantile } from '../../../src/forecast/conflict/fit.js';
import { fitHurdle, hurdleModel } from '../../../src/forecast/conflict/hurdle.js';
import { lastModel } from '../../../src/forecast/conflict/last.js';
import { mean, pAtLeast, quantile, type Panel, type PanelUnit } from '../../../src/forecast/conflict/panel.js';
import { resampleModel } from '../../../src/forecast/conflict/resample.js';
import { zeroModel } from '../../../src/forecast/conflict/zero.js';

const unit = (deaths: number[], code = 'ARM'): PanelUnit => ({ code, name: code, deaths });
const months = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const panelOf = (...units: PanelUnit[]): Panel => ({ months: months(units[0]!.deaths.length), countries: units });

test('zero: no deaths, whatever the history', () => {
  const u = unit([50, 60, 70]);
  const d = zeroModel.prepare(panelOf(u), 3)(u);
  assert.deepEqual(d, { values: [0], weights: [1] });
  assert.equal(pAtLeast(d, 1), 0);
});

test('last: the origin month carried forward at every horizon', () => {
  const u = unit([0, 3, 7]);
  for (const h of [1, 6]) assert.deepEqual(lastModel.prepare(panelOf(u), h)(u), { values: [7], weights: [1] });
});

test('average: Poisson about the mean of the window', () => {
  const u = unit([100, 2, 4]);
  const d = averageModel(2).prepare(panelOf(u), 1)(u);
  // mean of the last two months is 3; P(0) = e^-3, P(1) = 3e^-3
  assert.ok(Math.abs(1 - pAtLeast(d, 1) - Math.exp(-3)) < 1e-9);
  assert.ok(Math.abs(pAtLeast(d, 1) - pAtLeast(d, 2) - 3 * Math.exp(-3)) < 1e-9);
  assert.ok(Math.abs(mean(d) - 3) < 1e-9);
  assert.deepEqual(poisson(0), { values: [0], weights: [1] });
});

test('resample: each of the last months equally likely', () => {
  const u = unit([5, 0, 0, 3, 0, 9]);
  const d = resampleModel(4).prepare(panelOf(u), 2)(u);
  assert.deepEqual(d, { values: [0, 3, 9], weights: [0.5, 0.25, 0.25] });
  assert.equal(pAtLeast(d, 1), 0.5);
  assert.equal(pAtLeast(d, 25), 0);
  assert.equal(quantile(d, 0.5), 0);
  assert.equal(quantile(d, 0.6), 3);
});

test('fit helpers: logistic, least squares and the normal quantile on hand-worked values', () => {
  // Intercept only: the fitted probability is the share of ones.
  const w = logistic([[1], [1], [1], [1]], [1, 1, 1, 0], 0);
  assert.ok(Math.abs(w[0]! - Math.log(3)) < 1e-6);
  // y = 1 + 2x exactly: no residual.
  const ls = leastSquares(
    [
      [1, 0],
      [1, 1],
      [1, 2],
    ],
    [1, 3, 5],
    0,
  );
  assert.ok(Math.abs(ls.w[0]! - 1) < 1e-9 && Math.abs(ls.w[1]! - 2) < 1e-9);
  assert.ok(ls.sigma < 1e-9);
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959964) < 1e-6);
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-12);
  assert.ok(Math.abs(normalQuantile(0.01) + 2.326348) < 1e-6);
});

test('hurdle: a country always at 10 deaths is forecast at 10, one never at war near 0', () => {
  const war = unit(new Array<number>(48).fill(10), 'AZE');
  const peace = unit(new Array<number>(48).fill(0), 'GEO');
  const panel = panelOf(war, peace);
  const forecast = hurdleModel().prepare(panel, 3);
  const w = forecast(war);
  assert.ok(pAtLeast(w, 1) > 0.9, `P(any) at war ${pAtLeast(w, 1)}`);
  assert.equal(quantile(w, 0.5), 10);
  assert.equal(pAtLeast(w, 25), 0);
  const p = forecast(peace);
  assert.ok(pAtLeast(p, 1) < 0.1, `P(any) at peace ${pAtLeast(p, 1)}`);
  const fit = fitHurdle(panel, 3);
  // Rows: months 11..44 of each country (the target month 3 later must be known).
  assert.equal(fit.rows, 2 * (48 - 3 - 11));
  assert.equal(fit.positives, 48 - 3 - 11);
});

test('hurdle: the covariate feature is read only when asked for', () => {
  const a = {
    ...unit([0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5, 0, 0, 0, 5]),
    covariate: [] as number[],
  };
  a.covariate = a.deaths.map((_, i) => ((a.deaths[i + 1] ?? 0) > 0 ? 3 : 0));
  const plain = fitHurdle(panelOf(a), 1);
  const withCov = fitHurdle(panelOf(a), 1, { covariate: true });
  assert.equal(withCov.hurdle.length, plain.hurdle.length + 1);
  // The covariate announces the next month's deaths, so it gets a positive weight.
  assert.ok(withCov.hurdle[withCov.hurdle.length - 1]! > 0);
});

test('pool: the mixture of two distributions, and a blend of two models', () => {
  assert.deepEqual(pool({ values: [0], weights: [1] }, { values: [10], weights: [1] }, 0.5), {
    values: [0, 10],
    weights: [0.5, 0.5],
  });
  const u = unit([4, 4, 8]);
  const d = blendModel(zeroModel, lastModel, 0.25).prepare(panelOf(u), 1)(u);
  assert.deepEqual(d, { values: [0, 8], weights: [0.25, 0.75] });
});

test('hurdle: a warm start changes the iterations, not the fit', () => {
  const a = unit([0, 0, 3, 0, 0, 0, 12, 40, 5, 0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 9, 30, 0, 0, 0, 0, 0, 1, 0, 0, 0], 'AZE');
  const b = unit([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], 'ARM');
  const panel = panelOf(a, b);
  const cold = fitHurdle(panel, 2);
  const warm = fitHurdle(panel, 2, {}, [3, -1, 2, 0.5, 1, -2]);
  cold.hurdle.forEach((w, i) => assert.ok(Math.abs(w - warm.hurdle[i]!) < 1e-9, `coefficient ${i}`));
});
