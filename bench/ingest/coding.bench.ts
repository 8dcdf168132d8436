/**
 * Coding benchmark: throughput of the event coder in sentences per second on one core, and memory
 * as the streamed input grows (at 50k, 100k and 200k sentences by default). The corpus is
 * generated as it is read (bench/ingest/corpus.ts): sentences of the five sources plus varied
 * template sentences; nothing is accumulated. Target (issue 3): at least 5,000 sentences per
 * second, and memory that stays flat.
 *
 *   npm run bench -- coding [--sentences 200k] [--sources DIR] [--seed 1]
 */
import { fileURLToPath } from 'node:url';
import { datasetActors } from '../../src/dataset/actors.js';
import { defaultSourcesDir } from '../../src/dataset/paths.js';
import { codeSentences, defaultPatterns } from '../../src/ingest/coder/index.js';
import { arg, count } from '../analysis/args.js';
import { corpus, sourceSentences } from './corpus.js';

const TARGET = 5000;
const total = count('sentences', 200_000);
const checkpoints = [...new Set([Math.round(total / 4), Math.round(total / 2)])];
const actors = datasetActors(fileURLToPath(new URL('../../data/caucasus', import.meta.url)));
const sources = sourceSentences(arg('sources', defaultSourcesDir()));
const seed = Number(arg('seed', '1'));

const mb = (b: number): number => Math.round((b / 1048576) * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;

// Warm up (JIT, dictionary compilation) on a small slice.
const ctx = { actors, published: '2025-07-15', sourceId: 'bench', patterns: defaultPatterns() };
for (const _ of codeSentences(corpus(5000, sources, seed + 1), ctx)) void _;
gc?.();

const rows: Array<{
  sentences: number;
  seconds: number;
  per_second: number;
  events: number;
  heap_mb: number;
  rss_mb: number;
  max_rss_mb: number;
}> = [];
let events = 0;
let done = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
function checkpoint(): void {
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = process.memoryUsage();
  rows.push({
    sentences: done,
    seconds: Math.round(seconds * 100) / 100,
    per_second: Math.round(done / seconds),
    events,
    heap_mb: mb(m.heapUsed),
    rss_mb: mb(m.rss),
    max_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
  });
}
const stream = (function* () {
  for (const s of corpus(total, sources, seed)) {
    if (checkpoints.includes(done)) checkpoint();
    done++;
    yield s;
  }
})();
for (const _ of codeSentences(stream, ctx)) events++;
checkpoint();
rows.splice(0, rows.length, ...rows.filter((r) => r.sentences > 0));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const rate = done / seconds;
console.log(
  `coder: ${done} sentences (${sources.length} source sentences recycled, the rest generated), ${events} events, one thread`,
);
console.log('sentences   seconds   sent/s   events   heap MB   rss MB   peak rss MB');
for (const r of rows) {
  console.log(
    `${String(r.sentences).padStart(9)} ${String(r.seconds).padStart(9)} ${String(r.per_second).padStart(8)} ${String(r.events).padStart(8)} ${String(r.heap_mb).padStart(9)} ${String(r.rss_mb).padStart(8)} ${String(r.max_rss_mb).padStart(13)}`,
  );
}
const first = rows[0]!;
const last = rows.at(-1)!;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `throughput: ${Math.round(rate)} sentences/s wall clock on one thread — target ${TARGET}, ratio ${(rate / TARGET).toFixed(2)}`,
);
console.log(
  `  (${Math.round(done / cpuSeconds)} sentences per CPU-second; the thread got ${Math.round((cpuSeconds / seconds) * 100)}% of a core on this machine)`,
);
console.log(
  `memory: peak RSS ${first.max_rss_mb} MB at ${first.sentences} sentences, ${last.max_rss_mb} MB at ${last.sentences} (growth ×${(last.max_rss_mb / first.max_rss_mb).toFixed(2)} for ×${(last.sentences / first.sentences).toFixed(1)} input); heap ${first.heap_mb} → ${last.heap_mb} MB`,
);
