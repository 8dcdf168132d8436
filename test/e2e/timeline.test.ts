/**
 * End to end: the timeline reads newest first (a toggle gives oldest first), says which events it
 * shows, exports them as CSV, and answers a mistyped actor with the closest names rather than a
 * command-line hint. Review badges are checked in ingest.test.ts, where coded events exist.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, startApp, stopApp, type Server } from './harness.js';

interface EventsPage {
  total: number;
  items: { id: string; date: string }[];
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

async function rowIds(): Promise<string[]> {
  return page
    .locator('.event-list li')
    .evaluateAll((els) => els.map((li) => li.querySelector('.event-row')!.getAttribute('data-id') ?? ''));
}

test('the timeline is newest first, and oldest first on request', async () => {
  const all = await api<EventsPage>(server, '/api/events?limit=1000');
  assert.ok(all.total > 50, 'more than a page of events (the premise of the test)');
  await page.goto(`${server.url}/#/timeline`);
  await page.waitForSelector('.list-pane[data-ready="true"] .event-row');
  const newest = [...all.items]
    .reverse()
    .slice(0, 50)
    .map((e) => e.id);
  assert.deepEqual(await rowIds(), newest, 'the first page is the newest 50, newest first');
  assert.match((await page.locator('.event-list > p').textContent()) ?? '', /newest first/);
  await page.getByLabel('newest first').uncheck();
  await page.waitForURL(/order=oldest/);
  await page.waitForFunction(
    (id) => document.querySelector('.event-row')?.getAttribute('data-id') === id,
    all.items[0]!.id,
  );
  assert.deepEqual(
    await rowIds(),
    all.items.slice(0, 50).map((e) => e.id),
  );
  const csv = await page.locator('a.export').getAttribute('href');
  assert.match(csv ?? '', /format=csv/);
  const res = await fetch(`${server.url}${csv}`);
  assert.equal(res.status, 200);
  const lines = (await res.text()).trim().split('\n');
  assert.equal(lines.length - 1, all.total, 'the export has every event shown by the filters');
  assert.deepEqual(errors, []);
});

test('a mistyped name is answered with the closest names', async () => {
  await page.goto(`${server.url}/#/timeline?actor=Armnia`);
  const box = page.locator('.suggestions');
  await box.waitFor();
  const text = (await box.textContent()) ?? '';
  assert.match(text, /Armnia/);
  assert.doesNotMatch(text, /orrery /, 'no command-line hint');
  await box.getByRole('button', { name: 'Armenia', exact: true }).click();
  await page.waitForURL(/actor=ARM(&|$)/);
  await page.waitForSelector('.list-pane[data-ready="true"] .event-row');
  assert.deepEqual(
    errors.filter((e) => !/404/.test(e)),
    [],
  );
});

test('an event lists each source that reports it once', async () => {
  const id = 'first-karabakh-war-1988-1994';
  const earlier = errors.length; // the mistyped name above is answered with a 404 on purpose
  const detail = await api<{ passages: { source: string }[]; corroborating_sources: string[] }>(
    server,
    `/api/events/${id}`,
  );
  const cited = detail.passages.map((p) => p.source);
  assert.ok(new Set(cited).size < cited.length, 'several passages come from one source (premise)');
  const all = [...new Set([...cited, ...detail.corroborating_sources])].sort();
  await page.goto(`${server.url}/#/timeline?event=${id}`);
  await page.waitForSelector('.event-detail');
  const chips = await page
    .locator('.event-detail h3:has-text("Reported by") + p a.chip')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  assert.deepEqual([...chips].sort(), all, 'every reporting source, each once');
  assert.deepEqual(errors.slice(earlier), []);
});
