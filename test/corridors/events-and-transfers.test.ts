/**
 * Segment statuses that follow the events (a status scoped to one traffic: Baku's Nakhchivan traffic
 * leaving Iran in March 2026), transfer links between a city and its own terminals and ports, and
 * the corridor records agreeing with the network's dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRoutes, impact, isTraffic, matchRecord, networkGeoJson, statusAt } from '../../src/corridors/index.js';
import { readCorridorRecords } from '../../src/dataset/corridor-records.js';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import { corridorStatusAt } from '../../src/model/corridor.js';
import { Segment, type TransportNetwork } from '../../src/model/transport.js';
import { DATA_DIR, place, seg, shippedNetwork } from './fixtures.js';

const crosses = (r: { countries: string[] }, c: string): boolean => r.countries.includes(c);

test('Baku to Nakhchivan goes through Iran until March 2026, then through Georgia and Turkey', () => {
  const net = shippedNetwork();
  const before = findRoutes(net, 'Baku', 'Nakhchivan', { at: '2026-02-28' }).routes[0];
  assert.ok(before && crosses(before, 'IRN'), 'before the strike the Aras road through Iran is the best');
  const after = findRoutes(net, 'Baku', 'Nakhchivan', { at: '2026-04', alternatives: 5 });
  assert.ok(after.routes.length >= 1);
  for (const r of after.routes) {
    assert.ok(!crosses(r, 'IRN'), `no route of April 2026 crosses Iran: ${r.countries.join('-')}`);
    assert.ok(crosses(r, 'GEO') && crosses(r, 'TUR'), r.countries.join('-'));
  }
  assert.ok((after.routes[0]?.distance_km ?? 0) > (before?.distance_km ?? Infinity), 'the detour is longer');
  // the same from the exclave's side, and from any mainland place
  const back = findRoutes(net, 'Nakhchivan', 'Ganja', { at: '2026-04' }).routes[0];
  assert.ok(back && !crosses(back, 'IRN'));
});

test('the closure holds only for mainland Azerbaijan–Nakhchivan traffic', () => {
  const net = shippedNetwork();
  const tabriz = findRoutes(net, 'Tabriz', 'Nakhchivan', { at: '2026-04' }).routes[0];
  assert.ok(
    tabriz && tabriz.segments.some((s) => s.id === 'julfa-jolfa-road'),
    'Iran–Nakhchivan traffic keeps the Julfa bridge',
  );
  const bakuTabriz = findRoutes(net, 'Baku', 'Tabriz', { at: '2026-04' }).routes[0];
  assert.ok(bakuTabriz && crosses(bakuTabriz, 'IRN'));
  const yerevan = findRoutes(net, 'Yerevan', 'Tabriz', { at: '2026-04' }).routes[0];
  assert.ok(
    yerevan?.segments.some((s) => s.id === 'agarak-jolfa-road'),
    'the Armenia–Iran road stays open',
  );
  // a segment's status for all traffic ignores the scoped entry
  const aras = net.segments.find((s) => s.id === 'bilasuvar-aslanduz-road') as Segment;
  assert.equal(statusAt(aras, '2026-04'), 'operational');
  assert.equal(statusAt(aras, '2026-04', ['NAKHCHIVAN', 'AZE']), 'closed');
  assert.equal(statusAt(aras, '2026-02', ['AZE', 'NAKHCHIVAN']), 'operational');
  // every scoped entry cites its passage
  for (const s of net.segments)
    for (const e of s.status.filter((x) => x.traffic)) assert.ok(e.citations.length > 0, s.id);
});

test('an area of a scope: a territory, or its state outside the other id', () => {
  const baku = { country: 'AZE' };
  const khankendi = { country: 'AZE', territory: 'NK' };
  const nakh = { country: 'AZE', territory: 'NAKHCHIVAN' };
  assert.ok(isTraffic(['AZE', 'NAKHCHIVAN'], baku, nakh));
  assert.ok(isTraffic(['AZE', 'NAKHCHIVAN'], nakh, khankendi), 'Karabakh is mainland Azerbaijan here');
  assert.ok(!isTraffic(['AZE', 'NAKHCHIVAN'], nakh, nakh));
  assert.ok(!isTraffic(['AZE', 'NAKHCHIVAN'], baku, khankendi));
  assert.ok(!isTraffic(['AZE', 'NAKHCHIVAN'], { country: 'IRN' }, nakh));
});

test('a pipeline route starts at the city through its terminal (transfer at an end)', () => {
  const net = shippedNetwork();
  const r = findRoutes(net, 'Baku', 'Ceyhan', { modes: ['oil-pipeline'] });
  const best = r.routes[0];
  assert.ok(best, r.reason);
  assert.equal(best.segments[0]?.id, 'baku-sangachal-transfer');
  assert.deepEqual(best.modes, ['transfer', 'oil-pipeline']);
  assert.ok(best.segments.slice(1).every((s) => s.mode === 'oil-pipeline'));
  assert.deepEqual(best.countries, ['AZE', 'GEO', 'TUR']);
  // before BTC opened there is no such route
  assert.equal(findRoutes(net, 'Baku', 'Ceyhan', { modes: ['oil-pipeline'], at: '2005' }).routes.length, 0);
  // a transfer never replaces the road beside it on ordinary routes
  const road = findRoutes(net, 'Baku', 'Nakhchivan', { at: '2026-02' }).routes[0];
  assert.equal(road?.segments[0]?.id, 'baku-alat-road');
  // every transfer joins a city to its own port or terminal, short
  const transfers = net.segments.filter((s) => s.mode === 'transfer');
  assert.ok(transfers.length >= 2);
  for (const s of transfers) assert.ok((s.length.km ?? 0) <= 100, s.id);
});

/** Toy: city C with terminal T; pipelines T → P and Q → R; a transfer C – T and one C – Q. */
function terminals(): TransportNetwork {
  const places = [place('c', 'AAA', 40, 40), place('p', 'AAA', 40, 42), place('r', 'AAA', 41, 42)];
  places.push({ ...place('t', 'AAA', 40, 40.2), kind: 'junction' }, { ...place('q', 'AAA', 40.2, 40), kind: 'port' });
  const pipe = { mode: 'oil-pipeline', oneway: true };
  const transfer = { mode: 'transfer' };
  const segments = [
    seg('t-p', 't', 'p', 200, ['AAA'], pipe),
    seg('p-q', 'p', 'q', 200, ['AAA'], pipe),
    seg('q-r', 'q', 'r', 100, ['AAA'], pipe),
    seg('c-t', 'c', 't', 15, ['AAA'], transfer),
    seg('c-q', 'c', 'q', 20, ['AAA'], transfer),
  ];
  return { places, segments, corridors: [] };
}

