/**
 * Conflict-forecast benchmark: the whole rolling-origin backtest of `orrery forecast backtest ucdp`
 * (every model, monthly origins 2010-01 to 2024-11, horizons 1–6, Armenia, Azerbaijan and Georgia
 * scored) on the real UCDP files, with Orrery's conflict series from a fresh SQLite store of the
 * shipped dataset. Target (issue 17): under 60 s. Prints the time of each run, the best and the ratio
 * to the target. Run: `npm run bench -- conflict [--runs N]` (writes bench/out/forecast-conflict.json).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { defaultUcdpDir } from '../../src/dataset/ucdp.js';
import { conflictPanel, ucdpBacktest } from '../../src/operations/forecast/conflict.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/open.js';

const TARGET_S = 60;
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 3;

const dir = mkdtempSync(join(tmpdir(), 'orrery-conflict-bench-'));
const store = await openStore(join(dir, 'orrery.db'));
let events;
try {
  await initStore(store, defaultDataDir(), defaultSourcesDir());
  events = await store.listEvents();
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

const t0 = performance.now();
const panel = conflictPanel(defaultUcdpDir(), events);
const loadS = (performance.now() - t0) / 1000;

const times: number[] = [];
let forecasts = 0;
let origins = 0;
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const r = ucdpBacktest(panel);
  times.push((performance.now() - t) / 1000);
  forecasts = r.forecasts.length;
  origins = r.origins;
}
const best = Math.min(...times);
const result = {
  benchmark: 'forecast-conflict',
  origins,
  scoredForecasts: forecasts,
  loadSeconds: Number(loadS.toFixed(3)),
  runs: times.map((t) => Number(t.toFixed(2))),
  bestSeconds: Number(best.toFixed(2)),
  targetSeconds: TARGET_S,
  ratioToTarget: Number((best / TARGET_S).toFixed(3)),
  loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
};
console.log(
  `conflict backtest: ${origins} origins, ${forecasts} scored forecasts; UCDP + Orrery series read in ${loadS.toFixed(2)} s`,
);
console.log(`load average ${result.loadAverage.join(', ')} (the machine's other work slows every run)`);
console.log(`runs: ${times.map((t) => `${t.toFixed(2)} s`).join(', ')}`);
console.log(`best ${best.toFixed(2)} s against the ${TARGET_S} s target: ${(best / TARGET_S).toFixed(3)} of it`);
const out = fileURLToPath(new URL('../out/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'forecast-conflict.json'), `${JSON.stringify(result, null, 2)}\n`);
