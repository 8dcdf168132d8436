/**
 * The short fuzz budget `npm test` runs: a few hundred to a few thousand inputs per target, a fixed
 * seed so a run is repeatable (FUZZ_SEED=n picks another; FUZZ_SCALE=k multiplies the counts). The
 * long run is `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import { runTarget, target } from './targets.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** Runs `runs` inputs of a target; fails with fast-check's report (seed, path, shrunk input) on any failure. */
export async function fuzz(name: string, runs: number): Promise<void> {
  const r = await runTarget(target(name), Math.max(1, Math.round(runs * SCALE)), { seed: SEED, chunk: 2000, heapLimitMb: 128 });
  assert.ok(!r.failed, `${name}: ${r.failure}`);
  assert.equal(r.runs, Math.max(1, Math.round(runs * SCALE)));
}