test('a transfer is taken at either end of a route, never in the middle unless asked', () => {
  const net = terminals();
  const out = findRoutes(net, 'c', 'p', { modes: ['oil-pipeline'] }).routes[0];
  assert.deepEqual(
    out?.segments.map((s) => s.id),
    ['c-t', 't-p'],
    'first leg',
  );
  const into = findRoutes(net, 'p', 'c', { modes: ['oil-pipeline'] }).routes[0];
  assert.deepEqual(
    into?.segments.map((s) => s.id),
    ['p-q', 'c-q'],
    'last leg',
  );
  // T to R by pipeline would need T → C → Q in the middle (two transfers through the city): refused
  const mid = findRoutes(net, 't', 'r', { modes: ['oil-pipeline'] });
  assert.deepEqual(
    mid.routes[0]?.segments.map((s) => s.id),
    ['t-p', 'p-q', 'q-r'],
    'the long way by pipe alone',
  );
  const asked = findRoutes(net, 't', 'r', { modes: ['oil-pipeline', 'transfer'] }).routes[0];
  assert.deepEqual(
    asked?.segments.map((s) => s.id),
    ['c-t', 'c-q', 'q-r'],
    'with --modes transfer the city may be crossed',
  );
});

test('the loader refuses a transfer that is long or does not join a city to its own port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-transfer-'));
  mkdirSync(join(dir, 'network', 'segments'), { recursive: true });
  writeFileSync(
    join(dir, 'network', 'places.yaml'),
    [
      '- { id: a, name: A, lat: 40, lon: 40, kind: city, country: AAA }',
      '- { id: b, name: B, lat: 40, lon: 40.1, kind: city, country: AAA }',
      '- { id: far, name: Far port, lat: 42, lon: 40, kind: port, country: AAA }',
    ].join('\n'),
  );
  const status = '[{ status: operational, from: "2000", reference: { title: t } }]';
  writeFileSync(
    join(dir, 'network', 'segments', 's.yaml'),
    [
      `- { id: a-b, name: A-B, from: a, to: b, mode: transfer, length: { basis: computed }, status: ${status}, countries: [AAA] }`,
      `- { id: a-far, name: A-Far, from: a, to: far, mode: transfer, length: { basis: computed }, status: ${status}, countries: [AAA] }`,
      `- id: scoped
  name: Scoped
  from: a
  to: far
  mode: road
  length: { basis: computed }
  status: [{ status: operational, from: "2000", reference: { title: t } }, { status: closed, from: "2020", traffic: [AAA, AAA], reference: { title: t } }]
  countries: [AAA]`,
    ].join('\n'),
  );
  const { problems } = loadTransportNetwork(dir);
  const by = (id: string): string =>
    problems
      .filter((p) => p.record === id)
      .map((p) => `${p.field}: ${p.message}`)
      .join(' | ');
  assert.match(by('a-b'), /transfer joins a city to its own port or terminal/);
  assert.match(by('a-far'), /at most 100 km/);
  assert.match(problems.map((p) => `${p.where} ${p.message}`).join('\n'), /two different areas/);
});

