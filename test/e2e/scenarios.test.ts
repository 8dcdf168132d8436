/**
 * End to end: the scenario picker (issue 17 §1) in chromium against `orrery serve` with the shipped
 * dataset. Every view offers the server's scenarios and keeps the choice in the URL from view to view,
 * with a banner and a way back to the evidence; on the network the graph is the scenario's and the
 * panel lists what it changes (the API's diff, ARM–RUS among it for `armenia-leaves-csto`), a
 * hypothetical record is badged; on the map the segments `aras-road-closed` closes are ringed and the
 * planner's route from Yerevan to Nakhchivan is the scenario's, set against the evidence's.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { drawnTies } from './graph.js';
import { api, screenshot, startApp, stopApp, until, type Server } from './harness.js';

interface Scenario {
  id: string;
  title: string | null;
  usable: boolean;
}
interface TieMove {
  a: string;
  b: string;
  change: string;
}
interface NetworkAnswer {
  edges: { source: string; target: string; weight: number }[];
}
interface RouteAnswer {
  routes: { countries: string[] }[];
}
interface GeoAnswer {
  features: { properties: { id?: string; status?: string }; geometry: { type: string } | null }[];
  scenario?: { records: string[] };
}

let server: Server;
let browser: Browser;
let page: Page;
let errors: string[];
const requests: string[] = [];

before(async () => {
  ({ server, browser, page, errors } = await startApp());
  page.on('request', (r) => requests.push(r.url()));
});

after(() => stopApp({ server, browser }));

const key = (a: string, b: string) => (a < b ? `${a}--${b}` : `${b}--${a}`);

test('every view offers the scenarios, and the choice follows from view to view', async () => {
  const list = await api<Scenario[]>(server, '/api/scenarios');
  const usable = list.filter((s) => s.usable);
  assert.ok(
    usable.some((s) => s.id === 'armenia-leaves-csto'),
    'the shipped scenarios are listed (premise)',
  );
  for (const view of ['network', 'map', 'impact', 'timeline', 'pair', 'sources', 'claims', 'ingest', 'briefing']) {
    await page.goto(`${server.url}/#/${view}`);
    const options = page.locator('select[name="scenario"] option');
    await until(async () => (await options.count()) === usable.length + 1, `the ${view} view to list the scenarios`);
    assert.deepEqual(
      (await options.evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))).slice(1),
      usable.map((s) => s.id),
    );
  }
  // Picked on the pair view, kept when the header leads to another view.
  await page.goto(`${server.url}/#/pair?a=ARM&b=RUS`);
  await page.selectOption('select[name="scenario"]', 'armenia-leaves-csto');
  await page.waitForURL(/scenario=armenia-leaves-csto/);
  const banner = page.getByRole('region', { name: 'scenario in force' });
  const title = usable.find((s) => s.id === 'armenia-leaves-csto')!.title!;
  assert.match((await banner.textContent()) ?? '', new RegExp(`hypothetical.*${title}`, 'i'));
  await until(
    async () => requests.some((u) => u.includes('/api/analyses/series') && u.includes('scenario=armenia-leaves-csto')),
    'the pair series to be asked for under the scenario',
  );
  await page.locator('nav[aria-label="views"] a', { hasText: 'Timeline' }).click();
  await page.waitForURL(/#\/timeline/);
  assert.match(page.url(), /scenario=armenia-leaves-csto/);
  assert.match((await banner.textContent()) ?? '', /evidence alone/, 'the timeline says it is not under the scenario');
  await banner.getByRole('button', { name: 'Back to the evidence' }).click();
  await until(async () => !page.url().includes('scenario='), 'the scenario to leave the URL');
  assert.equal(await banner.count(), 0);
  assert.deepEqual(errors, []);
});

test('on the network, the scenario is drawn and what it changes is listed against the evidence', async () => {
  const at = '2026-12-31';
  const id = 'armenia-leaves-csto';
  await page.goto(`${server.url}/#/network?at=${at}`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.selectOption('select[name="scenario"]', id);
  await page.waitForURL(/scenario=armenia-leaves-csto/);

  const diff = await api<{ ties: TieMove[] }>(server, `/api/scenarios/${id}/diff?at=${at}`);
  const expected = diff.ties.map((t) => key(t.a, t.b)).sort();
  assert.ok(expected.includes('ARM--RUS'), 'the API lists the ARM–RUS tie (premise)');
  const panel = page.getByRole('region', { name: 'what the scenario changes' });
  await panel.locator('li[data-tie]').first().waitFor();
  assert.deepEqual(
    (await panel.locator('li[data-tie]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')))).sort(),
    expected,
    'the panel lists exactly the ties the API says the scenario moves',
  );
  assert.match((await panel.locator('li[data-tie="ARM--RUS"]').textContent()) ?? '', /Armenia — Russia/);

  // The graph is the network under the scenario, not the evidence's.
  const [under, evidence] = await Promise.all([
    api<NetworkAnswer>(server, `/api/analyses/network?at=${at}&explain=false&scenario=${id}`),
    api<NetworkAnswer>(server, `/api/analyses/network?at=${at}&explain=false`),
  ]);
  const w = (n: NetworkAnswer) => n.edges.find((e) => key(e.source, e.target) === 'ARM--RUS')?.weight;
  assert.notEqual(w(under), w(evidence), 'the scenario moves ARM–RUS (premise)');
  await until(
    async () => (await drawnTies(page)).find((t) => t.id === 'ARM--RUS')?.weight === w(under),
    'the drawn ARM–RUS tie to carry its weight under the scenario',
  );
  const flips = diff.ties.filter((t) => t.change === 'flips').map((t) => key(t.a, t.b));
  const ringed = await page.evaluate(() =>
    (globalThis as unknown as { orreryGraph: import('cytoscape').Core }).orreryGraph
      .edges('.flip')
      .map((e) => e.id())
      .sort(),
  );
  assert.deepEqual(ringed, flips.sort(), 'the ties the scenario flips are ringed');
  await screenshot(page, 'network-scenario');

  // A hypothetical record behind a tie is badged and carries no citation.
  await panel.locator('li[data-tie="ARM--CSTO"] button').click();
  const hypothetical = page.locator('.edge-panel .contribution.hypothetical');
  await hypothetical.first().waitFor();
  assert.match((await hypothetical.first().textContent()) ?? '', /hypothetical/i);
  assert.equal(await hypothetical.first().locator('.citations, blockquote').count(), 0);
  assert.deepEqual(errors, []);
});

test('on the map, the segments a scenario closes are ringed and routes are computed under it', async () => {
  const at = '2026-09-30';
  const id = 'aras-road-closed';
  await page.goto(`${server.url}/#/map?at=${at}&tab=route&from=yerevan&to=nakhchivan&scenario=${id}`);
  await page.waitForSelector('.canvas[data-ready="true"]');
  await page.waitForSelector('.route-results .chain');

  const geo = await api<GeoAnswer>(server, `/api/network?at=${at}&scenario=${id}`);
  const drawnIds = new Set(
    geo.features.filter((f) => f.geometry?.type === 'LineString').map((f) => f.properties.id ?? ''),
  );
  const altered = (geo.scenario?.records ?? []).filter((r) => drawnIds.has(r)).sort();
  assert.ok(altered.includes('kalaleh-agarak-road'), 'the scenario closes the Aras road (premise)');
  assert.deepEqual(
    (
      await page
        .locator('path.segment[data-hypothetical="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
    ).sort(),
    altered,
    'exactly the segments the scenario alters are marked',
  );
  assert.equal(await page.locator('path.scenario-ring').count(), altered.length, 'each is ringed');
  assert.equal(await page.locator('path.segment[data-id="kalaleh-agarak-road"]').getAttribute('data-status'), 'closed');
  assert.ok(await page.locator('.legend [data-style="scenario"]').isVisible(), 'the ring has a legend entry');
  const plain = await api<GeoAnswer>(server, `/api/network?at=${at}`);
  const was = plain.features.find((f) => f.properties.id === 'kalaleh-agarak-road')?.properties.status;
  assert.equal(was, 'operational', 'the Aras road is open on the evidence (premise)');
  assert.match(
    (await page.locator('.scenario-segments li[data-id="kalaleh-agarak-road"]').textContent()) ?? '',
    /operational on the evidence → closed under the scenario/,
  );

  // The planner's routes are the scenario's; the evidence's are shown beside them and differ.
  const routeUrl = requests.filter((u) => u.includes('/api/route?') && u.includes(`scenario=${id}`)).at(-1);
  assert.ok(routeUrl, 'the route was asked for under the scenario');
  const path = routeUrl.slice(routeUrl.indexOf('/api/'));
  const [under, evidence] = await Promise.all([
    api<RouteAnswer>(server, path),
    api<RouteAnswer>(server, path.replace(`&scenario=${id}`, '').replace(`scenario=${id}&`, '')),
  ]);
  const chains = (a: RouteAnswer) => a.routes.map((r) => r.countries.join(' → '));
  assert.notDeepEqual(chains(under), chains(evidence), 'the scenario changes the route (premise)');
  assert.ok(chains(evidence)[0]?.includes('IRN') && !chains(under)[0]?.includes('IRN'));
  await until(
    async () =>
      JSON.stringify(
        await page.locator('.route-results .chain').evaluateAll((els) => els.map((e) => e.getAttribute('data-codes'))),
      ) === JSON.stringify(chains(under)),
    'the listed routes to be those under the scenario',
  );
  await page.locator('.evidence-routes .evidence-chain').first().waitFor();
  assert.deepEqual(
    await page
      .locator('.evidence-routes .evidence-chain')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-codes'))),
    chains(evidence),
    'the evidence-only routes are shown beside them',
  );
  await screenshot(page, 'map-scenario');
  assert.deepEqual(errors, []);
});

test("a pair's events under a scenario mark the hypothetical ones, which lead nowhere", async () => {
  const id = 'aras-road-closed';
  const series = await api<{
    buckets: { bucket: string; events: { id: string }[] }[];
    scenario?: { records: string[] };
  }>(server, `/api/analyses/series?a=AZE&b=IRN&granularity=year&scenario=${id}`);
  const bucket = series.buckets.find((b) => b.bucket === '2026')!;
  const hypothetical = bucket.events.filter((e) => series.scenario?.records.includes(e.id)).map((e) => e.id);
  assert.ok(hypothetical.length > 0, 'the scenario adds an event between Azerbaijan and Iran in 2026 (premise)');
  await page.goto(`${server.url}/#/pair?a=AZE&b=IRN&g=year&bucket=2026&scenario=${id}`);
  const list = page.locator('.bucket-events li');
  await until(async () => (await list.count()) === bucket.events.length, 'the bucket to list its events');
  const marked = page.locator('.bucket-events li.hypothetical');
  assert.equal(await marked.count(), hypothetical.length, 'each hypothetical event is marked');
  assert.equal(await marked.locator('a').count(), 0, 'a hypothetical event does not link to the timeline');
  assert.match((await marked.first().textContent()) ?? '', /hypothetical/i);
  assert.equal(
    await page.locator('.bucket-events li:not(.hypothetical) a').count(),
    bucket.events.length - hypothetical.length,
  );
  for (const t of await page.locator('.bucket-events .type').allTextContents())
    assert.doesNotMatch(t, /^[A-Z_]+$/, `event types are in words, not codes (${t})`);
  assert.deepEqual(errors, []);
});
