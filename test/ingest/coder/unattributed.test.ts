/**
 * Violence with no named perpetrator (src/ingest/coder/unattributed.ts), sentences written for these
 * tests: the actor is the state where it happened (PLOVER's unidentified sectors sit under the place's
 * country), the victims are the target, a named perpetrator always wins, and with no place nothing is
 * coded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, confidence, events, rule } from './helpers.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('a passive attack with no named agent is by the place; the victims are the target', () => {
  const e = events(
    'Two Chilean soldiers were killed by a roadside bomb near the Peruvian town of Tacna.',
    '2004-05-10',
  );
  assert.deepEqual(e.map(brief), ['ASSAULT PER>CHL']);
  assert.match(rule(e[0]!), /unattributed-passive/);
  assert.ok(confidence(e[0]!) < 0.5);
  assert.match(e[0]!.summary, /^Unidentified attackers in Peru attack Chile/);
});

test('a weapon or an unnamed attacker as subject; victims with no state are of the place', () => {
  assert.deepEqual(briefs('A car bomb killed twelve people in Basra on Sunday.'), ['ASSAULT IRQ>IRQ']);
  assert.deepEqual(briefs('A journalist was shot dead in Lagos on Friday.'), ['ASSAULT NGA>NGA']);
  assert.deepEqual(briefs('Ten Russian soldiers killed in Ukraine, officials said.'), ['ASSAULT UKR>RUS']);
});

test('a named perpetrator wins, and the victim is never taken for the attacker', () => {
  assert.deepEqual(briefs('Two Chilean soldiers were killed by Peruvian troops near Tacna.'), ['ASSAULT PER>CHL']);
  assert.deepEqual(briefs('Peruvian troops killed two Chilean soldiers near Tacna.'), ['ASSAULT PER>CHL']);
  assert.ok(!briefs('Two Chilean soldiers were killed near Tacna.').includes('ASSAULT CHL>PER'));
});

test('no place, no perpetrator: nothing is coded', () => {
  assert.deepEqual(briefs('Two Chilean soldiers were killed by a roadside bomb on Monday.'), []);
});

test('the weapon may stand before a place phrase: "a mine near the city of X killed ..."', () => {
  assert.deepEqual(briefs('A roadside mine near the city of Kandahar killed four Afghan policemen.'), [
    'ASSAULT AFG>AFG',
  ]);
});
