/**
 * End to end: the claims view in chromium against `orrery serve` with the shipped dataset. Every claim
 * the API evaluates is listed with its verdict; the verdict filter lives in the URL; an opened claim
 * shows its figures and the passages it cites, read from the sources.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, until, type Server } from './harness.js';

interface ClaimJson {
  id: string;
  verdict: string;
  key: string;
  checks: unknown[];
  citations: Array<{ source: string; start: number; end: number }>;
  known_disagreement?: string;
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

test("the claims view lists every claim with its verdict, filters by verdict and shows a claim's passages", async () => {
  const claims = await api<ClaimJson[]>(server, '/api/claims');
  assert.ok(claims.length >= 30, `the shipped dataset has ${claims.length} claims`);

  await page.goto(`${server.url}/#/network`);
  await page.getByRole('navigation', { name: 'views' }).getByRole('link', { name: 'Claims' }).click();
  await page.waitForURL(/#\/claims/);
  await page.waitForSelector('.claims-list[data-ready="true"]');
  const cards = page.locator('.claim-card');
  assert.equal(await cards.count(), claims.length, 'one card per claim');
  const shown = await cards.evaluateAll((els) =>
    els.map((el) => ({
      id: (el as unknown as { id: string }).id.replace(/^claim-/, ''),
      verdict: (el as unknown as { getAttribute(n: string): string | null }).getAttribute('data-verdict'),
      badge: (
        (el as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector(
          'header .verdict',
        )?.textContent ?? ''
      ).trim(),
    })),
  );
  assert.deepEqual(
    shown.map((s) => [s.id, s.verdict]),
    claims.map((c) => [c.id, c.verdict]),
    "in the API's order, each with the API's verdict",
  );
  for (const s of shown) assert.match(s.badge, new RegExp(`^${s.verdict}`), `${s.id} shows its verdict badge`);
  const agree = claims.filter((c) => c.verdict === 'agrees').length;
  assert.match(
    (await page.locator('.claims-summary').textContent()) ?? '',
    new RegExp(`^${agree} of ${claims.length} claims agree`),
  );

  // the filter by verdict is in the URL
  const disagree = claims.filter((c) => c.verdict === 'disagrees');
  await page.selectOption('.toolbar select >> nth=0', 'disagrees');
  await page.waitForURL(/verdict=disagrees/);
  await until(async () => (await cards.count()) === disagree.length, 'the claims that disagree');
  for (const c of disagree.filter((x) => x.known_disagreement)) {
    assert.match(
      (await page.locator(`#claim-${c.id} .known-disagreement`).textContent()) ?? '',
      /Why the model disagrees/,
    );
  }

  // a claim opened from the URL: its figures and its first cited passage, as the source has it
  const chosen = claims.find((c) => c.verdict === 'agrees')!;
  await page.goto(`${server.url}/#/claims?claim=${chosen.id}`);
  const card = page.locator(`#claim-${chosen.id}`);
  await card.locator('.passage blockquote').first().waitFor({ timeout: 15_000 });
  assert.equal(await card.locator('.claim-check').count(), chosen.checks.length, 'the figures of each test');
  const c0 = chosen.citations[0]!;
  const passage = await api<{ text: string }>(
    server,
    `/api/passages?source=${c0.source}&start=${c0.start}&end=${c0.end}`,
  );
  assert.equal((await card.locator('.passage blockquote').first().textContent())?.trim(), passage.text.trim());
  await screenshot(page, 'claims');
  assert.deepEqual(errors, []);
});
