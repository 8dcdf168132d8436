/**
 * End to end: writing and saving a scenario from the web app (issue 17 §1, "saved from the API and
 * the web"), in chromium against `orrery serve` on a copy of the shipped dataset (saving writes a file
 * into the dataset's scenarios/ folder). A draft missing what the model requires is refused in the
 * page, naming each field; one naming a segment the evidence does not have is refused by the server,
 * naming the change, and no file is written; the corrected draft is saved as a reviewable file, is
 * listed by the API as usable and is put in force at once. At phone width the open editor does not
 * make the page scroll sideways.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, ROOT, screenshot, startApp, stopApp, until, type Server } from './harness.js';

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];
let data: string;

before(async () => {
  data = join(mkdtempSync(join(tmpdir(), 'orrery-scenario-web-')), 'caucasus');
  cpSync(join(ROOT, 'data', 'caucasus'), data, { recursive: true });
  ({ server, browser, page, errors } = await startApp({ data }));
});

after(async () => {
  await stopApp({ server, browser });
  rmSync(join(data, '..'), { recursive: true, force: true });
});

const ID = 'dariali-shut-2027';
const file = () => join(data, 'scenarios', `${ID}.yaml`);

test('a scenario written in the page is checked, saved as a file and put in force', async () => {
  await page.goto(`${server.url}/#/map`);
  await page.getByRole('button', { name: 'New scenario…' }).click();
  const editor = page.getByRole('region', { name: 'new scenario' });
  await editor.waitFor();

  // Nothing filled in: the page names what is missing and sends nothing.
  await editor.getByRole('button', { name: 'Save scenario' }).click();
  const problems = editor.locator('.scenario-problems li');
  await problems.first().waitFor();
  const missing = (await problems.allInnerTexts()).join('\n');
  assert.match(missing, /^Title: required$/m, missing);
  assert.match(missing, /^What it supposes: required$/m, missing);
  assert.match(missing, /a scenario needs at least one change/, missing);
  assert.equal(existsSync(file()), false);

  await editor.locator('input[name="scenario-title"]').fill('Dariali road shut in 2027');
  // The id follows the title until it is typed over.
  assert.equal(await editor.locator('input[name="scenario-id"]').inputValue(), 'dariali-road-shut-in-2027');
  await editor.locator('input[name="scenario-id"]').fill(ID);
  await editor.locator('input[name="scenario-from"]').fill('2027-01');
  await editor
    .locator('textarea[name="scenario-description"]')
    .fill('Russia shuts the road crossing at Dariali for a year, as it has done before.');
  await editor.locator('select[name="change-kind"]').selectOption('set-segment');
  await editor.getByRole('button', { name: 'Add', exact: true }).click();
  const change = editor.locator('li[data-change="set-segment"]');
  await change.getByLabel('Segment').fill('tbilisi-upper-lars-rod');
  await change.getByLabel('Status').selectOption('closed');
  await change.getByLabel('Why ask this').fill('The crossing has been closed before and is the only road north.');

  // A segment the evidence does not have: the server refuses it, naming the change; no file.
  await editor.getByRole('button', { name: 'Save scenario' }).click();
  await until(
    async () => /unknown segment|no segment/i.test((await problems.allInnerTexts()).join('\n')),
    'the server to name the unknown segment',
  );
  const refused = (await problems.allInnerTexts()).join('\n');
  assert.match(refused, /change 1/, refused);
  assert.match(refused, /tbilisi-upper-lars-rod/, refused);
  assert.equal(existsSync(file()), false, 'nothing is written for a refused scenario');

  await change.getByLabel('Segment').fill('tbilisi-upper-lars-road');
  await editor.getByRole('button', { name: 'Save scenario' }).click();
  await editor.getByRole('status').waitFor();
  assert.match(await editor.getByRole('status').innerText(), /Saved as .*dariali-shut-2027\.yaml/);

  // The file is the reviewable record of what was typed.
  const yaml = readFileSync(file(), 'utf8');
  assert.match(yaml, /id: dariali-shut-2027/);
  assert.match(yaml, /segment: tbilisi-upper-lars-road/);
  assert.match(yaml, /status: closed/);
  assert.match(yaml, /rationale: The crossing has been closed before/);

  // In force at once, in the URL and the banner; the API lists it as usable.
  await until(async () => page.url().includes(`scenario=${ID}`), 'the saved scenario in the URL');
  await page.locator('.scenario-banner .scenario-title', { hasText: 'Dariali road shut in 2027' }).waitFor();
  const list = await api<Array<{ id: string; usable: boolean; changes: unknown[] }>>(server, '/api/scenarios');
  const saved = list.find((s) => s.id === ID);
  assert.ok(saved?.usable, JSON.stringify(saved));
  assert.equal(saved.changes.length, 1);
  assert.ok(
    await page.locator(`select[name="scenario"] option[value="${ID}"]`).count(),
    'the picker offers the new scenario',
  );
  await screenshot(page, 'scenario-editor-1440');
  // The one refused save is the only failed request the browser reports.
  assert.deepEqual(
    errors.filter((e) => !/status of 400 \(Bad Request\)/.test(e)),
    [],
  );
  assert.equal(errors.length, 1, errors.join('\n'));
});

test('at phone width the editor fits the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/#/network`);
  await page.reload();
  await page.getByRole('button', { name: 'New scenario…' }).click();
  await page.getByRole('region', { name: 'new scenario' }).waitFor();
  await page.locator('select[name="change-kind"]').selectOption('add-event');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  await screenshot(page, 'scenario-editor-390');
});
