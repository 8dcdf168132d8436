/**
 * End to end: the map view and the corridor impact view in chromium against `orrery serve` with the
 * shipped dataset. A route planned with a constraint avoids it (the same answer as the API's, drawn
 * on the map), a segment opened from the keyboard shows its cited status, and the TRIPP impact report
 * shows each state's leverage.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, until, type Server } from './harness.js';

interface RouteAnswer {
  routes: { countries: string[]; segments: { id: string }[] }[];
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

async function listedChains(): Promise<string[]> {
  // The chain shows names; its data-codes attribute keeps the codes the API answers with.
  return page.locator('.route-results .chain').evaluateAll((els) => els.map((e) => e.getAttribute('data-codes') ?? ''));
}

test('a route planned with a constraint avoids it', async () => {
  // Before March 2026, when Baku's traffic to Nakhchivan still crossed Iran.
  await page.goto(`${server.url}/#/map?tab=route&at=2026-02-01`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  const at = await page.locator('.toolbar input.iso-date').inputValue();
  await page.selectOption('select[name="from"]', 'baku');
  await page.selectOption('select[name="to"]', 'nakhchivan');
  await page.getByRole('button', { name: 'Find routes' }).click();
  await page.waitForSelector('.route-results');
  const free = await api<RouteAnswer>(
    server,
    `/api/route?from=baku&to=nakhchivan&at=${at}&modes=rail,road,ferry,sea&alternatives=3`,
  );
  assert.ok(
    free.routes[0]?.countries.includes('IRN'),
    'without constraints the best route crosses Iran (the premise of this test)',
  );
  assert.deepEqual(
    await listedChains(),
    free.routes.map((r) => r.countries.join(' → ')),
  );

  await page.locator('input[name="avoid"][value="IRN"]').check();
  await page.getByRole('button', { name: 'Find routes' }).click();
  await page.waitForURL(/avoid=IRN/);
  const avoiding = await api<RouteAnswer>(
    server,
    `/api/route?from=baku&to=nakhchivan&at=${at}&avoid=IRN&modes=rail,road,ferry,sea&alternatives=3`,
  );
  assert.ok(avoiding.routes.length > 0, 'there is a route around Iran');
  await until(
    async () =>
      JSON.stringify(await listedChains()) === JSON.stringify(avoiding.routes.map((r) => r.countries.join(' → '))),
    'the listed routes to be those avoiding Iran',
  );
  for (const chain of await listedChains()) assert.ok(!chain.includes('IRN'), `route ${chain} avoids Iran`);
  assert.match(
    (await page.locator('.route-results .transit').first().textContent()) ?? '',
    /Georgia/,
    'its transit countries are listed, by name',
  );
  assert.equal(await page.locator('.routes .route').count(), avoiding.routes.length, 'every route is drawn');
  assert.equal(
    await page.locator('.routes .route.chosen path.core').count(),
    avoiding.routes[0]!.segments.length,
    'the chosen route is drawn segment by segment',
  );
  await screenshot(page, 'map-route');
  assert.deepEqual(errors, []);
});

test('a segment opened from the keyboard shows its cited status', async () => {
  await page.goto(`${server.url}/#/map?at=2026-06-01`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  const seg = page.locator('path.segment[data-id="tripp-road-arm"]');
  await seg.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/seg=tripp-road-arm/);
  const record = await api<{ passages: { text: string | null }[] }>(
    server,
    '/api/segments/tripp-road-arm?at=2026-06-01',
  );
  const text = record.passages[0]?.text;
  assert.ok(text, 'the API cites a passage for this segment');
  const quote = page.locator('.facts .passage blockquote', { hasText: text.slice(0, 50) }).first();
  await quote.waitFor({ timeout: 15_000 });
  assert.equal(await quote.textContent(), text);
  assert.match((await page.locator('.facts').textContent()) ?? '', /planned/);
  await screenshot(page, 'map-segment');
  assert.deepEqual(errors, []);
});

test('the TRIPP impact report shows who gains and who loses transit', async () => {
  await page.goto(`${server.url}/#/impact?corridor=tripp`);
  await page.waitForSelector('.impact table');
  const report = await api<{ pairs: unknown[]; countries: { country: string; leverage: string }[] }>(
    server,
    '/api/corridors/tripp/impact',
  );
  const rows = page.locator('.impact table').nth(1).locator('tbody tr');
  assert.equal(await rows.count(), report.countries.length);
  for (const [i, c] of report.countries.entries()) {
    const cells = await rows.nth(i).locator('td').allTextContents();
    assert.equal(await rows.nth(i).locator('td').first().getAttribute('title'), c.country, 'the code on hover');
    assert.notEqual(cells[0], c.country, 'the state by name');
    assert.equal(cells[3], c.leverage);
  }
  assert.equal(await page.locator('.impact table').first().locator('tbody tr').count(), report.pairs.length);
  assert.ok((await page.locator('.routes .route').count()) >= 1, 'the chosen pair is drawn');
  await screenshot(page, 'impact');
  assert.deepEqual(errors, []);
});

test('a click where lines overlap offers a choice of them', async () => {
  await page.goto(`${server.url}/#/map?at=2026-06-01&seg=tripp-road-arm`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.waitForFunction(() => Number(document.querySelector('.zoomed')?.getAttribute('data-k')) >= 4);
  // A point on a line where another line is drawn within 5 px (found in the page, as a user would see it).
  const spot = await page.evaluate(() => {
    for (const p of document.querySelectorAll<SVGPathElement>('path.segment')) {
      const len = p.getTotalLength();
      for (const f of [0.3, 0.5, 0.7]) {
        const pt = p.getPointAtLength(len * f);
        const m = p.getScreenCTM();
        if (!m) continue;
        const x = pt.x * m.a + pt.y * m.c + m.e;
        const y = pt.x * m.b + pt.y * m.d + m.f;
        const canvas = document.querySelector('.map-canvas svg')!.getBoundingClientRect();
        if (x < canvas.left + 60 || y < canvas.top + 10 || x > canvas.right - 10 || y > canvas.bottom - 10) continue;
        const ids = new Set(
          document
            .elementsFromPoint(x, y)
            .filter((e) => e.matches('path.segment'))
            .map((e) => e.getAttribute('data-id')),
        );
        if (ids.size >= 2) return { x, y, ids: [...ids] };
      }
    }
    return null;
  });
  assert.ok(spot, 'some lines overlap near the TRIPP segment (the premise of the test)');
  await page.mouse.click(spot.x, spot.y);
  const picker = page.locator('.line-picker');
  await picker.waitFor();
  assert.ok((await picker.locator('li button').count()) >= 2, 'each line drawn there is offered');
  await picker.locator('li button').nth(1).click();
  await page.waitForURL(/seg=/);
  assert.equal(await picker.count(), 0);
  assert.deepEqual(errors, []);
});

test('place labels keep a thin halo when the map is zoomed in', async () => {
  await page.goto(`${server.url}/#/map?at=2026-06-01&seg=tripp-road-arm`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.waitForFunction(() => Number(document.querySelector('.zoomed')?.getAttribute('data-k')) >= 4);
  const halos = await page.evaluate(() => {
    const k = Number(document.querySelector('.zoomed')!.getAttribute('data-k'));
    return [...document.querySelectorAll<SVGTextElement>('.place text')].map((t) => ({
      screen: parseFloat(getComputedStyle(t).strokeWidth) * k,
      join: getComputedStyle(t).strokeLinejoin,
    }));
  });
  assert.ok(halos.length > 0, 'some places are named at this zoom');
  for (const h of halos) {
    assert.ok(h.screen <= 3, `a label's halo is ${h.screen.toFixed(1)} px on screen (spikes at this zoom if it grows)`);
    assert.equal(h.join, 'round');
  }
  assert.deepEqual(errors, []);
});
