/**
 * Who attacked whom, sentences written for these tests: reciprocal fighting has both sides as actors
 * (the manual's reciprocal events), civilians clashing riot, the attacker may be named only by the
 * attack ("killed in a Chilean air strike"), and a participle after a comma shares the main subject.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actualBriefs, brief, events, rule } from './helpers.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('clashes and fighting between two sides: both are actors, no recipient', () => {
  assert.deepEqual(briefs('Chilean and Peruvian troops clashed near the border on Monday.'), ['ASSAULT CHL+PER>']);
  assert.deepEqual(briefs('Fighting between Chilean and Peruvian forces left ten dead.'), ['ASSAULT CHL+PER>']);
  assert.deepEqual(briefs('Chilean troops clashed with Peruvian rebels.'), ['ASSAULT CHL>PER']);
});

test('civilians clashing riot (PROTEST, riot); fighting corruption is no fighting', () => {
  const e = events('Chilean protesters clashed with police in Santiago.', '2004-05-10');
  assert.deepEqual(
    e.map((x) => `${x.event_type}/${x.mode}`),
    ['PROTEST/riot'],
  );
  assert.match(rule(e[0]!), /civilian/);
  assert.deepEqual(briefs('Chile vowed to fight corruption.'), []);
});

test('the attacker named only by the attack, in the passive', () => {
  assert.deepEqual(briefs('Ten Peruvian soldiers were killed in a Chilean air strike.'), ['ASSAULT CHL>PER']);
  assert.deepEqual(briefs('Ten Peruvian soldiers were killed in Chile’s latest attack on the border.'), [
    'ASSAULT CHL>PER',
  ]);
});

test('", killing ..." shares the subject of the verb before it: one attack, not a second by the victims', () => {
  assert.deepEqual(briefs('Chilean jets struck Peruvian positions, killing ten soldiers.'), ['ASSAULT CHL>PER']);
});

test('crowd control is ASSAULT (crowd-control), as the manual lists tear gas and water cannon', () => {
  const e = events('Kenyan riot police used tear gas to break up a demonstration in Nairobi.', '2004-05-10');
  assert.deepEqual(
    e.map((x) => `${brief(x)} ${x.mode}`),
    ['ASSAULT KEN>KEN crowd-control'],
  );
});

test('crackdowns and house arrest are COERCE (arrest); demolishing homes is ASSAULT (destroy), as the manual lists', () => {
  assert.deepEqual(
    events('Turkey cracked down on Kurdish activists.', '2004-05-10').map((x) => `${x.event_type}/${x.mode}`),
    ['COERCE/arrest'],
  );
  assert.deepEqual(events('Egypt placed the opposition leader under house arrest.', '2004-05-10').map(brief), [
    'COERCE EGY>EGY',
  ]);
  assert.deepEqual(
    events('Israel demolished the homes of two Palestinian militants.', '2004-05-10').map(
      (x) => `${brief(x)} ${x.mode}`,
    ),
    ['ASSAULT ISR>PSE destroy'],
  );
});

test('firing shells, mortars, grenades or rounds at a target is an attack', () => {
  assert.deepEqual(briefs('Bolivian troops fired mortars into Chilean border villages.'), ['ASSAULT BOL>CHL']);
  assert.deepEqual(briefs('Chilean gunboats fired warning shots at a Peruvian trawler.'), ['ASSAULT CHL>PER']);
  // firing an official is no attack
  assert.deepEqual(briefs('Peru fired its finance minister on Monday.'), []);
});

test('an unnamed perpetrator opening the sentence is no unknown name', () => {
  assert.deepEqual(briefs('Gunmen killed two traders in Arequipa on Sunday.'), ['ASSAULT PER>PER']);
  // a surname there is a name the coder does not know: nothing is guessed
  assert.deepEqual(briefs('Gonzalez killed two traders in Arequipa on Sunday.'), []);
});

test('hanging or beheading a person is a killing; a thing hung is not', () => {
  assert.deepEqual(briefs('Bolivia hanged a Chilean smuggler on Tuesday.'), ['ASSAULT BOL>CHL']);
  assert.deepEqual(briefs('The Bolivian flag hung over the Chilean consulate.'), []);
});

test('bombs dropped on a town held by rebels fall on that state', () => {
  const b = events('Peruvian forces dropped bombs on rebel-held Arequipa.', '2004-05-10').map(brief);
  assert.deepEqual(b, ['ASSAULT PER>PER']);
});

test('a military operation launched is an offensive, a rescue operation is not; "what it called" asks for nothing', () => {
  const b = (s: string): string[] => actualBriefs(s);
  assert.ok(b('Peru launched what it called anti-terrorist measures in Tacna on Tuesday.').includes('ASSAULT PER>PER'));
  assert.deepEqual(b('Chile began a ground operation in Peru.'), ['ASSAULT CHL>PER']);
  assert.deepEqual(b('Chile launched a rescue operation in Peru.'), []);
});
