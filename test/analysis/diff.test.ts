import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiffParams, networkDiff } from '../../src/analysis/diff.js';
import { analysisData } from '../../src/analysis/input.js';
import { close, ev, rel } from './fixtures.js';

test('a diff ranks the sign flip first and explains it by the relation that ended and the events that came', () => {
  const data = analysisData({
    relations: [
      rel('ally-ar', 'alliance', 'ARM', 'RUS', 1, 0.8, '1997', '2023-12'),
      rel('partner-ae', 'partnership', 'ARM', 'EU', 1, 0.3, '2017'),
    ],
    events: [
      ev('accuse-1', '2024-03-01', 'ARM', 'RUS', 'ACCUSE'),
      ev('reject-1', '2024-06-01', 'RUS', 'ARM', 'REJECT'),
      ev('big-aid', '2024-06-01', 'EU', 'ARM', 'AID'),
    ],
  });
  const d = networkDiff(data, DiffParams.parse({ from: '2020', to: '2024-12-31', halfLife: 0, window: 365 }));
  assert.equal(d.from, '2020-12-31');
  assert.equal(d.to, '2024-12-31');
  const [first, second] = d.changes;
  assert.deepEqual([first!.source, first!.target, first!.signFlip], ['ARM', 'RUS', true]);
  assert.ok(close(first!.before, 0.8));
  assert.ok(close(first!.after, -0.2 - 0.44), `after ${first!.after}`);
  assert.deepEqual(
    first!.explanation.map((x) => [x.id, Number(x.delta.toFixed(6))]),
    [
      ['ally-ar', -0.8],
      ['reject-1', -0.44],
      ['accuse-1', -0.2],
    ],
  );
  assert.deepEqual([second!.source, second!.target, second!.signFlip], ['ARM', 'EU', false]);
  assert.ok(close(second!.delta, 0.75));
  const arm = d.actors.find((a) => a.id === 'ARM')!;
  assert.equal(d.actors[0]!.id, 'ARM', 'Armenia moved most');
  assert.ok(close(arm.change, 0.8 + 0.64 + 0.75));
  assert.deepEqual(
    arm.ties.map((t) => t.other),
    ['RUS', 'EU'],
  );
  assert.equal(arm.explanation[0]!.id, 'ally-ar');
});

test('a relation that froze between the dates says so in its explanation', () => {
  const data = analysisData({
    relations: [
      rel('arm-csto', 'membership', 'ARM', 'CSTO', 1, 0.8, '1992', null, {
        phases: [{ from: '2024-02', to: null, state: 'frozen', citations: [] }],
      }),
    ],
  });
  const d = networkDiff(data, DiffParams.parse({ from: '2020', to: '2025' }));
  const x = d.changes[0]!.explanation[0]!;
  assert.equal(x.type, 'membership → membership (frozen)');
  assert.ok(close(x.before, 0.8) && close(x.after, 0.24));
  assert.equal(d.changes[0]!.signFlip, false);
});
