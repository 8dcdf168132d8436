import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { SeriesParams, bucketBounds, bucketOf, pairSeries } from '../../src/analysis/series.js';
import { ev } from './fixtures.js';

const data = analysisData({
  events: [
    ev('visit', '2023-01-15', 'ARM', 'RUS', 'CONSULT', { mode: 'visit' }),
    ev('accuse', '2023-02-02', 'ARM', 'RUS', 'ACCUSE'),
    ev('sanction', '2023-08-30', 'RUS', 'ARM', 'SANCTION'),
    ev('year-only', '2023', 'leader-a', 'RUS', 'AGREE', { actor_country: ['ARM'] }),
    ev('other-pair', '2023-03-01', 'ARM', 'AZE', 'ASSAULT'),
    ev('late', '2024-11-11', 'RUS', 'ARM', 'AID', { origin: { kind: 'imported' } }),
  ],
});

test('buckets: labels and bounds for month, quarter, year', () => {
  assert.equal(bucketOf('2023-08-30', 'quarter'), '2023-Q3');
  assert.deepEqual(bucketBounds('2024-Q1'), ['2024-01-01', '2024-03-31']);
  assert.deepEqual(bucketBounds('2023-02'), ['2023-02-01', '2023-02-28']);
});

test('quarterly series: counts per quad class, summed intensity, events, empty buckets kept', () => {
  const s = pairSeries(data, SeriesParams.parse({ a: 'ARM', b: 'RUS', granularity: 'quarter' }));
  assert.deepEqual(
    s.buckets.map((b) => b.bucket),
    ['2023-Q1', '2023-Q2', '2023-Q3'],
  );
  const [q1, q2, q3] = s.buckets;
  assert.deepEqual(
    q1!.events.map((e) => e.id),
    ['year-only', 'visit', 'accuse'],
  );
  assert.equal(q1!.counts['verbal-cooperation'], 2);
  assert.equal(q1!.counts['verbal-conflict'], 1);
  assert.equal(q1!.intensity, 5.3, 'AGREE 5.4, a CONSULT visit 1.9 and an ACCUSE −2 (intensity.ts)');
  assert.equal(q1!.imprecise, 1, 'a year-only date in a quarterly series');
  assert.equal(q2!.total, 0);
  assert.equal(q3!.counts['verbal-conflict'], 1, 'PLOVER puts SANCTION in verbal conflict');
  assert.equal(q3!.events[0]!.direction, 'b-to-a');
  assert.equal(s.totals.events, 4);
});

test('direction, imported events and the date range', () => {
  const s = pairSeries(
    data,
    SeriesParams.parse({
      a: 'RUS',
      b: 'ARM',
      direction: 'a-to-b',
      origins: ['curated', 'imported'],
      from: '2023',
      to: '2024',
    }),
  );
  assert.deepEqual(
    s.buckets.map((b) => [b.bucket, b.events.map((e) => e.id)]),
    [
      ['2023', ['sanction']],
      ['2024', ['late']],
    ],
  );
  const monthly = pairSeries(data, SeriesParams.parse({ a: 'ARM', b: 'RUS', granularity: 'month' }));
  assert.equal(monthly.buckets.length, 8, 'January to August 2023');
});
