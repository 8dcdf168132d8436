/**
 * Bargaining benchmark: the whole DEU III backtest (read the file, every model on the 353 issues with a
 * known outcome, the bootstrap intervals, the BDM grid and the blends on the training split). Target
 * (issue 17): under 30 s. Run: `npm run bench -- bargaining` (writes bench/out/forecast-bargaining.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../src/analysis/random.js';
import { readDeu3 } from '../../src/dataset/deu3.js';
import { backtest, type Case } from '../../src/forecast/bargaining/backtest.js';
import { MODELS } from '../../src/forecast/bargaining/models.js';

const TARGET_S = 30;

function timeS<T>(fn: () => T): [T, number] {
  const t = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - t) / 1e9];
}

const [deu3, readS] = timeS(() => readDeu3());
const cases: Case[] = deu3.issues
  .filter((i) => i.outcome !== undefined)
  .map((i) => ({ bargain: i.bargain, outcome: i.outcome as number, group: i.proposal }));
const perModel = MODELS.map((m) => {
  const [, s] = timeS(() => cases.map((c) => m.forecast(c.bargain)));
  return { name: m.name, seconds: s };
});
const [result, totalS] = timeS(() => backtest(cases, { rng: mulberry32(1) }));
const wholeS = readS + totalS;

console.log(`DEU III: ${cases.length} issues; read ${(readS * 1000).toFixed(0)} ms`);
for (const m of perModel) console.log(`  ${m.name.padEnd(12)} all issues once: ${(m.seconds * 1000).toFixed(0)} ms`);
for (const m of result.models) console.log(`  ${m.name.padEnd(12)} MAE ${m.mae.toFixed(2)}  RMSE ${m.rmse.toFixed(2)}`);
console.log(
  `backtest of all models (read + backtest): ${wholeS.toFixed(2)} s; target < ${TARGET_S} s; ratio ${(wholeS / TARGET_S).toFixed(2)}`,
);

const out = fileURLToPath(new URL('../out/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(
  `${out}forecast-bargaining.json`,
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), seconds: wholeS, targetSeconds: TARGET_S, ratio: wholeS / TARGET_S, perModel, mae: Object.fromEntries(result.models.map((m) => [m.name, m.mae])) }, null, 2)}\n`,
);
