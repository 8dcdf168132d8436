import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Event, Relation, codeEvent } from '../../src/model/index.js';
import { cite } from '../helpers/mini.js';

const base = {
  id: 'x-1',
  date: '2024-01-12',
  actor: ['AAA'],
  recipient: ['BBB'],
  event_type: 'ASSAULT',
  mode: 'aerial',
  summary: 'A strike.',
  citations: [cite('Test wire, 1 March 2024.')],
};

function messages(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

test('a valid event parses and gets defaults', () => {
  const e = Event.parse(base);
  assert.equal(e.status, 'asserted');
  assert.deepEqual(e.origin, { kind: 'curated' });
});

test('bad events are rejected with messages naming the field', () => {
  assert.match(messages(Event.safeParse({ ...base, date: '2023-02-30' })).join(), /date: "2023-02-30" is impossible/);
  assert.match(messages(Event.safeParse({ ...base, event_type: 'BOMB' })).join(), /event_type/);
  assert.match(messages(Event.safeParse({ ...base, mode: 'phone' })).join(), /mode: "phone" is not a mode of ASSAULT/);
  assert.match(messages(Event.safeParse({ ...base, citations: [] })).join(), /citations: at least one citation/);
  assert.match(messages(Event.safeParse({ ...base, actor: [] })).join(), /actor: an event needs at least one actor/);
  assert.match(messages(Event.safeParse({ ...base, end_date: '2023' })).join(), /end_date: end_date 2023 is before/);
  assert.match(messages(Event.safeParse({ ...base, colour: 'red' })).join(), /colour/);
  assert.match(
    messages(Event.safeParse({ ...base, citations: [{ ...base.citations[0], sha256: 'abc' }] })).join(),
    /citations.0.sha256: a SHA-256/,
  );
});

test('relations need two different actors and an ordered interval', () => {
  const r = {
    id: 'r-1',
    type: 'alliance',
    actors: ['AAA', 'BBB'],
    sign: 1,
    strength: 0.9,
    from: '2021',
    to: '2020',
    summary: 'An alliance.',
    citations: [cite('Test wire, 1 March 2024.')],
  };
  assert.match(messages(Relation.safeParse(r)).join(), /to: to 2020 is before from 2021/);
  assert.match(messages(Relation.safeParse({ ...r, to: null, actors: ['AAA', 'AAA'] })).join(), /two different actors/);
  assert.match(messages(Relation.safeParse({ ...r, to: null, sign: 0 })).join(), /sign/);
});

test('quad class and intensity come from the one table', () => {
  assert.deepEqual(codeEvent('ASSAULT', 'aerial'), { quad_class: 'material-conflict', quad_code: 4, intensity: -10 });
  assert.deepEqual(codeEvent('CONSULT', 'visit'), { quad_class: 'verbal-cooperation', quad_code: 1, intensity: 1.9 });
  assert.equal(codeEvent('CONSULT', null).intensity, 2.8);
  assert.deepEqual(codeEvent('SANCTION', 'recall'), { quad_class: 'verbal-conflict', quad_code: 3, intensity: -4 });
  assert.equal(
    codeEvent('ASSAULT', 'no-such-mode').intensity,
    -9.6,
    "a mode the table does not weigh takes its type's weight",
  );
});
