/**
 * Readings of verbs, sentences written for these tests: "be opposed to" is active, prefixed irregular
 * verbs inflect like their root, a light verb's subject acts for the noun it governs, and permitting
 * is a concession (an intended one is an agreement, as PLOVER codes intent).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, events } from './helpers.js';
import { verbForms } from '../../../src/ingest/coder/inflect.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('a stative participle after "be" keeps the active reading', () => {
  assert.deepEqual(briefs('Ghana is opposed to any Nigerian role in the talks.'), ['REJECT GHA>NGA']);
  // a true passive still reads as one
  assert.deepEqual(briefs('The plan was opposed by Uganda.'), ['REJECT UGA>']);
});

test('prefixed irregular verbs take their root forms', () => {
  assert.ok(verbForms('retake').all.includes('retook'));
  assert.ok(verbForms('retake').participles.includes('retaken'));
  assert.ok(verbForms('overrun').all.includes('overran'));
  assert.deepEqual(briefs('Thai troops have retaken two border villages in Laos.'), ['COERCE THA>LAO']);
});

test('the subject of a light verb acts for the noun it governs', () => {
  assert.deepEqual(briefs('Azerbaijan on Friday reimposed the blockade on Armenia.'), ['COERCE AZE>ARM']);
  assert.deepEqual(briefs('Turkey tightened its blockade of Syria.'), ['COERCE TUR>SYR']);
});

test('allowing is a concession, and an announced one an agreement', () => {
  assert.deepEqual(briefs('Chile allowed Peruvian fishermen to enter its waters.'), ['CONCEDE CHL>PER']);
  const e = events('Peru will permit Bolivian traders to cross the border.', '2004-05-10');
  assert.deepEqual(
    e.map((x) => `${brief(x)} ${x.modality}`),
    ['CONCEDE PER>BOL future', 'AGREE PER>BOL actual'],
  );
  // letting observers in is a RETREAT, as before
  assert.deepEqual(briefs('Chile allowed UN observers into the border zone.').slice(0, 1), ['RETREAT CHL>UN']);
});

test('a particle set apart from its verb keeps the object between them', () => {
  assert.deepEqual(briefs('Chile pulled its troops out of Peru.'), ['RETREAT CHL>PER']);
});

test('alerts and weapons tests mobilise; laying down arms and handing back land retreat', () => {
  assert.deepEqual(
    events('Iran put its armed forces on high alert.', '2004-05-10').map((e) => `${brief(e)} ${e.mode}`),
    ['MOBILIZE IRN> troops'],
  );
  assert.deepEqual(
    events('North Korea test-fired a ballistic missile.', '2004-05-10').map((e) => `${brief(e)} ${e.mode}`),
    ['MOBILIZE PRK> weapons'],
  );
  assert.deepEqual(briefs('Chile handed back the occupied islands to Peru.'), ['RETREAT CHL>PER']);
  assert.deepEqual(briefs('Chile returned the captured fishermen to Peru.'), ['RETREAT CHL>PER']);
  assert.deepEqual(
    briefs('Peruvian rebels laid down their arms.').map((b) => b.split(' ')[0]),
    ['RETREAT'],
  );
});

test('an act in -ing form after began, kept or resorted to is the subject act', () => {
  assert.deepEqual(briefs('Peruvian troops began shelling Chilean border posts.'), ['ASSAULT PER>CHL']);
  assert.deepEqual(briefs('Chilean soldiers kept firing at Peruvian positions overnight.'), ['ASSAULT CHL>PER']);
  // a crowd's stones are a violent protest, not an armed attack
  assert.deepEqual(briefs('Bolivian youths resorted to throwing stones at police in La Paz.'), ['PROTEST BOL>BOL']);
  // an -ing noun after a determiner is still no verb
  assert.deepEqual(briefs('Peru condemned the shelling.'), ['ACCUSE PER>']);
});

test('continuing or resuming a protest or an offensive is coded as the act', () => {
  assert.deepEqual(briefs('Chilean miners continued their hunger strike on Sunday.'), ['PROTEST CHL>CHL']);
  assert.deepEqual(briefs('Peru resumed its offensive against Ecuador.'), ['ASSAULT PER>ECU']);
});

test('a verb with "re" is its act repeated, unless it is a word of its own', () => {
  assert.deepEqual(briefs('Peru reimposed sanctions on Ecuador on Monday.'), ['SANCTION PER>ECU']);
  assert.deepEqual(briefs('Chile redeployed troops to the Peruvian border.'), ['MOBILIZE CHL>PER']);
  // in every pattern of the verb, not only the first that lists it ("launch" opens several)
  assert.deepEqual(briefs('Peru relaunched its offensive against Ecuador.'), ['ASSAULT PER>ECU']);
  // "reside" is no siding with anyone; "resign", a verb of its own, is no signing
  assert.deepEqual(briefs('Peruvian exiles reside in Chile.'), []);
  assert.ok(!briefs('The Peruvian minister resigned over the treaty with Chile.').some((b) => b.startsWith('AGREE')));
});

test('a bare verb after a plural subject and a day word is a verb ("the authorities today release")', () => {
  const e = events('Peruvian authorities today release a seized Chilean trawler.', '2004-05-10').map(brief);
  assert.ok(e.includes('RETREAT PER>CHL'), JSON.stringify(e));
});
