import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { NetworkParams, alignmentNetwork } from '../../src/analysis/network.js';
import { codeEvent } from '../../src/model/index.js';
import { close, ev, rel } from './fixtures.js';

const weightOf = (type: Parameters<typeof codeEvent>[0], mode: string | null = null): number =>
  codeEvent(type, mode).intensity;

const opts = (o: Record<string, unknown>) => NetworkParams.parse(o);

test('a relation in force and a decayed event add up, and the edge lists both', () => {
  const data = analysisData({
    relations: [rel('alliance-ab', 'alliance', 'BBB', 'AAA', 1, 0.8, '2000')],
    events: [ev('clash', '2020-01-01', 'AAA', 'BBB', 'ASSAULT')],
  });
  const net = alignmentNetwork(data, opts({ at: '2020-12-31', halfLife: 365, window: 1095 }));
  assert.equal(net.date, '2020-12-31');
  assert.equal(net.edges.length, 1);
  const e = net.edges[0]!;
  assert.deepEqual([e.source, e.target], ['AAA', 'BBB'], 'an undirected pair appears once, ids in order');
  const decay = 2 ** (-365 / 365);
  assert.ok(close(e.relationWeight, 0.8));
  assert.ok(close(e.eventWeight, 0.1 * weightOf('ASSAULT') * decay), `event weight ${e.eventWeight}`);
  assert.ok(close(e.weight, 0.8 + 0.1 * weightOf('ASSAULT') * decay));
  assert.deepEqual(
    e.contributions.map((c) => [c.kind, c.id]),
    [
      ['relation', 'alliance-ab'],
      ['event', 'clash'],
    ],
  );
  assert.ok(
    close(
      e.contributions.reduce((s, c) => s + c.weight, 0),
      e.weight,
    ),
    'contributions sum to the weight',
  );
  assert.equal(e.contributions[1]!.citations.length, 1);
});

test("the half-life halves an event's weight; outside the window it counts for nothing", () => {
  const data = analysisData({ events: [ev('aid', '2020-01-01', 'AAA', 'BBB', 'AID')] });
  const w = (at: string, o: Record<string, unknown> = {}) =>
    alignmentNetwork(data, opts({ at, halfLife: 100, window: 1000, ...o })).edges[0]?.weight ?? 0;
  const day0 = 0.1 * weightOf('AID');
  assert.ok(close(w('2020-01-01'), day0));
  assert.ok(close(w('2020-04-10'), day0 / 2), 'after 100 days: half');
  assert.ok(close(w('2020-07-19'), day0 / 4), 'after 200 days: a quarter');
  assert.equal(w('2022-12-31'), 0, 'more than 1000 days later: out of the window');
  assert.ok(close(w('2020-04-10', { halfLife: 0 }), day0), 'half-life 0: no decay');
});

test('a frozen phase weakens a relation; a relation that ended is gone', () => {
  const csto = rel('arm-csto', 'membership', 'ARM', 'CSTO', 1, 1, '1992', null, {
    phases: [{ from: '2024-02', to: null, state: 'frozen', citations: [] }],
  });
  const rupture = rel('rupture', 'diplomatic-rupture', 'ARM', 'TUR', -1, 0.6, '1993', '2021');
  const data = analysisData({ relations: [csto, rupture] });
  const at2023 = alignmentNetwork(data, opts({ at: '2023-06-01' }));
  const at2025 = alignmentNetwork(data, opts({ at: '2025-06-01' }));
  assert.equal(at2023.edges.find((e) => e.target === 'CSTO')?.weight, 1);
  assert.ok(close(at2025.edges.find((e) => e.target === 'CSTO')?.weight, 0.3));
  assert.equal(at2025.edges.find((e) => e.target === 'CSTO')?.contributions[0]?.type, 'membership (frozen)');
  assert.equal(
    at2023.edges.some((e) => e.target === 'TUR'),
    false,
  );
  assert.equal(alignmentNetwork(data, opts({ at: '2000' })).edges.find((e) => e.target === 'TUR')?.weight, -0.6);
});

