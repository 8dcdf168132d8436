/**
 * End to end: the first screen and every screen size. The app opens at the date of the newest event
 * in the record and says so, with an introduction and three starting points; the network's layout is
 * the same on every load and its labels never overlap; at 1440×900, 820×1180 (a tablet) and 390×844 no view scrolls sideways and
 * the header stays in view. Screenshots of every view at each size go to test-artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, type Server } from './harness.js';

let server: Server;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startApp());
});

after(() => stopApp({ server, browser }));

async function pageAt(
  width: number,
  height: number,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** The newest event date, as the API lists the events: a date known only to the month or year counts from its first day. */
async function newestEventDate(): Promise<string> {
  const all = await api<{ items: { date: string }[] }>(server, '/api/events?limit=1000');
  const days = all.items.map((e) => {
    const [y, m, d] = e.date.split('-');
    return `${y}-${m ?? '01'}-${d ?? '01'}`;
  });
  return days.sort()[days.length - 1]!;
}

test('the first screen opens at the newest evidence, says so, and introduces the app', async () => {
  const newest = await newestEventDate();
  assert.ok(newest < new Date().toISOString().slice(0, 10), 'the data ends before today (the premise of the test)');
  const { context, page, errors } = await pageAt(1440, 900);
  await page.goto(`${server.url}/`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  assert.equal(
    await page.locator('.canvas').getAttribute('data-date'),
    newest,
    'the network is drawn at the newest date',
  );
  assert.match(page.url(), new RegExp(`at=${newest}`));
  const note = (await page.locator('.date-note').textContent()) ?? '';
  assert.match(note, new RegExp(newest), 'the note names the date');
  assert.match(note, /newest/);
  const intro = page.locator('.intro');
  assert.ok(await intro.isVisible(), 'the introduction shows on a first visit');
  assert.match((await intro.textContent()) ?? '', /5 sources|sources/);
  assert.equal(await intro.locator('.starts a').count(), 3, 'three starting points');
  await screenshot(page, 'first-screen');
  await intro.getByRole('button', { name: 'close the introduction' }).click();
  await page.reload();
  await page.waitForSelector('.canvas[data-ready="true"]');
  assert.equal(await page.locator('.intro').count(), 0, 'a closed introduction stays closed');
  await page.getByRole('button', { name: 'About' }).click();
  assert.ok(await page.locator('.intro').isVisible(), 'About opens it again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the network layout is the same on every load', async () => {
  const positions = async (): Promise<string> => {
    const { context, page } = await pageAt(1440, 900);
    await page.goto(`${server.url}/#/network?at=2025-06-30`);
    await page.waitForSelector('.canvas[data-ready="true"]');
    await page.waitForFunction(() => (globalThis as unknown as { orreryGraph?: unknown }).orreryGraph);
    const pos = await page.evaluate(() =>
      (globalThis as unknown as { orreryGraph: import('cytoscape').Core }).orreryGraph
        .nodes()
        .map((n) => `${n.id()}:${Math.round(n.position().x)},${Math.round(n.position().y)}`)
        .sort()
        .join(' '),
    );
    await context.close();
    return pos;
  };
  const first = await positions();
  assert.ok(first.length > 0);
  assert.equal(await positions(), first, 'two fresh loads place every actor at the same point');
});

test('no two actor labels of the network overlap, at dates from 1995 to 2026', async () => {
  const { context, page, errors } = await pageAt(1440, 900);
  for (const at of ['1995-06-30', '2008-08-31', '2015-06-30', '2020-10-31', '2023-09-30', '2026-03-05']) {
    await page.goto(`${server.url}/#/network?at=${at}`);
    await page.waitForSelector(`.canvas[data-ready="true"][data-date="${at}"]`);
    const m = await page.evaluate(() => {
      const cy = (globalThis as unknown as { orreryGraph: import('cytoscape').Core }).orreryGraph;
      const boxes = cy.nodes().map((n) => ({
        id: n.id(),
        b: n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }),
      }));
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const c = boxes[j]!.b;
          if (a.w > 0 && c.w > 0 && a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2)
            clashes.push(`${boxes[i]!.id}/${boxes[j]!.id}`);
        }
      return { labelled: boxes.filter((x) => x.b.w > 0).length, clashes };
    });
    assert.ok(m.labelled > 10, `${at}: the actors are labelled (${m.labelled})`);
    assert.deepEqual(m.clashes, [], `${at}: labels that overlap`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

const VIEWS = ['network', 'map', 'impact', 'timeline', 'pair', 'sources', 'claims', 'ingest', 'briefing'];

for (const [width, height] of [
  [1440, 900],
  [820, 1180],
  [390, 844],
] as const) {
  test(`at ${width}×${height} no view scrolls sideways and the header is in view`, async () => {
    const { context, page, errors } = await pageAt(width, height);
    for (const view of VIEWS) {
      await page.goto(`${server.url}/#/${view}`);
      await page.waitForSelector('main#view > *:not(.status)');
      await page.waitForTimeout(400);
      const m = await page.evaluate(() => {
        const header = document.querySelector('header.top')!.getBoundingClientRect();
        const links = [...document.querySelectorAll('nav[aria-label="views"] a')].map((a) => a.getBoundingClientRect());
        return {
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          header: { left: header.left, right: header.right, top: header.top },
          linksInside: links.every((r) => r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5),
        };
      });
      assert.ok(m.scroll <= width, `${view} at ${width}px: page is ${m.scroll}px wide`);
      assert.equal(m.client, width);
      assert.ok(m.header.left >= 0 && m.header.right <= width && m.header.top >= 0, `${view}: header in view`);
      assert.ok(m.linksInside, `${view}: every view link is on screen`);
      await screenshot(page, `${view}-${width}x${height}`);
    }
    if (width < 500) {
      await page.goto(`${server.url}/#/network?at=2025-06-30`);
      await page.waitForSelector('.canvas[data-ready="true"]');
      const canvas = await page.locator('.canvas').boundingBox();
      assert.ok(
        canvas && canvas.width >= width - 2 && canvas.height >= 300,
        `the network canvas is usable: ${JSON.stringify(canvas)}`,
      );
      await page.goto(`${server.url}/#/timeline`);
      await page.waitForSelector('.event-row');
      const summary = await page.locator('.event-row .summary').first().boundingBox();
      assert.ok(
        summary && summary.width >= width * 0.6,
        `a timeline summary uses the width: ${JSON.stringify(summary)}`,
      );
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the skip link is the first tab stop and moves focus to the view', async () => {
  const { context, page } = await pageAt(1440, 900);
  await page.goto(`${server.url}/#/timeline`);
  await page.waitForSelector('.event-row');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
  assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'view');
  assert.match(page.url(), /#\/timeline/, 'the view stays');
  await context.close();
});
