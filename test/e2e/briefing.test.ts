/**
 * End to end: the Briefing view and the fired-alerts badge in chromium against `orrery serve`. The
 * view shows the July–September 2025 briefing the API writes (its entries, its citation links into
 * the app's reader), switches to one pair and to Markdown through its controls (the choices in the
 * URL), and prints the framed briefing. The badge counts the alerts that fired (an events rule and an
 * ingest made with the real command on the server's own store) and lists them with their passages.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ROOT, api, screenshot, startApp, stopApp, until, type Server } from './harness.js';

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];
const dir = mkdtempSync(join(tmpdir(), 'orrery-e2e-brief-'));

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(async () => {
  await stopApp({ server, browser });
  rmSync(dir, { recursive: true, force: true });
});

const run = promisify(execFile);

/**
 * Run the real command on the server's store. Asynchronously: a blocking spawn would stall this
 * process's event loop, so a kept-alive socket the server closes meanwhile would be reused and fail.
 */
async function orrery(...args: string[]): Promise<void> {
  try {
    await run(process.execPath, [join(ROOT, 'bin', 'orrery.js'), ...args], {
      env: { ...process.env, ORRERY_DB: server.db },
      encoding: 'utf8',
      timeout: 60_000,
    });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    assert.fail(`orrery ${args.join(' ')}: ${err.stderr ?? err.message}`);
  }
}

test('the Briefing view shows the quarter, switches to a pair and to Markdown, and prints', async () => {
  await page.goto(`${server.url}/#/briefing?at=2025-09-30&since=2025-07-01`);
  const frame = page.frameLocator('iframe.briefing-frame');
  await frame.locator('article.entry').first().waitFor();
  assert.equal(await frame.locator('article.entry').count(), 3, 'Armenia, Azerbaijan and Georgia');
  assert.match((await frame.locator('body').textContent()) ?? '', /Washington/);
  const cite = frame.locator('a[data-cite]').first();
  assert.ok((await frame.locator('a[data-cite]').count()) > 10);
  assert.ok(
    (await cite.getAttribute('href'))!.startsWith(`${server.url}/#/sources?source=`),
    'citations open the app’s reader',
  );
  assert.equal(await page.locator('input[name="since"]').inputValue(), '2025-07-01');
  await screenshot(page, 'briefing-quarter');

  // Print: the framed briefing's own print, not the app around it.
  await page.evaluate(() => {
    const w = document.querySelector<HTMLIFrameElement>('iframe.briefing-frame')!.contentWindow!;
    (w as unknown as { print: () => void }).print = () => ((window as unknown as { printed: boolean }).printed = true);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  assert.equal(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed), true);

  // One pair.
  await page.selectOption('select[name="scope"]', 'pair');
  await page.fill('input[name="who"]', 'RUS,AZE');
  await page.getByRole('button', { name: 'Show briefing' }).click();
  await page.waitForURL(/pair=RUS(%2C|,)AZE/);
  await until(async () => (await frame.locator('article.entry').count()) === 1, 'one entry for the pair');
  assert.match((await frame.locator('article.entry h2').textContent()) ?? '', /Russia.*Azerbaijan|Azerbaijan.*Russia/);

  // Markdown, with the links kept.
  await page.selectOption('select[name="format"]', 'md');
  await page.getByRole('button', { name: 'Show briefing' }).click();
  await page.waitForURL(/format=md/);
  const md = page.locator('pre.briefing-md');
  await md.waitFor();
  const text = (await md.textContent()) ?? '';
  assert.match(text, /^# South Caucasus briefing, 1 July 2025 to 30 September 2025/);
  assert.match(text, /\]\(http:\/\/127\.0\.0\.1:\d+\/#\/sources\?source=/);

  // A bad date: the server's message, not an empty page.
  await page.goto(`${server.url}/#/briefing?at=2025-09-30&since=2025-10-15`);
  await page.locator('.status.error').waitFor();
  assert.match((await page.locator('.status.error').textContent()) ?? '', /since/);
  assert.deepEqual(
    errors.filter((e) => !/status of 400/.test(e)),
    [],
  );
  errors.length = 0; // the expected 400 is not the next test's business
});

test('the header badge counts fired alerts and lists them with their passages', async () => {
  await page.goto(`${server.url}/#/network`);
  await page.locator('.alerts-badge .count').waitFor();
  assert.equal(await page.locator('.alerts-badge .count').textContent(), '0');

  await orrery('alert', 'add', 'events', 'Armenia', '--id', 'armenia-talks');
  const file = join(dir, 'talks.txt');
  writeFileSync(file, 'Armenia and Azerbaijan held talks in Tbilisi on 3 November 2026 on the border commissions.\n');
  await orrery('ingest', file, '--published', '2026-11-04');
  const fired = await api<Array<{ rule: string; message: string }>>(server, '/api/alerts');
  assert.deepEqual(
    fired.map((f) => f.rule),
    ['armenia-talks'],
  );

  await page.reload();
  const badge = page.locator('.alerts-badge .badge');
  await until(async () => (await page.locator('.alerts-badge .count').textContent()) === '1', 'one alert in the badge');
  assert.match((await badge.getAttribute('class')) ?? '', /fired/);
  await badge.click();
  const item = page.locator('#alert-list li[data-rule="armenia-talks"]');
  await item.waitFor();
  assert.ok(((await item.textContent()) ?? '').includes(fired[0]!.message));
  const link = item.locator('a').first();
  assert.match((await link.getAttribute('href')) ?? '', /^#\/sources\?source=/);
  await link.click();
  await page.waitForURL(/#\/sources\?source=/);
  assert.deepEqual(errors, []);
});
