/**
 * Orrery's conflict series as a forecast feature: conflict events between a country and the region's
 * parties count in the month they surely happened by (a year-dated event in December), cooperation
 * and outside parties do not count, and a forecast made before December does not see a year-dated
 * event of that year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisEvent } from '../../../src/analysis/input.js';
import { hurdleModel } from '../../../src/forecast/conflict/hurdle.js';
import { cutAt, monthIndex } from '../../../src/forecast/conflict/panel.js';
import { orreryConflictSeries } from '../../../src/operations/forecast/conflict-features.js';

const event = (
  id: string,
  date: string,
  actor: string,
  recipient: string,
  quad_class: AnalysisEvent['quad_class'],
  intensity: number,
): AnalysisEvent => ({
  id,
  date,
  actor_country: [actor],
  recipient_country: [recipient],
  actor: [actor],
  recipient: [recipient],
  quad_class,
  intensity,
});

const months = Array.from(
  { length: 36 },
  (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const events = [
  event('war-2020', '2020', 'AZE', 'ARTSAKH', 'material-conflict', -10),
  event('accuse-2021', '2021-03-15', 'ARM', 'AZE', 'verbal-conflict', -4),
  event('aid-2021', '2021-05', 'RUS', 'ARM', 'material-cooperation', 7),
  event('far-2021', '2021-06', 'USA', 'GEO', 'material-conflict', -9),
];

test('conflict with the region, in the month it surely happened by', () => {
  const s = orreryConflictSeries(events, months, ['ARM', 'AZE', 'GEO']);
  const at = (code: string, m: string): number => s.get(code)![months.indexOf(m)]!;
  assert.equal(at('AZE', '2020-12'), 10, 'a year-dated event counts in December');
  assert.equal(at('AZE', '2020-01'), 0, 'not in January');
  assert.equal(at('AZE', '2021-03'), 4);
  assert.equal(at('ARM', '2021-03'), 4);
  assert.equal(at('ARM', '2021-05'), 0, 'cooperation does not count');
  assert.deepEqual(s.get('GEO'), new Array<number>(36).fill(0), 'the USA is not a party of the region');
});

test('a forecast before December does not see that year’s year-dated events', () => {
  const s = orreryConflictSeries(events, months, ['ARM', 'AZE']);
  const without = orreryConflictSeries(events.slice(1), months, ['ARM', 'AZE']);
  const panel = (cov: Map<string, number[]>) => ({
    months,
    countries: ['ARM', 'AZE'].map((code, k) => ({
      code,
      name: code,
      deaths: months.map((_, i) => (i % (3 + k) === 0 ? 2 : 0)),
      covariate: cov.get(code)!,
    })),
  });
  const origin = monthIndex(panel(s), '2020-11');
  const a = cutAt(panel(s), origin);
  const b = cutAt(panel(without), origin);
  const f = hurdleModel({ covariate: true }).prepare(a, 1)(a.countries[1]!);
  const g = hurdleModel({ covariate: true }).prepare(b, 1)(b.countries[1]!);
  assert.deepEqual(f, g);
});
