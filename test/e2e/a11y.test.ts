/**
 * End to end: keyboard and contrast. The map's segments are one tab stop (arrow keys inside), so the
 * route planner is a few Tab presses from the top; selecting a segment zooms to it; text meets WCAG's
 * 4.5:1 contrast, computed in the page from the computed styles (WCAG 2.x relative luminance) for every
 * visible text of the network's side panel, the timeline's rows and the map's country labels.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startApp, stopApp, type Server } from './harness.js';

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

/** Texts under `selector` whose contrast with what is behind them is below `min`; runs in the page. */
async function lowContrast(selector: string, min = 4.5): Promise<string[]> {
  const { checked, low } = await page.evaluate(
    ({ selector, min }) => {
      const rgba = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const c = [r!, g!, b!].map((v) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
      };
      const ratio = (a: number[], b: number[]) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      };
      /** The colour behind an HTML element: the first ancestor with an opaque background. */
      const behind = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgba(getComputedStyle(e).backgroundColor);
          if (c.length >= 3 && (c.length < 4 || c[3]! > 0.5)) return c;
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      let checked = 0;
      for (const el of document.querySelectorAll(selector)) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!own) continue;
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) continue;
        const cs = getComputedStyle(el);
        checked++;
        if (el instanceof SVGElement) {
          // An SVG label over the map: its fill against every country shape it sits on.
          const fill = rgba(cs.fill);
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          const under = document
            .elementsFromPoint(cx, cy)
            .filter((u) => u.matches('.country, .sea, .lake'))
            .map((u) => rgba(getComputedStyle(u).fill));
          for (const bg of under.slice(0, 1)) {
            const q = ratio(fill, bg);
            if (q < min) out.push(`${el.textContent!.trim()}: ${q.toFixed(2)}`);
          }
          continue;
        }
        const q = ratio(rgba(cs.color), behind(el));
        if (q < min)
          out.push(`${el.tagName}.${el.className} “${el.textContent!.trim().slice(0, 30)}”: ${q.toFixed(2)}`);
      }
      return { checked, low: out };
    },
    { selector, min },
  );
  assert.ok(checked > 0, `some text under ${selector} was checked`);
  return low;
}

test('the map is a few tab stops from the route planner, and its segments are one', async () => {
  await page.goto(`${server.url}/#/map?tab=route&at=2026-03-05`);
  await page.waitForSelector('.canvas[data-ready="true"] path.segment');
  assert.equal(await page.locator('path.segment[tabindex="0"]').count(), 1, 'one segment is in the tab order');
  let presses = 0;
  for (; presses < 40; presses++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'from')) break;
    await page.keyboard.press('Tab');
  }
  // The header (skip link, ten views, About, Alerts), the scenario picker and its "New scenario…",
  // the map's own controls, one stop for all the segments: 26 at most (it was 172).
  assert.ok(presses <= 26, `the route planner's From is reached in ${presses} Tab presses`);
  // Inside the segments, the arrow keys move from one to the next.
  await page.locator('path.segment[tabindex="0"]').focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
  assert.ok(first && second && first !== second, `the arrow moved focus from ${first} to ${second}`);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`seg=${second}`));
  await page.waitForFunction(() => Number(document.querySelector('.zoomed')?.getAttribute('data-k')) > 1);
  assert.deepEqual(errors, []);
});

test('a selected segment and a chosen route are zoomed to', async () => {
  await page.goto(`${server.url}/#/map?at=2026-06-01&seg=tripp-road-arm`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.waitForFunction(() => Number(document.querySelector('.zoomed')?.getAttribute('data-k')) >= 4);
  const box = await page.locator('path.segment[data-id="tripp-road-arm"]').boundingBox();
  assert.ok(box && box.width + box.height > 60, `the 42 km segment is visible: ${JSON.stringify(box)}`);
  await page.goto(`${server.url}/#/map?tab=route&from=baku&to=kars&at=2026-03-05`);
  await page.waitForSelector('.routes .route.chosen');
  await page.waitForFunction(() => Number(document.querySelector('.zoomed')?.getAttribute('data-k')) > 1);
  assert.deepEqual(errors, []);
});

test('every line style of the map has a legend entry', async () => {
  await page.goto(`${server.url}/#/map?tab=route&from=baku&to=kars&at=2026-03-05`);
  await page.waitForSelector('.routes .route.chosen');
  const styles = await page
    .locator('.legend [data-style]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-style')));
  const drawn = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('path.segment')].map((p) => `mode:${p.getAttribute('data-mode')}`)),
    ...new Set([...document.querySelectorAll('path.segment')].map((p) => `status:${p.getAttribute('data-status')}`)),
  ]);
  for (const s of [...drawn, 'route', 'disputed', 'beyond']) assert.ok(styles.includes(s), `legend has ${s}`);
  const modeColours = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('path.segment')].map((p) => p.getAttribute('stroke'))),
  ]);
  const routeColours = await page
    .locator('.routes path.core')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('stroke')))]);
  for (const c of routeColours) assert.ok(!modeColours.includes(c), `route colour ${c} is no mode's colour`);
});

test('text contrast is at least 4.5:1', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30`);
  await page.waitForSelector('.overview .ties button');
  assert.deepEqual(await lowContrast('.side *, .toolbar *, .date-note'), [], 'network panel and toolbar');
  await page.goto(`${server.url}/#/timeline`);
  await page.waitForSelector('.event-row .type');
  assert.deepEqual(await lowContrast('.event-list *'), [], 'timeline rows and their type labels');
  const size = await page
    .locator('.event-row .type')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 12, `type labels are ${size}px`);
  await page.goto(`${server.url}/#/map?at=2026-03-05`);
  await page.waitForSelector('.country-label');
  assert.deepEqual(await lowContrast('.country-label'), [], 'country labels over the map');
  // Under a scenario: its control and banner, the hypothetical badges and the panels of what it changes.
  await page.goto(`${server.url}/#/network?at=2026-12-31&scenario=armenia-leaves-csto`);
  await page.waitForSelector('.scenario-panel li[data-tie]');
  await page.waitForSelector('.scenario-banner .scenario-title');
  assert.deepEqual(await lowContrast('.scenario-bar *, .side *'), [], 'scenario banner and network panel');
  await page.goto(`${server.url}/#/map?at=2026-09-30&scenario=aras-road-closed`);
  await page.waitForSelector('.scenario-segments li');
  assert.deepEqual(await lowContrast('.scenario-changes *, .legend *'), [], 'what the scenario changes on the map');
  // The scenario editor, with a change of each kind of field open (choices, numbers, texts, hints).
  await page.getByRole('button', { name: 'New scenario…' }).click();
  await page.locator('select[name="change-kind"]').selectOption('add-relation');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('.scenario-editor li[data-change="add-relation"]').waitFor();
  assert.deepEqual(await lowContrast('.scenario-editor *'), [], 'the scenario editor');
  assert.deepEqual(errors, []);
});
