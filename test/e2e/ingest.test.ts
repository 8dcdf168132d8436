/**
 * End to end: ingest and review in chromium against `orrery serve`. A small document written for
 * this test (with markup in its text) is uploaded through the form, the ingest job's progress is
 * shown until it is done; its coded candidates appear with
 * their sentences as text (the markup shown, never run); one is accepted and leaves the queue; a
 * decision on a stale version says that someone else decided first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, type Server } from './harness.js';

interface Item {
  event: { id: string; review?: string; event_type: string };
  version: string;
  passages: { text: string | null }[];
}

const MARKUP = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
const DOCUMENT = [
  `On 3 March 2026 Azerbaijan accused Russia of violating its airspace near Baku ${MARKUP}.`,
  'Armenia and Georgia signed a transit agreement on 5 March 2026.',
].join(' ');

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

async function pending(): Promise<Item[]> {
  return (await api<{ items: Item[] }>(server, '/api/review')).items;
}

test('ingest a document, see its candidates as text, accept one', async () => {
  await page.goto(`${server.url}/#/ingest`);
  await page.waitForSelector('.review-pane[data-ready="true"]');
  assert.equal(await page.locator('.review-pane .review-card').count(), 0, 'a fresh store has nothing to review');

  await page.fill('textarea[name="text"]', DOCUMENT);
  await page.fill('input[name="filename"]', 'e2e-note.txt');
  await page.fill('input[name="title"]', 'End-to-end test note');
  await page.fill('input[name="published"]', '2026-03-06');
  // The upload starts a job; its progress is shown until the report comes (record that it appeared).
  await page.evaluate(`(() => {
    const seen = (globalThis.__progress = []);
    new MutationObserver(() => {
      const stage = document.querySelector('.job-progress')?.getAttribute('data-stage');
      if (stage && seen.at(-1) !== stage) seen.push(stage);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.getByRole('button', { name: 'Ingest', exact: true }).click();
  // coding the sentences loads the NLP models on first use: slow on a busy machine
  await page.waitForSelector('.ingest-report .review-card, .ingest-pane [role="alert"]', { timeout: 90_000 });
  const failure = page.locator('.ingest-pane [role="alert"]');
  if (await failure.count()) assert.fail(`the upload failed: ${await failure.textContent()}`);

  const stages = await page.evaluate(() => (globalThis as { __progress?: string[] }).__progress ?? []);
  assert.ok(stages.length >= 1, "the job's progress was shown while it ran");
  assert.equal(await page.locator('.job-progress').count(), 0, 'and is gone once the report is shown');

  const queue = await pending();
  assert.ok(queue.length >= 1, 'the document gave coded events to review');
  const cards = page.locator('.ingest-report .review-card');
  assert.equal(await cards.count(), queue.length, 'every coded candidate is shown');
  // Each candidate is shown once: with the report, not again in the queue.
  await page.locator('.review-pane .in-report').waitFor();
  assert.equal(await page.locator('.review-pane .review-card').count(), 0, 'no card twice');
  for (const it of queue)
    assert.equal(await page.locator(`.review-card[data-id="${it.event.id}"]`).count(), 1, `${it.event.id} once`);

  const accused = queue.find((i) => i.event.event_type === 'ACCUSE');
  assert.ok(accused, 'the accusation was coded');
  const card = page.locator(`.ingest-report .review-card[data-id="${accused.event.id}"]`);
  const sentence = (await card.locator('.sentence').first().textContent()) ?? '';
  assert.ok(sentence.includes(MARKUP), 'the markup in the sentence is shown as text');
  assert.equal(
    await page.locator('.review-card img, .review-card script').count(),
    0,
    'no element was made from the text',
  );
  assert.equal(
    await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned),
    undefined,
    'nothing from the document ran',
  );
  assert.match((await card.textContent()) ?? '', /rule/);
  assert.match((await card.locator('.in-words').textContent()) ?? '', /^Azerbaijan accused Russia on 3 March 2026/);
  assert.match((await card.locator('.location').textContent()) ?? '', /where: /, 'the location is shown');
  await screenshot(page, 'ingest');

  await card.getByRole('button', { name: 'Accept' }).click();
  await card.locator('.outcome').waitFor();
  const shown = await api<{ event: { review?: string } }>(server, `/api/events/${accused.event.id}`);
  assert.equal(shown.event.review, 'accepted', 'the store has the decision');
  await page.reload();
  await page.waitForSelector('.review-pane[data-ready="true"]');
  assert.equal(
    await page.locator(`.review-pane .review-card[data-id="${accused.event.id}"]`).count(),
    0,
    'the accepted candidate left the queue',
  );
  await screenshot(page, 'ingest-accepted');

  // the stored document in the reader: its text as text, the accepted event's sentence highlighted
  const source = (await api<{ event: { citations: { source: string }[] } }>(server, `/api/events/${accused.event.id}`))
    .event.citations[0]!.source;
  await page.goto(`${server.url}/#/sources?source=${source}`);
  await page.locator('.reader .source-text mark').first().waitFor();
  assert.ok(
    ((await page.locator('.reader .source-text').textContent()) ?? '').includes(MARKUP),
    'the reader shows the markup as text',
  );
  assert.equal(await page.locator('.reader img, .reader script').count(), 0);
  assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
  assert.deepEqual(errors, []);
});

test('a decision on a stale version is refused and says why', async () => {
  const [item] = await pending();
  assert.ok(item, 'a candidate is still pending');
  await page.goto(`${server.url}/#/ingest`);
  const card = page.locator(`.review-pane .review-card[data-id="${item.event.id}"]`);
  await card.waitFor();
  // another reviewer rejects it first, through the API
  const res = await fetch(`${server.url}/api/review/${item.event.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'reject', if_match: item.version }),
  });
  assert.equal(res.status, 200);
  await card.getByRole('button', { name: 'Accept' }).click();
  await card.locator('[role="alert"]').waitFor();
  assert.match((await card.locator('[role="alert"]').textContent()) ?? '', /Someone else changed this event/);
  const after = await api<{ event: { review?: string } }>(server, `/api/events/${item.event.id}`);
  assert.equal(after.event.review, 'rejected', 'the first decision stands');
  // The timeline leaves a rejected coded event out unless asked for, and then badges it.
  await page.goto(`${server.url}/#/timeline?origin=coded`);
  await page.waitForSelector('.list-pane[data-ready="true"]');
  assert.equal(await page.locator(`.event-row[data-id="${item.event.id}"]`).count(), 0, 'rejected: not listed');
  await page.getByLabel('show rejected coded events').check();
  const row = page.locator(`.event-row[data-id="${item.event.id}"]`);
  await row.waitFor();
  assert.equal(await row.locator('.badge.review-rejected').textContent(), 'rejected');
  assert.deepEqual(
    errors.filter((e) => !/409/.test(e)),
    [],
    'only the refused write is logged',
  );
});
