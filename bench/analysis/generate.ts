/**
 * Generate synthetic events for the benchmarks.
 *   node --import tsx bench/analysis/generate.ts --events 10M [--actors 200] [--years 30] [--seed 1] [--out FILE]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { arg, count } from './args.js';
import { writeSynthetic } from './synthetic.js';

export function syntheticPath(events: number, actors: number, years: number, seed: number): string {
  return `bench/out/events-${events}-${actors}a-${years}y-s${seed}.bin`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = {
    events: count('events', 1_000_000),
    actors: count('actors', 200),
    years: count('years', 30),
    seed: count('seed', 1),
  };
  const out = arg('out', syntheticPath(spec.events, spec.actors, spec.years, spec.seed));
  mkdirSync(dirname(out), { recursive: true });
  const t0 = performance.now();
  writeSynthetic(out, spec);
  console.log(
    `wrote ${spec.events} events (${spec.actors} actors, ${spec.years} years) to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