test('origins: pending coded and imported events are left out by default, accepted coded ones count', () => {
  const data = analysisData({
    events: [
      ev('curated', '2024-01-01', 'AAA', 'BBB', 'CONSULT'),
      ev('accepted', '2024-01-01', 'AAA', 'BBB', 'CONSULT', { origin: { kind: 'coded', review: 'accepted' } }),
      ev('pending', '2024-01-01', 'AAA', 'BBB', 'CONSULT', { origin: { kind: 'coded', review: 'pending' } }),
      ev('imported', '2024-01-01', 'AAA', 'BBB', 'CONSULT', { origin: { kind: 'imported' } }),
      ev('retracted', '2024-01-01', 'AAA', 'BBB', 'CONSULT', { status: 'retracted' }),
    ],
  });
  const ids = (o: Record<string, unknown>) =>
    alignmentNetwork(data, opts({ at: '2024-01-01', ...o }))
      .edges[0]!.contributions.map((c) => c.id)
      .sort();
  assert.deepEqual(ids({}), ['accepted', 'curated']);
  assert.deepEqual(ids({ origins: ['curated'] }), ['curated']);
  assert.deepEqual(ids({ origins: ['curated', 'coded', 'imported'] }), ['accepted', 'curated', 'imported']);
});

test('events join every actor to every recipient; self-pairs and actors not valid at the date drop out', () => {
  const data = analysisData({
    events: [ev('joint', '1991-06-01', ['AAA', 'SUN'], ['BBB', 'AAA'], 'SANCTION')],
    actors: [{ id: 'SUN', kind: 'state', name: 'Soviet Union', valid_to: '1991-12-26' }],
  });
  const pairs = (at: string) => alignmentNetwork(data, opts({ at })).edges.map((e) => `${e.source}-${e.target}`);
  assert.deepEqual(pairs('1991-07-01'), ['AAA-BBB', 'AAA-SUN', 'BBB-SUN']);
  assert.deepEqual(pairs('1992-07-01'), ['AAA-BBB']);
});

test('persons are left out by default: a relation between two persons is domestic', () => {
  const data = analysisData({
    relations: [
      rel('feud', 'rivalry', 'leader-a', 'cleric-b', -1, 0.7, '2020'),
      rel('ties', 'partnership', 'AAA', 'BBB', 1, 0.5, '2020'),
    ],
    actors: [
      { id: 'leader-a', kind: 'person', name: 'Leader A' },
      { id: 'cleric-b', kind: 'person', name: 'Cleric B' },
      { id: 'AAA', kind: 'state', name: 'Alphaland' },
    ],
  });
  assert.deepEqual(
    alignmentNetwork(data, opts({ at: '2024' })).edges.map((e) => e.source),
    ['AAA'],
  );
  assert.equal(alignmentNetwork(data, opts({ at: '2024', kinds: ['person', 'state'] })).edges.length, 2);
  assert.deepEqual(
    alignmentNetwork(data, opts({ at: '2024' })).nodes.map((n) => [n.id, n.name ?? null]),
    [
      ['AAA', 'Alphaland'],
      ['BBB', null],
    ],
  );
});

test('an event known only to its year or month counts from the middle of it', () => {
  const data = analysisData({
    events: [ev('sometime', '2023', 'AAA', 'BBB', 'SANCTION'), ev('in-may', '2024-05', 'AAA', 'CCC', 'AID')],
  });
  const ties = (at: string) => alignmentNetwork(data, opts({ at, halfLife: 0 })).edges.map((e) => e.target);
  assert.deepEqual(ties('2023-07-01'), []);
  assert.deepEqual(ties('2023-07-02'), ['BBB']);
  assert.deepEqual(ties('2024-05-15'), ['BBB']);
  assert.deepEqual(ties('2024-05-16'), ['BBB', 'CCC']);
});
