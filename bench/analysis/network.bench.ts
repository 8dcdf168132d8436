/**
 * Benchmark of the alignment network on synthetic data (200 actors, 30 years):
 *   node --import tsx bench/analysis/network.bench.ts --events 10M [--actors 200] [--years 30] [--half-life 365] [--window 1095] [--no-sql]
 *
 * Measures: reading the events, building the pair index once, one network snapshot at a date (median
 * of 21), a sweep of 100 dates (a time slider), the same with bloc detection, peak memory, and the
 * same decayed-window aggregation as one SQL query on SQLite (better-sqlite3), with the ratio.
 * Judged by: snapshot < 50 ms at 10M events after indexing, peak RSS < 2 GB.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventIndex } from '../../src/analysis/event-index.js';
import type { AnalysisRelation } from '../../src/analysis/input.js';
import { NetworkParams, indexedNetwork } from '../../src/analysis/network.js';
import { PairEventIndex } from '../../src/analysis/pair-index.js';
import { mulberry32 } from '../../src/analysis/random.js';
import { withBlocs } from '../../src/analysis/structure.js';
import { arg, count, flag } from './args.js';
import { syntheticPath } from './generate.js';
import { readSynthetic, writeSynthetic } from './synthetic.js';
import { sqlSnapshot } from './sql.js';

const spec = {
  events: count('events', 1_000_000),
  actors: count('actors', 200),
  years: count('years', 30),
  seed: count('seed', 1),
};
const halfLife = Number(arg('half-life', '365'));
const window = Number(arg('window', '1095'));
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
let peakRss = 0;
const sample = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  const t = performance.now() - t0;
  sample();
  return [r, t];
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

const file = syntheticPath(spec.events, spec.actors, spec.years, spec.seed);
if (!existsSync(file)) {
  mkdirSync('bench/out', { recursive: true });
  const [, t] = time(() => writeSynthetic(file, spec));
  console.log(`generated ${file} in ${ms(t)}`);
}
const [cols, tRead] = time(() => readSynthetic(file));
const [index, tIndex] = time(() => new PairEventIndex(cols, { halfLife }));
const names = Array.from({ length: cols.actorCount }, (_, k) => `A${String(k).padStart(3, '0')}`);
const events: EventIndex = { index, actors: names, actorIndex: new Map(names.map((n, k) => [n, k])), events: [] };
const rng = mulberry32(99);
const first = cols.firstDay;
const span = Math.round(cols.years * 365.25);
const relations: AnalysisRelation[] = Array.from({ length: 400 }, (_, k) => {
  const a = Math.floor(rng() * cols.actorCount);
  const b = (a + 1 + Math.floor(rng() * (cols.actorCount - 1))) % cols.actorCount;
  const from = first + Math.floor(rng() * span);
  return {
    id: `r${k}`,
    type: rng() < 0.7 ? 'partnership' : 'rivalry',
    actors: [names[a]!, names[b]!],
    sign: rng() < 0.7 ? 1 : -1,
    strength: rng(),
    from: isoDay(from),
    to: rng() < 0.5 ? null : isoDay(from + Math.floor(rng() * 3000)),
  };
});
const options = NetworkParams.parse({ at: '2000', halfLife, window, explain: false });
const data = { relations, actors: [] };
const snapshot = (day: number) => indexedNetwork(events, data, { ...options, at: isoDay(day) });

const probe = first + Math.floor(span * 0.8);
const [net, tFirst] = time(() => snapshot(probe));
for (let k = 0; k < 5; k++) snapshot(probe - k * 30); // warm up the JIT
const runs = Array.from({ length: 21 }, (_, k) => time(() => snapshot(first + Math.floor(((k + 1) * span) / 22)))[1]);
const sums = new Float64Array(index.pairCount);
const rawRuns = Array.from(
  { length: 21 },
  (_, k) => time(() => index.snapshot(first + Math.floor(((k + 1) * span) / 22), window, sums))[1],
);
const sweepDays = Array.from({ length: 100 }, (_, k) => first + Math.floor(((k + 0.5) * span) / 100));
const [, tSweep] = time(() => sweepDays.forEach((d) => snapshot(d)));
const [, tBlocs] = time(() => withBlocs(snapshot(probe), { seed: 1, resolutionPositive: 1, resolutionNegative: 1 }));
const rssEngine = peakRss;

console.log(
  `\nAlignment network benchmark: ${cols.length.toLocaleString('en')} events, ${cols.actorCount} actors, ${cols.years} years; half-life ${halfLife} d, window ${window} d`,
);
console.log(`  read events            ${ms(tRead)}`);
console.log(
  `  build pair index       ${ms(tIndex)}  (${index.pairCount} pairs, ${index.blockStart.length - 1} blocks)`,
);
console.log(`  first snapshot         ${ms(tFirst)}  (${net.edges.length} ties at ${net.date})`);
console.log(`  snapshot, median of 21 ${ms(median(runs))}   target < 50 ms: ${median(runs) < 50 ? 'met' : 'MISSED'}`);
console.log(
  `  event sums only, median ${ms(median(rawRuns))}  (PairEventIndex.snapshot: the decayed window sums of every pair)`,
);
console.log(`  sweep of 100 dates     ${ms(tSweep)}  (${ms(tSweep / 100)} a date)`);
console.log(`  snapshot + blocs       ${ms(tBlocs)}`);
console.log(`  peak RSS (engine)      ${mb(rssEngine)}  target < 2 GB: ${rssEngine < 2 ** 31 ? 'met' : 'MISSED'}`);

if (!flag('no-sql')) {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-bench-'));
  try {
    const sql = sqlSnapshot(join(dir, 'events.db'), cols, probe, window, halfLife);
    sample();
    let worst = 0;
    for (const [key, value] of sql.sums) {
      const [a, b] = key.split(':').map(Number) as [number, number];
      const p = index.pairOf(a, b);
      worst = Math.max(worst, Math.abs(index.decayedSum(p, probe, window) - value) / Math.max(1, Math.abs(value)));
    }
    console.log(
      `  SQLite: load ${ms(sql.loadMs)}, index ${ms(sql.indexMs)}, one snapshot query (median of ${sql.runs}) ${ms(sql.queryMs)}`,
    );
    console.log(
      `  ratio SQL query / engine snapshot: ${(sql.queryMs / median(runs)).toFixed(0)}×  (${sql.sums.size} pairs, largest relative difference ${worst.toExponential(1)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
sample();
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `  peak RSS (process)     ${mb(Math.max(peakRss, maxRss))}  target < 2 GB: ${Math.max(peakRss, maxRss) < 2 ** 31 ? 'met' : 'MISSED'}`,
);
