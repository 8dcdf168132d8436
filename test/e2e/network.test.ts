/**
 * End to end: the network view in chromium against `orrery serve` with the shipped dataset. The time
 * slider moves the network (checked against the API at each date, the graph updated in place), an
 * edge clicked on the canvas shows a passage that the API says backs it, and two dates compare.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, until, type Server } from './harness.js';
import { clearestTie, drawnTies, graphTag, tagGraph, tiesWithClass, type DrawnTie } from './graph.js';

interface Net {
  date: string;
  edges: {
    source: string;
    target: string;
    weight: number;
    contributions: { citations: { source: string; start: number; end: number }[] }[];
  }[];
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

async function apiTies(at: string): Promise<DrawnTie[]> {
  const net = await api<Net>(server, `/api/analyses/network?at=${at}&explain=false`);
  return net.edges
    .map((e) => ({ id: `${e.source}--${e.target}`, weight: e.weight }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function assertSameTies(drawn: DrawnTie[], expected: DrawnTie[], at: string): void {
  assert.deepEqual(
    drawn.map((t) => t.id),
    expected.map((t) => t.id),
    `the ties drawn at ${at} are the API's`,
  );
  drawn.forEach((t, i) => assert.ok(Math.abs(t.weight - expected[i]!.weight) < 1e-9, `weight of ${t.id} at ${at}`));
}

async function waitForDate(at: string): Promise<void> {
  await page.waitForSelector(`.canvas[data-ready="true"][data-date="${at}"]`, { timeout: 30_000 });
}

test('the time slider moves the network, updated in place', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30`);
  await waitForDate('2025-06-30');
  const t2025 = await drawnTies(page);
  assert.ok(t2025.length > 10, `a network with ties at 2025-06-30 (got ${t2025.length})`);
  assertSameTies(t2025, await apiTies('2025-06-30'), '2025-06-30');
  await screenshot(page, 'network');
  await tagGraph(page, 'first');

  const slider = page.locator('.time-slider input[type="range"]');
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('PageDown');
  await waitForDate('2015-06-30');
  const t2015 = await drawnTies(page);
  assertSameTies(t2015, await apiTies('2015-06-30'), '2015-06-30');
  assert.notDeepEqual(t2015, t2025, 'the network of 2015 differs from that of 2025');
  assert.equal(await graphTag(page), 'first', 'the same cytoscape instance was updated, not rebuilt');
  assert.equal(await page.locator('.time-slider output').textContent(), 'June 2015');
  await page.waitForURL(/at=2015-06-30/);

  await page.keyboard.press('ArrowRight');
  await waitForDate('2015-07-31');
  assertSameTies(await drawnTies(page), await apiTies('2015-07-31'), '2015-07-31');
  await screenshot(page, 'network-2015');

  await page.getByRole('button', { name: /Play/ }).click();
  await until(
    async () => ((await page.locator('.canvas').getAttribute('data-date')) ?? '') >= '2015-09-30',
    'play to move the date on',
  );
  await page.getByRole('button', { name: /Pause/ }).click();
  assert.deepEqual(errors, []);
});

test('clicking an edge shows the passages that back it', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30`);
  await waitForDate('2025-06-30');
  const tie = await clearestTie(page);
  assert.ok(tie, 'an edge to click');
  const box = await page.locator('.graph').boundingBox();
  assert.ok(box);
  await page.mouse.click(box.x + tie.x, box.y + tie.y);
  await page.waitForURL(/edge=/);
  const edge = new URL(page.url()).hash.match(/edge=([^&]+)/)![1]!;
  const [a, b] = decodeURIComponent(edge).split('--') as [string, string];

  const explained = await api<Net>(server, `/api/analyses/network?at=2025-06-30&actors=${a},${b}`);
  const first = explained.edges[0]?.contributions[0]?.citations[0];
  assert.ok(first, `the API explains ${a}–${b} with a cited record`);
  const passage = await api<{ text: string }>(
    server,
    `/api/passages?source=${first.source}&start=${first.start}&end=${first.end}`,
  );
  const quote = page.locator('.edge-panel .passage blockquote', { hasText: passage.text.slice(0, 60) }).first();
  await quote.waitFor({ timeout: 15_000 });
  assert.equal(await quote.textContent(), passage.text, 'the panel quotes the cited passage exactly');
  assert.match((await page.locator('.edge-panel h2').textContent()) ?? '', /—/);
  await screenshot(page, 'network-edge');
  assert.deepEqual(errors, []);
});

test('comparing two dates highlights the ties that changed', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30&compare=2018-12-31`);
  await waitForDate('2025-06-30');
  await page.waitForSelector('.compare-panel');
  const diff = await api<{ changes: { source: string; target: string; delta: number; signFlip: boolean }[] }>(
    server,
    '/api/analyses/diff?from=2018-12-31&to=2025-06-30&explainTop=3',
  );
  const drawn = new Set((await drawnTies(page)).map((t) => t.id));
  const flips = diff.changes
    .filter((c) => c.signFlip)
    .map((c) => `${c.source}--${c.target}`)
    .filter((id) => drawn.has(id))
    .sort();
  assert.ok(flips.length > 0, 'some tie changed sign between 2018 and 2025');
  await until(
    async () => (await tiesWithClass(page, 'flip')).length === flips.length,
    'the sign flips to be highlighted',
  );
  assert.deepEqual(await tiesWithClass(page, 'flip'), flips);
  assert.ok((await tiesWithClass(page, 'changed')).length > 0, 'ties that moved without flipping are highlighted too');
  await screenshot(page, 'network-compare');
  assert.deepEqual(errors, []);
});
