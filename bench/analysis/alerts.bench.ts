/**
 * Alerts benchmark (issue 18): 100 rules evaluated after an ingest, as `orrery ingest` and `watch`
 * do. A SQLite store holds the shipped dataset and `--rules` rules (default 100: 40 tie rules over
 * pairs of the region's states and their neighbours, 20 series rules, 30 event rules, 5 corridor and
 * 5 claim rules); an article is ingested, then every rule is evaluated (the store read, the engine, the
 * write of the rules' state and firings), `--runs` times (default 9), each after a new article.
 * Target: under 50 ms (median). The engine's own share is printed too.
 *
 *   npm run bench -- alerts [--rules 100] [--runs 9]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import type { AlertRule } from '../../src/model/index.js';
import { runAlerts } from '../../src/operations/alerts/run.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/open.js';
import { count } from './args.js';

const TARGET_MS = 50;
const ruleCount = count('rules', 100);
const runs = Math.max(1, count('runs', 9));
const STATES = ['ARM', 'AZE', 'GEO', 'RUS', 'TUR', 'IRN', 'USA', 'FRA'];
const TYPES = ['CONSULT', 'AGREE', 'ACCUSE', 'THREATEN', 'ASSAULT', 'COOPERATE'] as const;

const dir = mkdtempSync(join(tmpdir(), 'orrery-alerts-bench-'));
const store = await openStore(join(dir, 'alerts.db'));
await initStore(store, defaultDataDir(), defaultSourcesDir());
const pairs = STATES.flatMap((a, i) => STATES.slice(i + 1).map((b) => [a, b] as const));
const segments = loadTransportNetwork(defaultDataDir()).network.segments.map((s) => s.id);
const claims = (await store.listClaims()).map((c) => c.id);
const added = new Date().toISOString();
const rules: AlertRule[] = [];
for (let i = 0; i < ruleCount; i++) {
  const k = i % 20;
  const [a, b] = pairs[i % pairs.length]!;
  const condition: AlertRule['condition'] =
    k < 8
      ? { kind: 'tie', a, b, op: i % 2 ? 'below' : 'above', value: (i % 5) - 2 }
      : k < 12
        ? { kind: 'series', a, b, op: 'below', value: -3 - (i % 4) }
        : k < 18
          ? { kind: 'events', actor: STATES[i % STATES.length]!, types: [TYPES[i % TYPES.length]!] }
          : k === 18
            ? { kind: 'corridor', segment: segments[i % segments.length]! }
            : { kind: 'claim', claim: claims[i % claims.length]! };
  rules.push({ id: `rule-${i}`, condition, added, state: {} });
}
await store.putAlertRules(rules);
await runAlerts(store, { dataDir: defaultDataDir(), deliver: false }); // the baselines

const article = (n: number): string =>
  [
    `Regional digest number ${n}.`,
    `Armenia and Azerbaijan held talks in Tbilisi on ${1 + (n % 27)} November 2026 on the text of a border agreement.`,
    `Georgia and Turkey discussed rail freight on ${2 + (n % 26)} November 2026.`,
    `Russia criticised Azerbaijan on ${3 + (n % 25)} November 2026 over the detention of journalists.`,
  ].join('\n');

const totals: number[] = [];
const engine: number[] = [];
const reads: number[] = [];
let fired = 0;
for (let i = 0; i < runs; i++) {
  await ingestDocument(store, { text: article(i), filename: `digest-${i}.txt`, published: '2026-11-30' });
  const t0 = performance.now();
  const run = await runAlerts(store, { dataDir: defaultDataDir(), deliver: false });
  totals.push(performance.now() - t0);
  engine.push(run.ms.evaluate);
  reads.push(run.ms.read);
  fired += run.firings.length;
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(
  `machine: ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `${ruleCount} rules after an ingest, median of ${runs}: ${median(totals).toFixed(1)} ms (target < ${TARGET_MS} ms; ratio ${(median(totals) / TARGET_MS).toFixed(2)})`,
);
console.log(
  `  of which reading the store and dataset ${median(reads).toFixed(1)} ms, the engine ${median(engine).toFixed(1)} ms; ${fired} firings over the runs`,
);
await store.close();
rmSync(dir, { recursive: true, force: true });
if (median(totals) >= TARGET_MS) process.exitCode = 1;
