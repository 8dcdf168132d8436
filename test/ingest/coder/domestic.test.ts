/**
 * Domestic targets, sentences written for these tests: a protest with no named target is against
 * the protesters' own state, a domestic group with no state word as the object is the actor's state,
 * and a place in the actor's own state may be the target.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actualBriefs, brief, code, events, rule } from './helpers.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('a protest with no named target is against the protesters own state', () => {
  const e = events('Thousands of Chilean students marched through the capital on Friday.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['PROTEST CHL>CHL']);
  assert.match(rule(e[0]!), /domestic:protest/);
  // a named target stays the target
  assert.deepEqual(briefs('Chilean students protested against Peru on Friday.'), ['PROTEST CHL>PER']);
});

test('a domestic group with no state word as the object belongs to the actor state', () => {
  const e = events('The Peruvian government accused separatists of breaking the truce.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['ACCUSE PER>PER']);
  assert.match(rule(e[0]!), /domestic:group:separatists/);
  assert.deepEqual(briefs('Bolivian police fired on opposition marchers on Sunday.'), ['ASSAULT BOL>BOL']);
  // a group named with another state is that state, not the actor's
  assert.deepEqual(briefs('The Peruvian government accused Chilean rebels of breaking the truce.'), ['ACCUSE PER>CHL']);
});

test('no domestic target for acts that need a named partner, nor for a body that is no state', () => {
  assert.deepEqual(briefs('The Peruvian government met opposition leaders on Monday.'), ['CONSULT PER>']);
  assert.ok(!briefs('The United Nations accused rebels of breaking the truce.').some((b) => b.endsWith('>UN')));
});

test('a place in the actor own state may be the target', () => {
  assert.deepEqual(briefs('Chilean authorities imposed a curfew in Chile on Tuesday.'), ['COERCE CHL>CHL']);
});

test('a domestic group with no state word as the subject acts for the one state the sentence names', () => {
  const e = events('Rebels attacked a police station near Lima on Monday.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['ASSAULT PER>PER']);
  assert.match(rule(e[0]!), /domestic-subject/);
  assert.deepEqual(briefs('Opposition leaders agreed to postpone the rally in Lima.'), ['AGREE PER>PER']);
  // the place where they act says whose they are, whoever reports it
  assert.deepEqual(briefs('Rebels attacked a police station near Lima, Chilean officials said.'), ['ASSAULT PER>PER']);
  // two states named and no place: no guess
  assert.deepEqual(briefs('Rebels attacked a police station, Chilean and Peruvian officials said.'), []);
  // leaders alone are no domestic group
  assert.deepEqual(briefs('Regional leaders agreed to send aid to Haiti.'), []);
});

test('civilians blocking a road protest (PLOVER PROTEST, obstruct); a state closing a border coerces', () => {
  const e = events('Striking farmers blocked the main highway near Lima on Monday.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['PROTEST PER>PER']);
  assert.equal(e[0]!.mode, 'obstruct');
  assert.deepEqual(briefs('Chilean students blocked roads to Peru.'), ['PROTEST CHL>PER']);
  assert.deepEqual(briefs('Peru closed its border with Chile.'), ['COERCE PER>CHL']);
});

test('a titled ruler the gazetteer does not know acts for the state where the act takes place', () => {
  const r = code('President Jane Doemann lifted the curfew in Lima on Monday.', '2004-05-10');
  assert.deepEqual(
    r.events.map((c) => brief(c.event)),
    ['CONCEDE PER>PER'],
  );
  assert.match(rule(r.events[0]!.event), /titled-ruler/);
  // the name is still offered to the curator
  assert.ok(r.candidates.some((c) => c.name.includes('Doemann')));
  // a visit names the host's place: no guess; nor with a second state named
  assert.deepEqual(briefs('President Jane Doemann arrived in Lima on Monday.'), []);
  assert.deepEqual(briefs('President Jane Doemann lifted the curfew in Lima, Chilean radio said.'), []);
});

test('a state organ may act on another organ or people of the same state', () => {
  assert.deepEqual(briefs("Chile's president criticised Chile's supreme court."), ['ACCUSE CHL>CHL']);
  assert.deepEqual(briefs('The Chilean government dissolved the Chilean parliament on Monday.'), ['RETREAT CHL>CHL']);
  // one mention is never its own target
  assert.deepEqual(briefs('Chile criticised itself.'), ['ACCUSE CHL>']);
});

test('an unknown ruler as the object is the actor state only when it is the one state named', () => {
  const e = events('Opposition groups in Chile are demanding that President Jane Doemann resign.', '2004-05-10');
  assert.ok(e.some((x) => brief(x) === 'REQUEST CHL>CHL' && /domestic:group:ruler/.test(rule(x))));
  // a second state named: the ruler may be its president; no guess
  const two = events(
    'Students in Chile demanded that President Jane Doemann resign, Peruvian radio said.',
    '2004-05-10',
  );
  assert.deepEqual(two.filter((x) => x.event_type === 'REQUEST').map(brief), ['REQUEST CHL>']);
});

test('a domestic group acts for the state where it acts; a state before a government word is no place', () => {
  assert.deepEqual(briefs('Demonstrators burned American flags outside the US embassy in Karachi.'), [
    'PROTEST PAK>USA',
  ]);
  assert.deepEqual(briefs('Protesters rallied in Lagos against the government.'), ['PROTEST NGA>NGA']);
});

test('a state named only after the verb is the object’s, not the domestic group’s', () => {
  assert.deepEqual(briefs('The rebels freed three Italian hostages.'), []);
  assert.deepEqual(briefs('Rebels in Peru freed three Italian hostages.'), ['RETREAT PER>ITA']);
  assert.deepEqual(briefs('Opposition supporters took to the streets of Tbilisi demanding new elections.'), [
    'PROTEST GEO>GEO',
  ]);
});

test('dissent aimed at a state’s rulers is by that state’s people, other acts toward it are not', () => {
  assert.deepEqual(briefs('Islamist students staged a sit-in against the Bolivian government on Monday.'), [
    'PROTEST BOL>BOL',
  ]);
  assert.deepEqual(briefs('Teachers demanded the resignation of the Ecuadorian president.'), ['REQUEST ECU>ECU']);
  assert.deepEqual(briefs('Farmers accused the government of Paraguay of neglect.'), ['ACCUSE PRY>PRY']);
  // an attack, or dissent toward the state's people rather than its rulers, says nothing of who acted
  assert.deepEqual(briefs('Militants ambushed Bolivian soldiers near the border.'), []);
  assert.deepEqual(briefs('Students criticised Ecuadorian exporters.'), []);
});

test('a curfew, state of emergency or martial law with no target named is aimed at the state’s own people', () => {
  assert.deepEqual(briefs('Ecuador declared a state of emergency on Tuesday.'), ['COERCE ECU>ECU']);
  assert.deepEqual(briefs('The Bolivian government lifted the curfew after a week.'), ['CONCEDE BOL>BOL']);
  // a target named stays the target
  assert.deepEqual(briefs('Bolivia imposed a curfew on Chilean border towns.'), ['COERCE BOL>CHL']);
});

test('an ethnic minority acts for the state where it lives', () => {
  assert.deepEqual(briefs('Several hundred ethnic Hungarians rallied in Romania on Sunday.'), ['PROTEST ROU>ROU']);
  assert.deepEqual(briefs('Ethnic Russians in Estonia protested against the language law.'), ['PROTEST EST>EST']);
  // without "ethnic", a plural demonym is that nation's people
  assert.deepEqual(briefs('Hungarians rallied in Romania.'), ['PROTEST HUN>HUN']);
});

test('a state organ with no state word acts for the state where it acts', () => {
  assert.deepEqual(briefs('The army imposed a curfew on the city of Kandahar.'), ['COERCE AFG>AFG']);
  assert.deepEqual(briefs('Troops fired on protesters in Lima.'), ['ASSAULT PER>PER']);
  // a state named only after the verb is the target, not the organ's state
  assert.deepEqual(briefs('The government accused Peru of spying.'), []);
});

test('a group by a name the gazetteer does not know acts for the state where it acts', () => {
  // a group word before the name, a group word ending the name, a group head after it
  const e = events('The armed group Sendero Rojo ambushed an army convoy in Peru on Monday.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['ASSAULT PER>PER']);
  assert.match(rule(e[0]!), /named-group/);
  assert.deepEqual(briefs('The Andean Liberation Front attacked a police post near Lima.'), ['ASSAULT PER>PER']);
  assert.deepEqual(briefs('The Tupac Libre group declared a ceasefire in Bolivia on Friday.').slice(0, 1), [
    'RETREAT BOL>BOL',
  ]);
  // the name stays a candidate for the curator
  assert.ok(code('The armed group Sendero Rojo ambushed an army convoy in Peru.', '2004-05-10').candidates.length > 0);
  // with no group word a name may be anyone's: nothing is guessed
  assert.deepEqual(briefs('Juan Rojo ambushed an army convoy in Peru on Monday.'), []);
  // two states and no place of the act: no guess
  assert.deepEqual(briefs('The armed group Sendero Rojo condemned Chile and Peru.'), []);
});

test('the summary names the group that acted for the state, not the state alone', () => {
  const s = (t: string): string | undefined => events(t, '2004-05-10')[0]?.summary;
  assert.equal(s('Rebels attacked a police station near Lima on Monday.'), 'Rebels in Peru attack Peru');
  assert.equal(s('The armed group Sendero Rojo ambushed an army convoy in Peru.'), 'Sendero Rojo in Peru attacks Peru');
  // a state organ is the state, as PLOVER codes it
  assert.equal(s('Police fired tear gas at protesters in Lima.'), 'Peru attacks Peru');
});

test('"the government" unnamed after a group of a state is that state; released prisoners are its own', () => {
  const b = (text: string): string[] => actualBriefs(text);
  assert.deepEqual(b("Bolivia's opposition accused the government of rigging the count."), ['ACCUSE BOL>BOL']);
  assert.deepEqual(b('Bolivian rebels agreed to a ceasefire with the government.'), ['AGREE BOL>BOL']);
  // a state's own act names no one by "the government of Peru": that is Peru
  assert.deepEqual(b('Bolivian opposition leaders accused the government of Peru of meddling.'), ['ACCUSE BOL>PER']);
  assert.deepEqual(b('Bolivia released 300 prisoners on Sunday.'), ['RETREAT BOL>BOL']);
  assert.deepEqual(b('Bolivia released 20 Peruvian prisoners.'), ['RETREAT BOL>PER']);
  assert.deepEqual(b('Security forces killed three protesters in the Bolivian town of Oruro.'), ['ASSAULT BOL>BOL']);
});
