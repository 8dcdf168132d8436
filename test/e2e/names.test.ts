/**
 * End to end: names, not codes. The network's side panel and graph labels, the timeline's rows and the
 * route planner's segment table show actors, event types and places as people say them (the code
 * stays in the label's title); date boxes read and write ISO dates whatever the browser's locale.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, type Server } from './harness.js';

interface Actor {
  id: string;
  name: string;
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];
let codes: Set<string>;

before(async () => {
  ({ server, browser, page, errors } = await startApp());
  const actors = await api<Actor[]>(server, '/api/actors');
  const places = await api<{ id: string; name: string }[]>(server, '/api/places');
  const stats = await api<{ events_by_type: Record<string, number> }>(server, '/api/stats');
  // Codes that are not also how people say the name: slugs and ids such as FORMAT_3P3, dmitry-masyuk,
  // red-bridge, the three-letter state codes, and the PLOVER type names.
  codes = new Set(
    [
      ...actors.filter((a) => a.id !== a.name && !a.name.includes(a.id)).map((a) => a.id),
      ...places.filter((p) => p.id !== p.name.toLowerCase() && /[-_]/.test(p.id)).map((p) => p.id),
      ...Object.keys(stats.events_by_type),
    ].filter((c) => c.length >= 3 && !['EEU', 'OSCE', 'NATO', 'CSTO', 'EUMA', 'ICC', 'ICJ', 'MI6', 'HUR'].includes(c)),
  );
});

after(() => stopApp({ server, browser }));

/** The codes that appear as whole words in the text of the elements matching `selector`. */
async function codesIn(selector: string): Promise<string[]> {
  const text = (await page.locator(selector).allTextContents()).join('\n');
  return [...codes].filter((c) => new RegExp(`(^|[^\\w-])${c.replace(/[-]/g, '\\-')}($|[^\\w-])`).test(text));
}

test('the network shows actors by name, with the code on hover', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.waitForSelector('.overview .ties button');
  await page.waitForFunction(() => /Armenia/.test(document.querySelector('.overview')?.textContent ?? ''));
  assert.deepEqual(await codesIn('.overview'), [], 'no internal code in the blocs and ties');
  const title = await page.locator('.overview .ties button').first().getAttribute('title');
  assert.match(title ?? '', /\([A-Za-z0-9_-]+–[A-Za-z0-9_-]+\)/, 'the codes are in the title');
  const labels = await page.evaluate(() =>
    (globalThis as unknown as { orreryGraph: import('cytoscape').Core }).orreryGraph
      .nodes()
      .map((n) => String(n.data('label'))),
  );
  assert.ok(
    labels.includes('Armenia') && labels.includes('Azerbaijan'),
    `graph labels are names: ${labels.join(', ')}`,
  );
  assert.deepEqual(
    labels.filter((l) => codes.has(l)),
    [],
    'no graph label is a code',
  );
  await page.locator('.overview .ties button').first().click();
  await page.waitForSelector('.edge-panel .contribution');
  assert.deepEqual(await codesIn('.edge-panel .head'), [], 'contribution types in words');
  assert.deepEqual(errors, []);
});

test('the compare date box is ISO, not the locale', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.locator('.tools input[type="checkbox"]').check();
  const box = page.getByLabel('compare date');
  assert.equal(await box.getAttribute('type'), 'text');
  assert.match(await box.inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  await box.fill('2020-01-31');
  await box.press('Enter');
  await page.waitForFunction(() => location.hash.includes('compare=2020-01-31'));
  // The panel keeps the last comparison until the new one is drawn (a deferred render): wait for it.
  await page.locator('.compare-panel h2', { hasText: '2020-01-31' }).waitFor({ timeout: 15_000 });
  assert.match((await page.locator('.compare-panel h2').textContent()) ?? '', /^Changed from 2020-01-31 to 2025-06-30/);
  for (const view of ['map', 'impact']) {
    await page.goto(`${server.url}/#/${view}`);
    await page.waitForSelector('.toolbar input.iso-date');
    assert.equal(await page.locator('input[type="date"]').count(), 0, `${view}: no locale date input`);
  }
  assert.deepEqual(errors, []);
});

test('the timeline shows event types and actors in words', async () => {
  await page.goto(`${server.url}/#/timeline?pair=ARM,RUS`);
  await page.waitForSelector('.list-pane[data-ready="true"] .event-row');
  await page.waitForFunction(() => /Armenia|Russia/.test(document.querySelector('.event-list')?.textContent ?? ''));
  assert.deepEqual(await codesIn('.event-list'), [], 'no code in the rows');
  const type = page.locator('.event-row .type').first();
  assert.match((await type.getAttribute('title')) ?? '', /^[A-Z]+$/, 'the PLOVER code on hover');
  assert.doesNotMatch((await type.textContent()) ?? '', /^[A-Z]+$/);
  assert.deepEqual(errors, []);
});

test('the route planner lists segments by place names', async () => {
  await page.goto(`${server.url}/#/map?tab=route&from=baku&to=kars&at=2026-06-30`);
  await page.waitForSelector('.route-results .segments-table tbody tr');
  await page.waitForFunction(() => /Baku/.test(document.querySelector('.segments-table')?.textContent ?? ''));
  assert.deepEqual(await codesIn('.segments-table'), [], 'no code in the segment table');
  assert.deepEqual(await codesIn('.route-results .chain'), [], 'countries by name');
  await screenshot(page, 'names-route');
  assert.deepEqual(errors, []);
});
