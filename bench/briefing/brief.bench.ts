/**
 * Briefing benchmark (issue 18): the briefing of Armenia, Azerbaijan and Georgia over a quarter
 * (1 July to 30 September 2025, `orrery brief --at 2025-09-30 --since 2025-07-01`) from a fresh
 * SQLite store of the shipped dataset, as HTML (compose and render, in a fresh process context:
 * every figure read from the store) and as PDF (the same plus headless Chromium). Targets: HTML
 * < 2 s, PDF < 5 s. Prints each run, the median, the parts and the ratio to each target.
 * Run: `npm run bench -- briefing [--runs N]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlToPdf } from '../../src/cli/pdf.js';
import { Briefing, briefContract } from '../../src/contracts/brief.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { OperationData } from '../../src/operations/data.js';
import { buildBriefing } from '../../src/operations/briefing/operation.js';
import { renderHtml } from '../../src/operations/briefing/render-html.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/open.js';

const HTML_TARGET_S = 2;
const PDF_TARGET_S = 5;
const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 3;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const dir = mkdtempSync(join(tmpdir(), 'orrery-brief-bench-'));
const store = await openStore(join(dir, 'orrery.db'));
try {
  await initStore(store, defaultDataDir(), defaultSourcesDir());
  const params = briefContract.input.parse({ at: '2025-09-30', since: '2025-07-01' });
  const html: number[] = [];
  const pdf: number[] = [];
  let parts = { compose: 0, render: 0, print: 0 };
  let bytes = { html: 0, pdf: 0 };
  for (let i = 0; i < runs; i++) {
    // A fresh context per run: nothing read from the store is reused between runs.
    const ctx = { store, data: new OperationData(store, defaultDataDir(), defaultSourcesDir()) };
    const t0 = performance.now();
    const b = Briefing.parse(await buildBriefing(ctx, params));
    const t1 = performance.now();
    const page = renderHtml(b);
    const t2 = performance.now();
    const doc = await htmlToPdf(page);
    const t3 = performance.now();
    html.push(t2 - t0);
    pdf.push(t3 - t0);
    parts = { compose: t1 - t0, render: t2 - t1, print: t3 - t2 };
    bytes = { html: page.length, pdf: doc.length };
    console.log(
      `run ${i + 1}: HTML ${s(t2 - t0)} (compose ${s(t1 - t0)}, render ${s(t2 - t1)}), PDF ${s(t3 - t0)} (Chromium ${s(t3 - t2)})`,
    );
  }
  const h = median(html);
  const p = median(pdf);
  console.log(`three countries, one quarter; ${runs} runs; HTML ${bytes.html} characters, PDF ${bytes.pdf} bytes`);
  console.log(`last run parts: compose ${s(parts.compose)}, render ${s(parts.render)}, print ${s(parts.print)}`);
  console.log(`HTML median ${s(h)}: ${(h / 1000 / HTML_TARGET_S).toFixed(2)} of the ${HTML_TARGET_S} s target`);
  console.log(`PDF median ${s(p)}: ${(p / 1000 / PDF_TARGET_S).toFixed(2)} of the ${PDF_TARGET_S} s target`);
  if (h > HTML_TARGET_S * 1000 || p > PDF_TARGET_S * 1000) process.exitCode = 1;
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
