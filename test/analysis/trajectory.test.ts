import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysisData } from '../../src/analysis/input.js';
import { TrajectoryParams, trajectory } from '../../src/analysis/trajectory.js';
import { close, ev, rel } from './fixtures.js';

test('a tie by quarter: the turn is dated and explained by the event that caused it', () => {
  const data = analysisData({
    relations: [rel('partners', 'strategic-partnership', 'AZE', 'RUS', 1, 0.5, '2022-02')],
    events: [
      ev('shoot-down', '2024-12-25', 'RUS', 'AZE', 'ASSAULT', { mode: 'shoot-down' }),
      ev('other', '2024-01-01', 'AZE', 'TUR', 'AID'),
    ],
  });
  const t = trajectory(
    data,
    TrajectoryParams.parse({
      a: 'AZE',
      b: 'RUS',
      from: '2021-10',
      to: '2025-06',
      step: 'quarter',
      halfLife: 0,
      window: 365,
    }),
  );
  assert.deepEqual(
    t.points.map((p) => p.date),
    [
      '2021-12-31',
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-12-31',
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2023-12-31',
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
      '2025-03-31',
      '2025-06-30',
    ],
  );
  assert.equal(t.points[0]!.weight, 0);
  assert.equal(t.points[1]!.weight, 0.5);
  assert.ok(close(t.points[12]!.weight, 0.5 - 0.96));
  assert.equal(t.turns.length, 1);
  const [turn] = t.turns;
  assert.deepEqual([turn!.previous, turn!.date, turn!.from, turn!.to], ['2024-09-30', '2024-12-31', 1, -1]);
  assert.deepEqual(
    turn!.explanation.map((x) => x.id),
    ['shoot-down'],
  );
  assert.ok(close(t.points[14]!.weight, 0.5 - 0.96), 'no decay, still inside the window');
});
