/** The DEU III reader and the backtest on the real data set: figures, the split, and no leaking. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mulberry32 } from '../../../src/analysis/random.js';
import { parseDeu3, readDeu3 } from '../../../src/dataset/deu3.js';
import { backtest, fitBlends, splitByGroup, type Case } from '../../../src/forecast/bargaining/backtest.js';
import { BDM_DEU3_OPTIONS, MODELS } from '../../../src/forecast/bargaining/models.js';
import { describeBdm, tuneBdm } from '../../../src/forecast/bargaining/tune.js';
import { ValidationError } from '../../../src/model/errors.js';

const deu3 = readDeu3();
const allCases: Case[] = deu3.issues
  .filter((i) => i.outcome !== undefined)
  .map((i) => ({ bargain: i.bargain, outcome: i.outcome as number, group: i.proposal }));
const cases = allCases;

test('DEU III: 364 issues, 353 with an outcome, capabilities from the second line', () => {
  assert.equal(deu3.issues.length, 364);
  assert.equal(cases.length, 353);
  const cap = new Map(deu3.actors.map((a) => [a.code, a.capability]));
  assert.equal(deu3.actors.length, 30);
  assert.equal(cap.get('com'), 4.1);
  assert.equal(cap.get('de'), 4.1);
  assert.equal(cap.get('mt'), 0.02);
  // Issue 1: the Commission at 100 with salience 50, rp 0, outcome 100.
  const first = deu3.issues[0];
  assert.deepEqual(first?.bargain.stakes[0], { id: 'com', position: 100, salience: 0.5, capability: 4.1 });
  assert.equal(first?.bargain.reference, 0);
  assert.equal(first?.outcome, 100);
});

test('DEU III reader: a value off the scale is named by line and column', () => {
  const text = readFileText().replace(/\t0\t100\n/, '\t0\t140\n');
  assert.throws(
    () => parseDeu3(text, 'deu3.csv'),
    (e: unknown) => e instanceof ValidationError && e.problems.some((p) => p.field === 'out' && /140/.test(p.message)),
  );
});

/** The same file the reader found, as text, to alter one value. */
const readFileText = (): string => readFileSync(deu3.path, 'utf8');

test('backtest: the compromise model reproduces the published ≈ 23 points, median ≈ 28', () => {
  const r = backtest(cases, { rng: mulberry32(1), resamples: 200 });
  const mae = new Map(r.models.map((m) => [m.name, m.mae]));
  assert.ok(Math.abs((mae.get('compromise') as number) - 23.0) < 0.5, String(mae.get('compromise')));
  assert.ok(Math.abs((mae.get('median') as number) - 28.4) < 1.5, String(mae.get('median')));
  for (const m of r.models) {
    assert.equal(m.n, 353);
    assert.ok(m.within5 <= m.within10 && m.within10 <= m.within20);
    assert.ok(m.rmse >= m.mae);
    if (m.name !== 'compromise') assert.ok(m.vsCompromise && m.vsCompromise.low <= m.vsCompromise.high);
  }
  assert.equal(r.heldOut.trainIssues + r.heldOut.testIssues, 353);
  // The BDM variant `forecast issue` shows is the one this backtest picks on its training half.
  const tuned = r.heldOut.models.find((m) => m.name === 'bdm-tuned');
  assert.ok(tuned?.method.endsWith(describeBdm(BDM_DEU3_OPTIONS)), tuned?.method);
});

test('split: by proposal, never one proposal on both sides, and drawn without reading outcomes', () => {
  const split = splitByGroup(cases, mulberry32(7));
  const trainGroups = new Set(split.train.map((i) => cases[i]?.group));
  for (const i of split.test) assert.ok(!trainGroups.has(cases[i]?.group));
  const scrambled = cases.map((c) => ({ ...c, outcome: 100 - c.outcome }));
  assert.deepEqual(splitByGroup(scrambled, mulberry32(7)), split);
});

test('tuning: altering every held-out outcome leaves the fitted α and BDM options unchanged', () => {
  // The first 120 issues keep the test quick; the split and the fits are the backtest's own.
  const cases = allCases.slice(0, 120);
  const split = splitByGroup(cases, mulberry32(3));
  const forecasts = new Map(MODELS.map((m) => [m.name, cases.map((c) => m.forecast(c.bargain))]));
  const outcomes = cases.map((c) => c.outcome);
  const altered = outcomes.map((y, i) => (split.test.includes(i) ? 100 - y : y));
  const alphas = (ys: number[]): number[] => fitBlends(forecasts, ys, split.train, MODELS).map((b) => b.alpha);
  assert.deepEqual(alphas(altered), alphas(outcomes));
  // ... while altering the training outcomes does move them: the fit reads training data and only that.
  const trainAltered = outcomes.map((y, i) => (split.train.includes(i) ? 100 - y : y));
  assert.notDeepEqual(alphas(trainAltered), alphas(outcomes));
  const train = split.train.map((i) => cases[i] as Case);
  const before = tuneBdm(train);
  const heldOutChanged = cases.map((c, i) => (split.test.includes(i) ? { ...c, outcome: 100 - c.outcome } : c));
  assert.deepEqual(tuneBdm(split.train.map((i) => heldOutChanged[i] as Case)), before);
});
