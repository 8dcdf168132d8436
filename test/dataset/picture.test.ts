/**
 * The picture the shipped dataset gives, read through the engines as a user would: the acts the
 * sources report count between the parties they concern, at the state level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { NetworkParams, alignmentNetwork } from '../../src/analysis/network.js';
import { SeriesParams, pairSeries } from '../../src/analysis/series.js';
import { loadDatasetOrThrow } from '../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { deriveEvent } from '../../src/model/index.js';

const { dataset } = loadDatasetOrThrow(defaultDataDir(), defaultSourcesDir());
const byId = new Map(dataset.actors.map((a) => [a.id, a]));
const data = analysisData({
  events: dataset.events.map((e) => deriveEvent(e, (id) => byId.get(id))),
  relations: dataset.relations,
  actors: dataset.actors,
});
const series = (a: string, b: string) => pairSeries(data, SeriesParams.parse({ a, b }));
const ids = (s: ReturnType<typeof series>) => s.buckets.flatMap((b) => b.events.map((e) => e.id));
const tie = (at: string, x: string, y: string) => {
  const net = alignmentNetwork(data, NetworkParams.parse({ at }));
  return net.edges.find((e) => (e.source === x && e.target === y) || (e.source === y && e.target === x));
};

test('every event that names both Armenia and Azerbaijan counts in their series, ceasefires and the peace agreement included', () => {
  const s = series('ARM', 'AZE');
  const both = data.events.filter((e) => {
    const sides = new Set([...e.actor_country, ...e.recipient_country]);
    return sides.has('ARM') && sides.has('AZE');
  });
  // A third party acting on both (a mediator, peacekeepers) ties itself to each, not the two to each other.
  const mediated = both.filter((e) => !e.actor_country.includes('ARM') && !e.actor_country.includes('AZE'));
  assert.ok(mediated.some((e) => e.id === 'trump-mediates-peace-agreement-2025'));
  assert.equal(
    s.totals.events,
    both.length - mediated.length,
    'the pair view finds every event the timeline finds between the two',
  );
  for (const id of [
    'karabakh-ceasefire-1994',
    'ceasefire-statement-2020-11-10',
    'abu-dhabi-meeting-2025',
    'washington-peace-agreement-2025',
  ]) {
    assert.ok(ids(s).includes(id), id);
  }
  const mutual = s.buckets.flatMap((b) => b.events).filter((e) => e.direction === 'mutual');
  assert.ok(
    mutual.some((e) => e.id === 'washington-peace-agreement-2025' && e.intensity > 0),
    'the agreement binds the two signatories',
  );
});

test('Azerbaijan–Russia: the 2022 declaration, the downing of AZAL 8243 and the 2025 crisis', () => {
  const s = series('AZE', 'RUS');
  assert.ok(ids(s).includes('rus-aze-allied-declaration-2022-02-22'));
  const downing = s.buckets.flatMap((b) => b.events).find((e) => e.id === 'azal-8243-downing-2024');
  assert.ok(downing, "an airline's loss counts for its state");
  assert.equal(downing.direction, 'b-to-a', 'Russia acted on Azerbaijan');
  assert.ok(downing.intensity < -9);
  const year = (y: string) => s.buckets.find((b) => b.bucket === y)!.intensity;
  assert.ok(year('2025') < 0, `2025: ${year('2025')}`);
  const best = [...s.buckets].sort((a, b) => b.intensity - a.intensity)[0]!;
  assert.notEqual(best.bucket, '2024', 'the year of the downing is not the most cooperative one');
  const early2025 = tie('2025-01-31', 'AZE', 'RUS')!;
  assert.ok(early2025.contributions.some((c) => c.id === 'azal-8243-downing-2024'));
  assert.ok(tie('2025-12-31', 'AZE', 'RUS')!.weight < 0, 'the tie is hostile by the end of 2025');
});

test('Armenia–Russia weakens through the CSTO freeze; Armenia and the Karabakh Armenians are not enemies', () => {
  const at = (d: string) => tie(d, 'ARM', 'RUS')?.weight ?? 0;
  assert.ok(at('2024-12-31') < at('2023-12-31'), `2023 ${at('2023-12-31')} → 2024 ${at('2024-12-31')}`);
  assert.ok(at('2023-12-31') < at('2020-12-31'));
  assert.ok((tie('2015-12-31', 'ARM', 'ARTSAKH')?.weight ?? 0) >= 0);
  assert.ok(
    !tie('2025-07-10', 'ARM', 'RUS')?.contributions.some((c) => c.id.startsWith('peskov')),
    "a comment on a process is no one's support",
  );
});

test('the network shows the mutual acts as ties between their parties at their dates', () => {
  const has = (at: string, x: string, y: string, id: string) =>
    tie(at, x, y)?.contributions.some((c) => c.id === id) ?? false;
  assert.ok(has('2020-12-31', 'ARM', 'AZE', 'ceasefire-statement-2020-11-10'));
  assert.ok(has('2022-03-31', 'AZE', 'RUS', 'rus-aze-allied-declaration-2022-02-22'));
  assert.ok(has('2025-09-30', 'ARM', 'AZE', 'washington-peace-agreement-2025'));
  assert.ok(
    has('2025-09-30', 'ARM', 'USA', 'trump-mediates-peace-agreement-2025'),
    'the mediator is tied to each side',
  );
  assert.ok(
    !has('2025-09-30', 'AZE', 'USA', 'washington-peace-agreement-2025'),
    "but the parties' own agreement is theirs alone",
  );
});

test('the order before 2020 is in the model: Georgia has more ties than to Russia', () => {
  const net = alignmentNetwork(data, NetworkParams.parse({ at: '2012-12-31' }));
  const georgia = net.edges.filter((e) => e.source === 'GEO' || e.target === 'GEO');
  assert.ok(georgia.length >= 4, georgia.map((e) => `${e.source}-${e.target}`).join(', '));
  assert.ok(net.edges.length >= 25, `${net.edges.length} ties in 2012`);
});
