/** The fuzz harness itself: it must catch a crash, a broken result, a slow input and a growing heap, and let typed errors pass. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { UsageError } from '../../src/model/index.js';
import { FuzzFailure, runTarget, type Target } from './targets.js';

const strings = (check: (s: string) => void | Promise<void>, limitMs = 1000): Target<string> => ({
  name: 'probe',
  weight: 1,
  limitMs,
  arb: fc.string({ maxLength: 20 }),
  check,
});

test('a TypeError on some input fails the run, with the shrunk input in the report', async () => {
  const r = await runTarget(
    strings((s) => {
      if (s.includes('x')) return void (undefined as unknown as { y: () => void }).y();
    }),
    2000,
    { seed: 1 },
  );
  assert.equal(r.failed, true);
  assert.match(r.failure!, /Counterexample: \["x"\]/);
  assert.match(r.failure!, /TypeError/);
});

test('a typed Orrery error is an accepted outcome', async () => {
  const r = await runTarget(
    strings((s) => {
      if (s.length > 3) throw new UsageError(`too long: ${s}`);
    }),
    500,
    { seed: 2 },
  );
  assert.equal(r.failed, false, r.failure);
  assert.equal(r.runs, 500);
});

test('a broken result fails the run with its message', async () => {
  const r = await runTarget(
    strings((s) => {
      if (s.length > 5) throw new FuzzFailure(`result for ${s.length} characters is wrong`);
    }),
    500,
    { seed: 3 },
  );
  assert.equal(r.failed, true);
  assert.match(r.failure!, /result for 6 characters is wrong/);
});

test('an input slower than the bound fails the run', async () => {
  const r = await runTarget(
    strings(async (s) => {
      if (s.length > 3) await new Promise((ok) => setTimeout(ok, 60));
    }, 30),
    300,
    { seed: 4 },
  );
  assert.equal(r.failed, true);
  assert.match(r.failure!, /took \d+ ms \(bound 30 ms\)/);
});

test('a heap that keeps growing fails the run', async () => {
  const kept: number[][] = [];
  const r = await runTarget(
    strings(() => void kept.push(new Array(20_000).fill(1))),
    400,
    { seed: 5, chunk: 100, heapLimitMb: 16 },
  );
  assert.equal(r.failed, true);
  assert.match(r.failure!, /live heap grew by \d+ MB/);
  kept.length = 0;
});
