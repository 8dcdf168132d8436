/**
 * Towns and cities of the world (src/ingest/coder/world-places.ts), sentences written for these
 * tests: a place is where an act happened, and the target of violence when nothing else is; it is
 * never an actor and never an unknown name to report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS, brief, code, events } from './helpers.js';
import { worldPlaces } from '../../../src/ingest/coder/world-places.js';
import { withWorldActors } from '../../../src/ingest/coder/index.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('the places come from the package, by country, without names an actor already uses', () => {
  const places = new Map(worldPlaces(withWorldActors(ACTORS)).map((p) => [p.actor, p.names]));
  assert.ok(places.get('IRQ')?.includes('Basra'));
  assert.ok(places.get('NGA')?.includes('Lagos'));
  // a capital is already its state's metonym, so it is not a place entry too
  assert.ok(!places.get('IRQ')?.includes('Baghdad'));
  // a name several countries share with no clear largest place stays out
  assert.ok(![...places.values()].some((names) => names.includes('Victoria')));
});

test('a town after a locative preposition is where the act happened and the target of an attack', () => {
  assert.deepEqual(briefs('Syrian artillery shelled rebel positions near Aleppo on Monday.'), ['ASSAULT SYR>SYR']);
  assert.deepEqual(briefs('Turkish jets bombed targets outside the Iraqi city of Mosul.'), ['ASSAULT TUR>IRQ']);
  assert.deepEqual(briefs('Kenyan police fired tear gas at protesters in western Kisumu.'), ['ASSAULT KEN>KEN']);
  const e = events('Nigeria imposed a curfew in Kaduna after the riots.', '2004-05-10');
  assert.equal(e[0]?.location?.name, 'Kaduna');
});

test('a town elsewhere in the sentence is no actor and no unknown name', () => {
  const r = code('Mombasa agreed to host the talks next month.', '2004-05-10');
  assert.deepEqual(r.events, []);
  assert.deepEqual(r.candidates, []);
});

test('a place later in the sentence is the target of an attack with no other', () => {
  assert.deepEqual(briefs('Chilean commandos killed nine people on Monday when their helicopter landed in Arequipa.'), [
    'ASSAULT CHL>PER',
  ]);
});

test('a noun’s target follows it closely, not a name later in the clause', () => {
  assert.deepEqual(briefs('Ecuador reimposed its blockade in Guayaquil following the deaths of two Colombians.'), [
    'COERCE ECU>ECU',
  ]);
});

test('provinces are places of their state; a province named only by generic words is none', () => {
  const places = new Map(worldPlaces(withWorldActors(ACTORS)).map((p) => [p.actor, p.names]));
  assert.ok(places.get('AFG')?.includes('Kandahar'));
  assert.ok(places.get('SDN')?.includes('West Darfur'));
  assert.ok(![...places.values()].some((names) => names.includes('Central') || names.includes('North West')));
  // a group with no state word acts for the state of the province it acts in, which is also the target
  assert.deepEqual(briefs('Insurgents ambushed a police convoy in Kandahar province.'), ['ASSAULT AFG>AFG']);
  // "in Central Asia" is no province of anyone's
  assert.deepEqual(briefs('Chile and Peru held talks in Central Asia.'), ['CONSULT CHL+PER>']);
});

test('a district, suburb or quarter of a town is a place of the town’s state', () => {
  assert.deepEqual(briefs('A judge was killed in a bomb blast in a residential district of eastern Lima.'), [
    'ASSAULT PER>PER',
  ]);
  assert.deepEqual(briefs('Gunmen shot dead two traders in a suburb of Arequipa.'), ['ASSAULT PER>PER']);
});

test("a direction that starts a state's name is part of it; before a province or a plain state it is a place word", () => {
  const at = (s: string): string[] => events(s, '2012-05-10').map(brief);
  assert.deepEqual(at('Sudan and South Sudan signed an oil deal.'), ['AGREE SDN+SSD>']);
  assert.ok(at('Chilean troops attacked a town in Northern Peru.').includes('ASSAULT CHL>PER'));
});

test('an embassy in a capital is a post there, so the capital is the place and its people the actors', () => {
  const at = (s: string): string[] => events(s, '2012-05-10').map(brief);
  assert.ok(at('Protesters attacked the Chilean embassy in Lima.').includes('ASSAULT PER>CHL'));
});
