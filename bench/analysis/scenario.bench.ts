/**
 * Benchmark of `scenario diff` on the shipped dataset, for every shipped scenario:
 *   npm run bench -- scenario
 *
 * Loads the shipped dataset into a fresh SQLite store, then for each scenario times the whole diff
 * (network, blocs and exposure on the evidence and under the scenario, and the 55 hub routes twice
 * when it changes segments) from a cold per-process cache (a new OperationData each time), median of
 * 5. Judged by: the slowest scenario's median < 1 s (issue 17), printed as a ratio to that target.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { OperationData } from '../../src/operations/data.js';
import { checkedScenarios } from '../../src/operations/scenarios/evidence.js';
import { scenarioDiffOperation } from '../../src/operations/scenarios/diff.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/open.js';

const TARGET_MS = 1000;
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), 'orrery-bench-scenario-'));
const store = await openStore(join(dir, 'orrery.db'));
try {
  await initStore(store, defaultDataDir(), defaultSourcesDir());
  const fresh = () => ({ store, data: new OperationData(store, defaultDataDir(), defaultSourcesDir()) });
  const scenarios = (await checkedScenarios(fresh())).filter((s) => s.scenario);
  let worst = 0;
  console.log('scenario diff, shipped dataset, cold cache each run (median of 5)');
  for (const s of scenarios) {
    const times: number[] = [];
    let summary = '';
    for (let i = 0; i < RUNS; i++) {
      const ctx = fresh();
      const t0 = performance.now();
      const d = await scenarioDiffOperation.run(ctx, { id: s.id, at: '2028-06', threshold: 0.05 });
      times.push(performance.now() - t0);
      summary = `${d.ties.length} ties, ${d.blocs.moved.length} bloc moves, ${d.exposures.length} exposures, ${d.routes.length}/${d.routePairs} routes`;
    }
    const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    worst = Math.max(worst, median);
    console.log(`  ${s.id.padEnd(22)} ${median.toFixed(0).padStart(5)} ms   (${summary})`);
  }
  console.log(
    `slowest median ${worst.toFixed(0)} ms; ratio to the 1 s target: ${(worst / TARGET_MS).toFixed(2)} (≤ 1 passes)`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
