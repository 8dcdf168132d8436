/**
 * The short fuzz budget `npm test` runs: a few hundred to a few thousand inputs per target, a fixed
 * seed so a run is repeatable (FUZZ_SEED=n picks another; FUZZ_SCALE=k multiplies the counts). The
 * long run is `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import { runTarget, target } from './targets.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

const isPdf = (input: unknown): boolean => {
  const [bytes, name] = input as [Uint8Array, string];
  return name.toLowerCase().endsWith('.pdf') || Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
};

/**
 * Runs `runs` inputs of a target; fails with fast-check's report (seed, path, shrunk input) on any
 * failure. `noPdf` leaves PDF uploads to the long run: loading pdf.js alone takes seconds.
 */
export async function fuzz(name: string, runs: number, opts: { noPdf?: boolean } = {}): Promise<void> {
  const t = target(name);
  const chosen = opts.noPdf
    ? { ...t, arb: t.arb.filter((x) => !isPdf(x)), warmup: t.warmup?.filter((x) => !isPdf(x)) }
    : t;
  const r = await runTarget(chosen, Math.max(1, Math.round(runs * SCALE)), {
    seed: SEED,
    chunk: 2000,
    heapLimitMb: 128,
  });
  assert.ok(!r.failed, `${name}: ${r.failure}`);
  assert.equal(r.runs, Math.max(1, Math.round(runs * SCALE)));
}
