/** Each bargaining model on small issues worked out by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Bargain } from '../../../src/model/bargaining.js';
import { bdmForecast, bdmRounds } from '../../../src/forecast/bargaining/bdm.js';
import { compromise } from '../../../src/forecast/bargaining/compromise.js';
import { condorcetDistribution, condorcetForecast } from '../../../src/forecast/bargaining/condorcet.js';
import { median } from '../../../src/forecast/bargaining/median.js';
import { nashSolution } from '../../../src/forecast/bargaining/nash.js';
import { blendModel, fitAlpha } from '../../../src/forecast/bargaining/blend.js';
import { sensitivity } from '../../../src/forecast/bargaining/sensitivity.js';
import { pairedDifference } from '../../../src/forecast/bargaining/metrics.js';
import { mulberry32 } from '../../../src/analysis/random.js';

const issue = (stakes: Array<[number, number, number]>, reference?: number): Bargain => ({
  id: 'worked',
  stakes: stakes.map(([position, salience, capability], i) => ({ id: `a${i}`, position, salience, capability })),
  ...(reference !== undefined ? { reference } : {}),
});
const near = (a: number, b: number, tol = 1e-6): void => assert.ok(Math.abs(a - b) <= tol, `${a} is not ${b}`);

test('compromise: positions weighted by capability × salience', () => {
  // weights 1·1, 1·2, 1·1 on 0, 60, 100: (0 + 120 + 100) / 4 = 55
  near(
    compromise.forecast(
      issue([
        [0, 1, 1],
        [60, 1, 2],
        [100, 0.5, 2],
      ]),
    ),
    55,
  );
  // salience 0 everywhere: the plain mean
  near(
    compromise.forecast(
      issue([
        [0, 0, 1],
        [30, 0, 5],
      ]),
    ),
    15,
  );
});

test('median: the position holding the weighted majority, the midpoint on an exact split', () => {
  // weights 1, 2, 1.5 (total 4.5): the cumulative weight passes 2.25 at 60
  near(
    median.forecast(
      issue([
        [0, 1, 1],
        [60, 1, 2],
        [100, 1, 1.5],
      ]),
    ),
    60,
  );
  // a heavy actor alone decides
  near(
    median.forecast(
      issue([
        [0, 1, 1],
        [60, 1, 1],
        [100, 1, 5],
      ]),
    ),
    100,
  );
  // two equal actors: every point between them ties; the midpoint
  near(
    median.forecast(
      issue([
        [20, 1, 1],
        [80, 1, 1],
      ]),
    ),
    50,
  );
});

test('nash: linear utilities from a reference point at 0 give the nearer ideal', () => {
  // gains (40 − |x − 40|)(80 − |x − 80|): x² up to 40, (80 − x)·x after, largest at 40
  near(
    nashSolution(
      issue(
        [
          [40, 1, 1],
          [80, 1, 1],
        ],
        0,
      ),
      { utility: 'linear' },
    ),
    40,
    1e-4,
  );
});

test('nash: quadratic utilities meet the first-order condition between the two ideals', () => {
  const x = nashSolution(
    issue(
      [
        [40, 1, 1],
        [80, 1, 1],
      ],
      0,
    ),
  );
  assert.ok(x > 40 && x < 80, String(x));
  // d/dx [log(1600 − (x−40)²) + log(6400 − (x−80)²)] = 0
  const slope = (-2 * (x - 40)) / (1600 - (x - 40) ** 2) + (-2 * (x - 80)) / (6400 - (x - 80) ** 2);
  near(slope, 0, 1e-6);
  // a heavier second actor pulls the solution towards 80
  assert.ok(
    nashSolution(
      issue(
        [
          [40, 1, 1],
          [80, 1, 3],
        ],
        0,
      ),
    ) > x,
  );
});

test('nash: actors on both sides of the reference point leave it where it is', () => {
  near(
    nashSolution(
      issue(
        [
          [10, 1, 1],
          [90, 1, 1],
        ],
        50,
      ),
    ),
    50,
  );
});

test('condorcet: 3-to-1 support makes the chain rest three quarters of the time on the stronger pole', () => {
  const b = issue([
    [0, 1, 3],
    [100, 1, 1],
  ]);
  const dist = condorcetDistribution(b);
  near(dist.find((o) => o.position === 0)?.probability ?? NaN, 0.75);
  near(condorcetForecast(b), 25);
  near(condorcetForecast(b, { summary: 'mode' }), 0);
});

test('condorcet: probabilities sum to one and a symmetric issue forecasts its centre', () => {
  const b = issue([
    [0, 1, 1],
    [50, 1, 1],
    [100, 1, 1],
  ]);
  const dist = condorcetDistribution(b);
  near(
    dist.reduce((a, o) => a + o.probability, 0),
    1,
  );
  near(condorcetForecast(b), 50);
});

test('bdm: two equal actors at the poles expect nothing from a challenge, so nobody moves', () => {
  // P = ½, U^s = 2, U^f = −2, U^sq = 0 with r = 1: EU = ½·2 + ½·(−2) − 0 = 0, not a challenge
  const rounds = bdmRounds(
    issue([
      [0, 1, 1],
      [100, 1, 1],
    ]),
  );
  assert.deepEqual(rounds[rounds.length - 1]?.positions, [0, 100]);
  near(
    bdmForecast(
      issue([
        [0, 1, 1],
        [100, 1, 1],
      ]),
    ),
    50,
  );
});

test('bdm: with Q = 0.5 and neutral risk the weaker pole capitulates; computed risk holds the stronger back', () => {
  const b = issue([
    [0, 1, 3],
    [100, 1, 1],
  ]);
  // P(A beats B) = 3/4, μ = 0 (A holds the weighted majority), r = 1: U^s = 2, U^f = −2, U^sq = 0,
  // U^b(A) = 2 − 4(½ − ¼) = 1, U^b(B) = 2 − 4(½ − ½) = 2.
  // EU_A(B) = ¾·2 + ¼·(−2) − ½·0 − ½·1 = 0.5 > 0: A challenges.
  // EU_B(A) = ¼·2 + ¾·(−2) − ½·0 − ½·2 = −2, and |−2| ≥ 0.5: B capitulates to 0.
  assert.deepEqual(bdmRounds(b, { q: 0.5, risk: 'neutral' })[1]?.positions, [0, 0]);
  // Computed risk: exposures −2 (A) and 0.5 (B) give R = −1 and 1, so r_A = 2, r_B = ½. Then
  // EU_A(B) = 1 − ½·(2 − 4·¼) − ½·(2 − 4·(¼)²) = 1 − 0.5 − 0.875 = −0.375: no challenge, no move.
  assert.deepEqual(bdmRounds(b, { q: 0.5 })[1]?.positions, [0, 100]);
  // With Q = 1 and r = 1: EU_A(B) = 1 − U^sq(=0)·1 = 1 > 0 and EU_B(A) = −1: B capitulates too.
  assert.deepEqual(bdmRounds(b, { q: 1, risk: 'neutral' })[1]?.positions, [0, 0]);
});

test('bdm: the conflict rule decides who yields when both sides expect to gain', () => {
  // A at 0 (salience 1, capability 2, weight 2), B at 100 (salience 0.1, capability 30, weight 3).
  // P(A beats B) = 2 / (2 + 3) = 0.4. With Q = 1 and r = 1, EU_i(j) = s_j (4 P_ij − 2) + 2 (1 − s_j):
  // EU_A(B) = 0.1 · (1.6 − 2) + 1.8 = 1.76 and EU_B(A) = 1 · (2.4 − 2) = 0.4: both positive, a conflict.
  const b = issue([
    [0, 1, 2],
    [100, 0.1, 30],
  ]);
  // By expected utility B (0.4 < 1.76) yields to A and A (1.76 > 0.4) holds: both end at 0.
  assert.deepEqual(bdmRounds(b, { risk: 'neutral', conflict: 'expected-utility' })[1]?.positions, [0, 0]);
  // By weighted support B has the majority (0.6): A yields to B and B holds: both end at 100.
  assert.deepEqual(bdmRounds(b, { risk: 'neutral', conflict: 'probability' })[1]?.positions, [100, 100]);
});

test('bdm: the rounds option bounds the rounds; stable stops once positions settle', () => {
  const b = issue([
    [0, 1, 3],
    [30, 0.6, 1],
    [70, 0.9, 2],
    [100, 0.4, 1],
  ]);
  assert.ok(bdmRounds(b, { stop: 'rounds', rounds: 3 }).length === 4);
  assert.ok(bdmRounds(b, { stop: 'stable', rounds: 50 }).length <= 51);
  const f = bdmForecast(b);
  assert.ok(f >= 0 && f <= 100);
});

test('blend: α is fitted by least absolute error on the cases given', () => {
  // outcomes lie exactly at 0.3·a + 0.7·b
  const a = [0, 100, 40, 80];
  const b = [100, 0, 60, 20];
  const y = a.map((x, i) => 0.3 * x + 0.7 * (b[i] as number));
  near(fitAlpha(a, b, y), 0.3);
  const m = blendModel(compromise, median, 0.25);
  const bg = issue([
    [0, 1, 1],
    [60, 1, 2],
    [100, 1, 1.5],
  ]);
  near(m.forecast(bg), 0.25 * compromise.forecast(bg) + 0.75 * 60);
});

test('sensitivity: each input moved ±10 on its scale, the range of each model', () => {
  const b = issue(
    [
      [20, 0.5, 10],
      [80, 0.5, 10],
    ],
    40,
  );
  const rows = sensitivity(b, [compromise, median]);
  assert.deepEqual(
    rows.map((r) => r.input),
    ['a0.position', 'a0.salience', 'a0.capability', 'a1.position', 'a1.salience', 'a1.capability', 'reference'],
  );
  // a0 at 10 or 30 with equal weights: the mean is 45 or 55.
  assert.deepEqual(rows[0]?.range.compromise, [45, 55]);
  // salience 0.4 or 0.6 against 0.5: a0's weight share 4/9 or 6/11 — mean 80 − 60·share.
  const [lo, hi] = rows[1]?.range.compromise as [number, number];
  near(lo, 80 - 60 * (6 / 11));
  near(hi, 80 - 60 * (4 / 9));
  // the compromise model ignores the reference point
  assert.deepEqual(rows[6]?.range.compromise, [50, 50]);
});

test('paired difference: a cluster bootstrap with one cluster has no spread; per issue it has', () => {
  const reference = [10, 20, 30, 40];
  const other = [12, 20, 35, 40];
  const outcomes = [10, 20, 30, 40];
  // |other − y| − |reference − y| = 2, 0, 5, 0: mean 1.75
  const one = pairedDifference(reference, other, outcomes, mulberry32(1), 500, ['p', 'p', 'p', 'p']);
  near(one.mean, 1.75);
  near(one.low, 1.75);
  near(one.high, 1.75);
  const each = pairedDifference(reference, other, outcomes, mulberry32(1), 500);
  assert.ok(each.low < 1.75 && each.high > 1.75 && each.low >= 0 && each.high <= 5);
});