test('corridor records date pipelines as the network does (BTC since 2006, the Southern Gas Corridor end to end since 2020)', () => {
  const net = shippedNetwork();
  const records = readCorridorRecords(DATA_DIR);
  const firstOperational = (s: Segment): string | undefined =>
    s.status.find((e) => e.status === 'operational' && !e.traffic)?.from;
  for (const id of ['btc', 'southern-gas-corridor']) {
    const c = net.corridors.find((x) => x.id === id);
    assert.ok(c, id);
    const rec = matchRecord(c, records);
    assert.ok(rec, `record for ${id}`);
    const recFirst = rec.status_history.find((h) => h.status === 'operational')?.from ?? '';
    // the corridor works end to end when its last segment opens
    const segFirst =
      net.segments
        .filter((s) => s.corridors.includes(id))
        .map(firstOperational)
        .map((d) => d ?? '9999')
        .sort()
        .at(-1) ?? '';
    assert.equal(recFirst.slice(0, 4), segFirst.slice(0, 4), `${id}: record ${recFirst}, network ${segFirst}`);
    assert.equal(corridorStatusAt(rec, '2010-01-01') === 'operational', segFirst.slice(0, 4) <= '2009', id);
  }
  const btc = records.find((r) => r.id === 'btc-pipeline');
  assert.equal(btc?.status_history[0]?.from, '2006-06');
  assert.ok(btc?.status_history[0]?.reference, 'the date rests on an external reference');
});

test('the route through Iran and the route via Turkey: record statuses follow the March 2026 events', () => {
  const records = readCorridorRecords(DATA_DIR);
  const iran = records.find((r) => r.id === 'aze-nakhchivan-via-iran');
  assert.ok(iran);
  assert.equal(corridorStatusAt(iran, '2025-06'), 'operational');
  assert.equal(corridorStatusAt(iran, '2026-04'), 'closed');
  assert.equal(corridorStatusAt(iran, '2000'), 'operational', 'in use long before the source was written');
  const turkey = records.find((r) => r.id === 'aze-nakhchivan-via-georgia-turkey');
  assert.equal(turkey && corridorStatusAt(turkey, '2000'), 'operational');
});

test('"Crossroads of Peace" is Armenia\'s own initiative, not a name of TRIPP', () => {
  const records = readCorridorRecords(DATA_DIR);
  const tripp = records.find((r) => r.id === 'tripp');
  assert.ok(tripp);
  assert.ok(!tripp.names.some((n) => /crossroads/i.test(n.name)));
  const cross = records.filter((r) => r.names.some((n) => n.name === 'Crossroads of Peace'));
  assert.equal(cross.length, 1);
  assert.notEqual(cross[0]?.id, 'tripp');
  assert.deepEqual(cross[0]?.names.find((n) => n.name === 'Crossroads of Peace')?.used_by, ['ARM']);
  // joining the network's TRIPP corridor by name still finds TRIPP, never the Armenian plan
  const net = shippedNetwork();
  assert.equal(
    matchRecord(
      net.corridors.find((c) => c.id === 'tripp')!,
      records,
    )?.id,
    'tripp',
  );
  // and no name is claimed by two records
  const names = records.flatMap((r) => r.names.map((n) => n.name.toLowerCase()));
  assert.equal(new Set(names).size, names.length);
});

test('the map and the impact analysis see a closure for one traffic', () => {
  const net = shippedNetwork();
  const feature = (at: string) => networkGeoJson(net, at).features.find((f) => f.properties?.id === 'julfa-jolfa-road');
  assert.deepEqual(feature('2026-04')?.properties?.closed_to, ['AZE–NAKHCHIVAN']);
  assert.equal(feature('2026-04')?.properties?.status, 'operational', 'open to all other traffic');
  assert.deepEqual(feature('2026-02')?.properties?.closed_to, []);
  // "with" the Iran road open again to Baku's traffic: the Aras road; "without": Georgia and Turkey
  const r = impact(net, 'Iran road', { at: '2026-04' });
  const bn = r.pairs.find((p) => p.from === 'baku' && p.to === 'nakhchivan');
  assert.ok(
    bn?.with?.segments.some((s) => s.id === 'aslanduz-kalaleh-road'),
    'the closure is lifted on the whole road, not only the corridor segments',
  );
  assert.ok(bn?.without && !bn.without.countries.includes('IRN'));
});
