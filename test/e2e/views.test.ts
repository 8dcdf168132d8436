/**
 * End to end: the timeline, pair and sources views in chromium against `orrery serve` with the
 * shipped dataset, each checked against the API; an event's passage highlighted inside its source;
 * filters and selections in the URL; an unknown id answered with an error that says what happened.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { api, screenshot, startApp, stopApp, until, type Server } from './harness.js';

interface EventsPage {
  total: number;
  items: { id: string }[];
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
});

after(() => stopApp({ server, browser }));

test('the timeline lists the filtered events and opens one in its source', async () => {
  await page.goto(`${server.url}/#/timeline?pair=ARM,RUS`);
  await page.waitForSelector('.list-pane[data-ready="true"]');
  const pair = await api<EventsPage>(server, '/api/events?pair=ARM,RUS&limit=50');
  assert.ok(pair.total > 0);
  assert.equal(await page.locator('.event-row').count(), Math.min(50, pair.total));

  await page.selectOption('select[name="status"]', 'disputed');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/status=disputed/);
  const disputed = await api<EventsPage>(server, '/api/events?pair=ARM,RUS&status=disputed&limit=50');
  await until(
    async () => (await page.locator('.event-row').count()) === disputed.items.length,
    'the disputed events of the pair',
  );

  // an event with a conflict: its passages in context, its other sources and the conflicting claims
  const conflicts = await api<{ claims: { record?: string }[] }[]>(server, '/api/conflicts');
  const id = conflicts
    .flatMap((c) => c.claims.map((cl) => cl.record))
    .find((r): r is string => !!r && !r.includes(' '));
  assert.ok(id, 'the dataset has a conflict about a record');
  const detail = await api<{ event?: { id: string }; passages: { text: string | null }[]; conflicts: unknown[] }>(
    server,
    `/api/events/${id}`,
  ).catch(() => null);
  assert.ok(detail?.event, `the conflict's record ${id} is an event`);
  await page.goto(`${server.url}/#/timeline?event=${id}`);
  const focus = page.locator('.event-detail .source-excerpt mark.focus').first();
  await focus.waitFor({ timeout: 15_000 });
  const first = detail.passages[0]!.text!;
  assert.equal(
    (await page.locator('.event-detail .source-excerpt').first().locator('mark.focus').allTextContents()).join(''),
    first,
    'the first passage is highlighted inside its source text',
  );
  const inView = await focus.evaluate((el) => {
    type Box = { getBoundingClientRect(): { top: number; bottom: number }; closest(s: string): Box | null };
    const mark = (el as unknown as Box).getBoundingClientRect();
    const box = (el as unknown as Box).closest('.source-text')!.getBoundingClientRect();
    return mark.top >= box.top && mark.top < box.bottom;
  });
  assert.ok(inView, 'the source text is scrolled to the passage');
  assert.equal(await page.locator('.event-detail .conflict').count(), detail.conflicts.length);
  await screenshot(page, 'timeline');
  assert.deepEqual(errors, []);
});

test("the pair view charts the series and lists a bucket's events", async () => {
  await page.goto(`${server.url}/#/pair?a=ARM&b=RUS`);
  await page.waitForSelector('.chart-pane[data-ready="true"]');
  const series = await api<{ buckets: { bucket: string; total: number; events: { id: string }[] }[] }>(
    server,
    '/api/analyses/series?a=ARM&b=RUS',
  );
  assert.equal(await page.locator('.series-chart .bucket').count(), series.buckets.length);
  const busy = series.buckets.find((b) => b.total > 0)!;
  const bar = page.locator(`.series-chart .bucket[aria-label^="${busy.bucket}:"]`);
  await bar.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`bucket=${busy.bucket}`));
  const links = page.locator('.bucket-events li a');
  await until(async () => (await links.count()) === busy.events.length, "the bucket's events");
  assert.match((await links.first().getAttribute('href')) ?? '', new RegExp(`event=${busy.events[0]!.id}`));
  await screenshot(page, 'pair');
  assert.deepEqual(errors, []);
});

test('the sources reader highlights every cited passage', async () => {
  const sources = await api<{ id: string }[]>(server, '/api/sources');
  const id = sources[0]!.id;
  const doc = await api<{ passages: { start: number; end: number; records: unknown[] }[] }>(
    server,
    `/api/sources/${id}`,
  );
  await page.goto(`${server.url}/#/sources?source=${id}`);
  await page.locator('.reader .source-text mark').first().waitFor();
  // the offsets the highlighted runs cover, walking the text in order
  const marked = await page.locator('.reader .source-text').evaluate((box) => {
    const runs: [number, number][] = [];
    let at = 0;
    const children = (box as unknown as { children: ArrayLike<{ tagName: string; textContent: string | null }> })
      .children;
    for (const child of Array.from(children)) {
      const n = (child.textContent ?? '').length;
      if (child.tagName === 'MARK') runs.push([at, at + n]);
      at += n;
    }
    return runs;
  });
  const covered = (a: number, b: number) => {
    let x = a;
    for (const [s, e] of marked) if (s <= x && e > x) x = e;
    return x >= b;
  };
  for (const p of doc.passages) assert.ok(covered(p.start, p.end), `passage ${p.start}–${p.end} is highlighted`);
  for (const [s, e] of marked)
    assert.ok(
      doc.passages.some((p) => p.start <= s && p.end >= e),
      `highlight ${s}–${e} lies inside a cited passage`,
    );
  assert.equal(
    await page.locator('.passage-index ol li').count(),
    doc.passages.length,
    'every cited passage is listed',
  );
  await page.locator('.passage-index ol li button').nth(1).click();
  await page.waitForURL(/passage=/);
  assert.equal(
    await page.locator('.passage-index .current li').count(),
    doc.passages[1]!.records.length,
    'the records citing the chosen passage',
  );
  await screenshot(page, 'sources');
  assert.deepEqual(errors, []);
});

test('an unknown event says what went wrong', async () => {
  await page.goto(`${server.url}/#/timeline?event=no-such-event`);
  const alert = page.locator('.event-detail, .side [role="alert"]').first();
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /Could not load the event no-such-event \(HTTP 404, not_found\)/);
  assert.ok(
    errors.every((e) => /404/.test(e)),
    'only the 404 is logged',
  );
});
