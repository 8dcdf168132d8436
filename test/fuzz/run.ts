/**
 * The long fuzz run (started by scripts/fuzz.mjs): `--total N` inputs shared among the targets by
 * weight, `--only a,b` to pick targets, `--seed S` to replay. Prints a line per target with its
 * count, slowest input and heap growth, any failure in full, and the total; exits 1 on a failure.
 */
import { TARGETS, runTarget, type RunReport } from './targets.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number((option('total') ?? '1000000').replace(/_/g, ''));
const only = option('only')?.split(',');
const seed = option('seed') !== undefined ? Number(option('seed')) : Date.now() % 2 ** 31;
const targets = TARGETS.filter((t) => !only || only.includes(t.name));
if (!targets.length || !Number.isInteger(total) || total < targets.length) {
  console.error(
    `fuzz: nothing to run (targets: ${TARGETS.map((t) => t.name).join(', ')}; --total must be an integer ≥ the number of targets)`,
  );
  process.exit(2);
}
const weights = targets.reduce((n, t) => n + t.weight, 0);
const shares = targets.map((t) => Math.floor((total * t.weight) / weights));
shares[0]! += total - shares.reduce((a, b) => a + b, 0);

console.log(
  `fuzz: ${total.toLocaleString('en')} inputs over ${targets.length} targets, seed ${seed}, node ${process.version}`,
);
const reports: RunReport[] = [];
const t0 = performance.now();
for (const [i, t] of targets.entries()) {
  const r = await runTarget(t, shares[i]!, {
    seed: seed + i * 1_000_003,
    onChunk: (done) =>
      process.stderr.write(`  ${t.name}: ${done.toLocaleString('en')} / ${shares[i]!.toLocaleString('en')}\r`),
  });
  reports.push(r);
  console.log(
    `${t.name.padEnd(15)} ${String(r.runs).padStart(9)} inputs  ${String(r.seconds).padStart(7)} s  slowest ${r.slowestMs} ms (bound ${t.limitMs})  heap +${r.heapGrowthMb} MB  ${r.failed ? 'FAILED' : 'ok'}`,
  );
  if (r.failure) console.log(`\n${t.name} failed:\n${r.failure}\n`);
}
const ran = reports.reduce((n, r) => n + r.runs, 0);
const failed = reports.filter((r) => r.failed);
console.log(
  `total: ${ran.toLocaleString('en')} inputs in ${((performance.now() - t0) / 1000).toFixed(0)} s, ${failed.length ? `${failed.length} target(s) failed: ${failed.map((r) => r.name).join(', ')}` : 'no failure'}`,
);
process.exit(failed.length ? 1 : 0);
