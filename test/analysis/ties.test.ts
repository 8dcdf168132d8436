import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { NetworkParams, alignmentNetwork } from '../../src/analysis/network.js';
import { SeriesParams, pairSeries } from '../../src/analysis/series.js';
import { PARTNER_SHARE, eventTies } from '../../src/analysis/ties.js';
import { codeEvent } from '../../src/model/index.js';
import { close, ev, rel } from './fixtures.js';

const ties = (e: Parameters<typeof eventTies>[0], level: 'state' | 'actor' = 'state') =>
  eventTies(e, level).map((t) => [t.a, t.b, t.weight, t.role]);

test("actor × recipient: each acting party gets the event's weight with each party acted on", () => {
  const e = ev('strike', '2024-01-01', ['AAA', 'BBB'], ['CCC', 'DDD'], 'ASSAULT');
  const w = codeEvent('ASSAULT').intensity;
  const got = ties(e);
  for (const [a, b] of [
    ['AAA', 'CCC'],
    ['AAA', 'DDD'],
    ['BBB', 'CCC'],
    ['BBB', 'DDD'],
  ])
    assert.deepEqual(
      got.find((t) => t[0] === a && t[1] === b),
      [a, b, w, 'directed'],
    );
  assert.equal(
    got.filter((t) => t[3] === 'directed').length,
    4,
    'recipients acted on together get nothing between them',
  );
});

test('co-actors with no recipient are counterparts of a mutual act: a ceasefire binds them, a war divides them', () => {
  const truce = ev('truce', '1994-05', ['AAA', 'BBB'], [], 'AGREE', { mode: 'ceasefire' });
  assert.deepEqual(ties(truce), [['AAA', 'BBB', codeEvent('AGREE', 'ceasefire').intensity, 'counterparts']]);
  const war = ev('war', '2020-09-27', ['AAA', 'BBB', 'CCC'], [], 'ASSAULT');
  assert.equal(ties(war).length, 3, 'every pair of the three');
  assert.ok(ties(war).every((t) => t[2] === codeEvent('ASSAULT').intensity && t[3] === 'counterparts'));
});

test("co-actors acting on a third party are partners: half the act's weight, counted as cooperation between them", () => {
  const pressure = ev('pressure', '2025', ['AAA', 'BBB'], ['CCC'], 'COERCE');
  const got = ties(pressure);
  assert.deepEqual(
    got.find((t) => t[0] === 'AAA' && t[1] === 'BBB'),
    ['AAA', 'BBB', Math.abs(codeEvent('COERCE').intensity) * PARTNER_SHARE, 'partners'],
  );
  assert.equal(got.filter((t) => t[3] === 'directed').length, 2);
  const drill = ev('drill', '2022-12', ['AAA', 'BBB'], [], 'MOBILIZE', { mode: 'exercise' });
  assert.deepEqual(
    ties(drill).map((t) => t[3]),
    ['partners'],
    'a joint exercise with no named target: partners by type',
  );
  const overridden = ev('talks', '2025', ['AAA', 'BBB'], ['CCC'], 'CONSULT', { co_actors: 'counterparts' });
  assert.equal(
    ties(overridden).find((t) => t[0] === 'AAA' && t[1] === 'BBB')?.[3],
    'counterparts',
    'the record can say otherwise',
  );
});

test('one party alone, or a party and itself, makes no tie', () => {
  assert.deepEqual(ties(ev('statement', '2025-07-10', 'AAA', [], 'SUPPORT')), []);
  const domestic = ev('domestic', '2025', 'AAA', 'AAA', 'ACCUSE', { actor: ['person-x'], recipient: ['church-y'] });
  assert.deepEqual(ties(domestic), []);
  assert.deepEqual(
    ties(domestic, 'actor'),
    [['person-x', 'church-y', codeEvent('ACCUSE').intensity, 'directed']],
    'at the actor level the two stay apart',
  );
});

test("state level: an airline's and an office-holder's acts count between their states; actor level keeps them apart", () => {
  const shootDown = ev('shoot', '2024-12-25', 'RUS', 'AZE', 'ASSAULT', { actor: ['RUS'], recipient: ['AZAL'] });
  const apology = ev('sorry', '2024-12-28', 'RUS', 'AZE', 'CONCEDE', {
    mode: 'apologize',
    actor: ['vladimir-putin'],
    recipient: ['ilham-aliyev'],
  });
  const data = analysisData({ events: [shootDown, apology] });
  const state = pairSeries(data, SeriesParams.parse({ a: 'AZE', b: 'RUS' }));
  assert.deepEqual(
    state.buckets[0]!.events.map((e) => [e.id, e.direction]),
    [
      ['shoot', 'b-to-a'],
      ['sorry', 'b-to-a'],
    ],
  );
  const actor = pairSeries(data, SeriesParams.parse({ a: 'AZE', b: 'RUS', level: 'actor' }));
  assert.equal(actor.totals.events, 0, 'neither event names Azerbaijan itself');
  const persons = pairSeries(data, SeriesParams.parse({ a: 'vladimir-putin', b: 'ilham-aliyev' }));
  assert.deepEqual(
    persons.buckets[0]!.events.map((e) => e.id),
    ['sorry'],
    'a series of two persons still works at the state level',
  );
});

test('the network counts mutual and joint acts, rolls relations up at the state level, and says what each tie rests on', () => {
  const actors = [
    { id: 'AAA', kind: 'state', name: 'A' },
    { id: 'BBB', kind: 'state', name: 'B' },
    { id: 'CCC', kind: 'state', name: 'C' },
    { id: 'AAA_MOD', kind: 'organization', name: 'A defence', parent: 'AAA' },
  ];
  const other = [{ source: 'other', start: 0, end: 5, sha256: '1'.repeat(64) }];
  const data = analysisData({
    actors,
    events: [
      ev('truce', '2025-01-01', ['AAA', 'BBB'], [], 'AGREE', { mode: 'ceasefire' }),
      ev('joint', '2025-01-01', ['AAA', 'BBB'], ['CCC'], 'THREATEN', { citations: other }),
    ],
    relations: [rel('base', 'military-presence', 'AAA_MOD', 'CCC', 1, 0.5, '2000')],
  });
  const net = alignmentNetwork(data, NetworkParams.parse({ at: '2025-01-01' }));
  const ab = net.edges.find((e) => e.source === 'AAA' && e.target === 'BBB')!;
  assert.ok(
    close(
      ab.eventWeight,
      0.1 * (codeEvent('AGREE', 'ceasefire').intensity + Math.abs(codeEvent('THREATEN').intensity) * PARTNER_SHARE),
    ),
  );
  assert.equal(ab.eventCount, 2);
  assert.deepEqual(ab.sources, ['other', 'test']);
  const ac = net.edges.find((e) => e.source === 'AAA' && e.target === 'CCC')!;
  assert.equal(ac.relationCount, 1, "the ministry's relation counts for its state");
  assert.ok(ac.contributions.some((c) => c.id === 'base'));
  const strict = alignmentNetwork(data, NetworkParams.parse({ at: '2025-01-01', minSources: 2 }));
  assert.deepEqual(
    strict.edges.map((e) => `${e.source}-${e.target}`),
    ['AAA-BBB', 'AAA-CCC'],
    'B–C rests on one source only',
  );
  const byActor = alignmentNetwork(data, NetworkParams.parse({ at: '2025-01-01', level: 'actor' }));
  assert.ok(
    byActor.edges.some((e) => e.source === 'AAA_MOD' && e.target === 'CCC'),
    'actor level keeps the ministry apart',
  );
});
