import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PairEventIndex } from '../../src/analysis/pair-index.js';
import { mulberry32 } from '../../src/analysis/random.js';

function naive(
  rows: Array<[number, number, number, number]>,
  x: number,
  y: number,
  at: number,
  window: number,
  h: number,
): number {
  let s = 0;
  for (const [a, b, d, i] of rows) {
    const same = (a === x && b === y) || (a === y && b === x);
    if (same && d > at - window && d <= at) s += i * (h === Infinity ? 1 : 2 ** ((d - at) / h));
  }
  return s;
}

function build(
  rows: Array<[number, number, number, number]>,
  actorCount: number,
  halfLife: number,
  maxExponent?: number,
): PairEventIndex {
  return new PairEventIndex(
    {
      length: rows.length,
      actorCount,
      a: rows.map((r) => r[0]),
      b: rows.map((r) => r[1]),
      day: rows.map((r) => r[2]),
      intensity: rows.map((r) => r[3]),
    },
    { halfLife, maxExponent },
  );
}

test('one half-life later an event weighs half; two half-lives later a quarter', () => {
  const idx = build([[0, 1, 100, 8]], 2, 30);
  const p = idx.pairOf(0, 1);
  assert.equal(idx.decayedSum(p, 100, 1000), 8);
  assert.equal(idx.decayedSum(p, 130, 1000), 4);
  assert.equal(idx.decayedSum(p, 160, 1000), 2);
  assert.equal(idx.decayedSum(p, 99, 1000), 0, 'an event after the date does not count');
});

test('the window is (at − window, at]: an event exactly window days old is out', () => {
  const idx = build(
    [
      [0, 1, 100, 5],
      [1, 0, 150, -3],
    ],
    2,
    0,
  );
  const p = idx.pairOf(1, 0);
  assert.equal(idx.decayedSum(p, 150, 50), -3);
  assert.equal(idx.decayedSum(p, 150, 51), 2);
  assert.equal(idx.decayedSum(p, 200, Infinity), 2, 'half-life 0 means no decay');
});

test('rebased blocks give the naive sum for a short half-life over decades', () => {
  const rng = mulberry32(7);
  const rows: Array<[number, number, number, number]> = [];
  for (let k = 0; k < 3000; k++)
    rows.push([Math.floor(rng() * 5), Math.floor(rng() * 5), Math.floor(rng() * 11000), Math.round(rng() * 20 - 10)]);
  const clean = rows.filter((r) => r[0] !== r[1]);
  const idx = build(clean, 5, 3, 50);
  assert.ok(idx.blockStart.length > idx.pairCount + 1, 'several blocks per pair');
  for (const at of [500, 4000, 10999]) {
    for (const [x, y] of [
      [0, 1],
      [2, 4],
      [3, 1],
    ] as const) {
      const want = naive(clean, x, y, at, 40, 3);
      const got = idx.decayedSum(idx.pairOf(x, y), at, 40);
      assert.ok(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${x}-${y} at ${at}: ${got} vs ${want}`);
    }
  }
});

test('unsorted input is sorted per pair, and sources point back to the rows', () => {
  const idx = build(
    [
      [0, 1, 30, 1],
      [0, 1, 10, 2],
      [1, 2, 20, 3],
      [1, 0, 20, 4],
    ],
    3,
    10,
  );
  const p = idx.pairOf(0, 1);
  const days = Array.from(idx.day.subarray(idx.pairStart[p]!, idx.pairStart[p + 1]!));
  assert.deepEqual(days, [10, 20, 30]);
  assert.deepEqual(Array.from(idx.source.subarray(idx.pairStart[p]!, idx.pairStart[p + 1]!)), [1, 3, 0]);
  assert.equal(idx.pairOf(0, 2), -1);
});
