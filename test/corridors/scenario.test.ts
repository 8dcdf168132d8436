/**
 * A scenario's segment changes over the transport network: a closed road sends a route the long
 * way, an opened corridor makes the short one usable, and the evidence's network is left as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRoutes, statusAt } from '../../src/corridors/index.js';
import { applyScenarioToNetwork } from '../../src/corridors/scenario.js';
import { Scenario } from '../../src/model/index.js';
import { toyNetwork } from './fixtures.js';

const scenario = (changes: unknown[], from = '2030') =>
  Scenario.parse({ id: 'toy', title: 'Toy', description: 'A toy scenario.', from, changes });

test('opening a planned corridor from a date makes it routable from then, and only then', () => {
  const net = toyNetwork();
  const opened = applyScenarioToNetwork(
    net,
    scenario(
      ['o-x', 'x-d'].map((segment) => ({ change: 'set-segment', segment, status: 'operational', rationale: 'built' })),
    ),
  );
  assert.equal(findRoutes(net, 'o', 'd', { at: '2031' }).routes[0]!.distance_km, 200);
  assert.equal(findRoutes(opened, 'o', 'd', { at: '2031' }).routes[0]!.distance_km, 120);
  assert.equal(findRoutes(opened, 'o', 'd', { at: '2029' }).routes[0]!.distance_km, 200, 'not before the date');
  // The evidence is untouched: same statuses, same object.
  assert.equal(
    statusAt(
      net.segments.find((s) => s.id === 'o-x')!,
      '2031',
    ),
    'planned',
  );
  assert.notEqual(opened, net);
});

test('closing a road cuts the routes through it; a later change on the same segment wins from its date', () => {
  const net = toyNetwork();
  const s = scenario([
    { change: 'set-segment', segment: 'd-e', status: 'closed', rationale: 'war' },
    { change: 'set-segment', segment: 'd-e', status: 'operational', on: '2035', rationale: 'peace' },
  ]);
  const changed = applyScenarioToNetwork(net, s);
  const de = changed.segments.find((x) => x.id === 'd-e')!;
  assert.equal(statusAt(de, '2032'), 'closed');
  assert.equal(statusAt(de, '2036'), 'operational');
  assert.equal(findRoutes(changed, 'o', 'e', { at: '2032' }).routes.length, 0);
  assert.equal(findRoutes(changed, 'o', 'e', { at: '2036' }).routes.length, 1);
  assert.match(de.status.at(-1)!.note ?? '', /hypothetical, scenario toy: peace/);
});
