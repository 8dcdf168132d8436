import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Actor, resolveCountry, resolveCountries, type Actor as ActorT } from '../../src/model/index.js';
import { miniRecords } from '../helpers/mini.js';

const actors = new Map<string, ActorT>(miniRecords().actors.map((a) => [a.id, Actor.parse(a)]));
const lookup = (id: string): ActorT | undefined => actors.get(id);

test('a person resolves to the actor of the office held at the date', () => {
  assert.equal(resolveCountry('leader-a', '2015-06-01', lookup), 'BBB');
  assert.equal(
    resolveCountry('leader-a', '2018-05-07', lookup),
    'leader-a',
    'between offices the person stands for no state',
  );
  assert.equal(resolveCountry('leader-a', '2018-05-08', lookup), 'AAA');
  assert.equal(resolveCountry('leader-a', '2026', lookup), 'AAA');
});

test('a territory resolves to whoever held it then', () => {
  assert.equal(resolveCountry('TERR', '2019-01-01', lookup), 'BBB');
  assert.equal(resolveCountry('TERR', '2020-11-15', lookup), 'AAA');
});

test('states resolve to themselves and lists drop repeats', () => {
  assert.equal(resolveCountry('AAA', '2000', lookup), 'AAA');
  assert.deepEqual(resolveCountries(['leader-a', 'AAA', 'NNN'], '2020', lookup), ['AAA', 'NNN']);
  assert.equal(resolveCountry('UNKNOWN', '2000', lookup), 'UNKNOWN');
});
