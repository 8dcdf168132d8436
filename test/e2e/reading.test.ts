/**
 * End to end: the charts and the reader. A tie opens with its weight over time (the API's
 * trajectory); the pair chart has titled, signed axes, fills its box and keeps monthly bars legible by
 * scrolling inside its box; the reader numbers every passage, labels passages by their first words,
 * and hides scraping junk (Markdown stars, links to nowhere) from the text it shows.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, type Server } from './harness.js';

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

test('a tie opens with its weight over time', async () => {
  await page.goto(`${server.url}/#/network?at=2025-06-30&edge=ARM--RUS`);
  await page.waitForSelector('.edge-panel .tie-chart svg path.weight');
  const api1 = await api<{ points: unknown[]; turns: { date: string }[] }>(
    server,
    '/api/analyses/trajectory?a=ARM&b=RUS&from=1988-01-01&to=2025-06-30&step=quarter',
  );
  const d = (await page.locator('.tie-chart path.weight').getAttribute('d')) ?? '';
  assert.equal((d.match(/[ML]/g) ?? []).length, api1.points.length, 'one vertex per quarter the API gives');
  assert.equal(await page.locator('.tie-chart circle.turn').count(), api1.turns.length, 'every turn is marked');
  assert.ok(api1.turns.length > 0, 'Armenia–Russia turned at least once');
  assert.match((await page.locator('.tie-chart .turns').textContent()) ?? '', new RegExp(api1.turns[0]!.date));
  await screenshot(page, 'network-tie-chart');
  assert.deepEqual(errors, []);
});

test('the pair chart has titled, signed axes, fills its box and scrolls months inside it', async () => {
  await page.goto(`${server.url}/#/pair?a=ARM&b=RUS`);
  await page.waitForSelector('.series-chart .bucket');
  const titles = await page.locator('.series-chart .axis-title').allTextContents();
  assert.ok(
    titles.some((t) => /cooperation \(\+\)/.test(t) && /conflict \(−\)/.test(t)),
    titles.join(' | '),
  );
  assert.ok(titles.includes('year'), 'the x axis says what a bucket is');
  const ticks = await page.locator('.series-chart .tick').allTextContents();
  assert.ok(ticks.some((t) => t.startsWith('+')) && ticks.some((t) => t.startsWith('−')), 'signed ticks');
  const widths = await page.evaluate(() => ({
    chart: document.querySelector('.series-chart')!.getBoundingClientRect().width,
    pane: document.querySelector('.chart-scroll')!.clientWidth,
  }));
  assert.ok(Math.abs(widths.chart - widths.pane) <= 2, `the yearly chart fills its box: ${JSON.stringify(widths)}`);
  await page.goto(`${server.url}/#/pair?a=ARM&b=AZE&g=month`);
  await page.waitForSelector('.series-chart .bucket');
  await page.waitForFunction(() => document.querySelectorAll('.series-chart .bucket').length > 200);
  const bar = await page.evaluate(() => {
    const hits = [...document.querySelectorAll('.series-chart .bucket .hit')];
    return {
      step: hits[1]!.getBoundingClientRect().left - hits[0]!.getBoundingClientRect().left,
      page: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      scrolls: document.querySelector('.chart-scroll')!.getAttribute('data-scrolls'),
    };
  });
  assert.ok(bar.step >= 8, `a month is ${bar.step}px wide`);
  assert.equal(bar.scrolls, 'true', 'the chart scrolls inside its box');
  assert.ok(bar.page <= bar.client, 'not the page');
  assert.deepEqual(errors, []);
});

test('the reader numbers and names passages and hides scraping junk', async () => {
  const doc = await api<{ text: string; passages: { start: number; end: number }[] }>(server, '/api/sources/ieee-2026');
  assert.ok(doc.passages.length >= 10, 'more than nine passages (the premise of the test)');
  assert.ok(doc.text.includes('****') && doc.text.includes('](#)'), 'the stored text has junk (the premise)');
  await page.goto(`${server.url}/#/sources?source=ieee-2026`);
  await page.locator('.reader .source-text mark').first().waitFor();
  const labels = await page.locator('.passage-index ol li button').allTextContents();
  assert.equal(labels.length, doc.passages.length);
  for (const l of labels) assert.doesNotMatch(l, /^\d+–\d+$/, 'labelled by words, not offsets');
  const first = doc.text.slice(doc.passages[0]!.start, doc.passages[0]!.end).split(/\s+/).filter(Boolean)[0]!;
  assert.ok(labels[0]!.startsWith(first.replace(/[*[\]\\]/g, '')), `${labels[0]} starts the passage`);
  // The tenth item's number is drawn inside the list's box (not clipped).
  const clip = await page.evaluate(() => {
    const ol = document.querySelector('.passage-index ol')!;
    const li = ol.querySelectorAll('li')[9]!;
    const pad = parseFloat(getComputedStyle(ol).paddingLeft);
    const probe = document.createElement('span');
    probe.textContent = '10. ';
    probe.style.font = getComputedStyle(li).font;
    document.body.append(probe);
    const need = probe.getBoundingClientRect().width;
    probe.remove();
    return {
      pad,
      need,
      visible: ol.getBoundingClientRect().left >= ol.closest('.passage-index')!.getBoundingClientRect().left,
    };
  });
  assert.ok(clip.pad >= clip.need, `room for "10." (${clip.need}px) in ${clip.pad}px`);
  const shown = await page.locator('.reader .source-text').innerText();
  assert.ok(!shown.includes('****') && !shown.includes('](#)'), 'junk is not shown');
  assert.ok(shown.includes('Abstract'), 'the words around it are');
  await screenshot(page, 'sources-reader');
  assert.deepEqual(errors, []);
});
