/** Brier and CRPS on values computed by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brier, crps, mapAtoms } from '../../../src/forecast/conflict/scores.js';

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

test('Brier: squared distance from what happened', () => {
  close(brier(0.7, true), 0.09);
  close(brier(0.7, false), 0.49);
  close(brier(0, false), 0);
  close(brier(1, false), 1);
});

test('CRPS of a point mass is the absolute error', () => {
  close(crps({ values: [3], weights: [1] }, 5), 2);
  close(crps({ values: [3], weights: [1] }, 0), 3);
  close(crps({ values: [3], weights: [1] }, 3), 0);
});

test('CRPS of two atoms: E|X − y| − ½E|X − X′|', () => {
  // {0: ½, 4: ½} against y = 1: (½·1 + ½·3) − ½·(2·¼·4) = 2 − 1 = 1
  close(crps({ values: [0, 4], weights: [0.5, 0.5] }, 1), 1);
  // against y = 6: (½·6 + ½·2) − 1 = 3
  close(crps({ values: [0, 4], weights: [0.5, 0.5] }, 6), 3);
  // {0: ¾, 10: ¼} against y = 0: ¼·10 − ½·(2·¾·¼·10) = 2.5 − 1.875 = 0.625
  close(crps({ values: [0, 10], weights: [0.75, 0.25] }, 0), 0.625);
});

test('CRPS on the log scale maps atoms and outcome alike', () => {
  const d = mapAtoms({ values: [0, Math.E - 1], weights: [0.5, 0.5] }, Math.log1p);
  close(d.values[1]!, 1);
  close(crps(d, Math.log1p(0)), 0.25);
});
