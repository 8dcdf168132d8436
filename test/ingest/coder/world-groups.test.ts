/**
 * Armed and political movements of the world file (data/coding/world-bodies.yaml), sentences written
 * for these tests: a movement acts under its own name and resolves to the state where it acts, as
 * PLOVER codes it; a name that merely contains a movement's name is not that movement.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS, brief, code, events } from './helpers.js';
import { withWorldActors } from '../../../src/ingest/coder/index.js';
import { resolveCountries, type Actor } from '../../../src/model/index.js';

const world = new Map(withWorldActors(ACTORS).map((a) => [a.id, a]));
const lookup = (id: string): Actor | undefined => world.get(id);
const coded = (text: string): string[] =>
  code(text, '2006-07-20')
    .events.filter((c) => c.focal)
    .map(
      (c) =>
        `${c.event.event_type} ${c.event.actor.join('+')}(${resolveCountries(c.event.actor, c.event.date, lookup).join('+')})>${resolveCountries(c.event.recipient, c.event.date, lookup).join('+')}`,
    );

test('a named movement acts under its name and resolves to the state where it acts', () => {
  assert.deepEqual(coded('Hezbollah fired rockets into northern Israel on Wednesday.'), ['ASSAULT HEZBOLLAH(LBN)>ISR']);
  assert.deepEqual(coded('The Tamil Tigers rejected the Norwegian peace proposal.'), ['REJECT LTTE(LKA)>NOR']);
  // an acronym counts only in capitals, and a bracketed gloss after the name does not hide it
  assert.deepEqual(coded('The Shining Path (Sendero Luminoso) ambushed a Peruvian army patrol.'), [
    'ASSAULT SHINING_PATH(PER)>PER',
  ]);
});

test('the summary names the movement, and a coded UN agency resolves to the UN', () => {
  const e = code('Hezbollah fired rockets into northern Israel on Wednesday.', '2006-07-20').events[0]!;
  assert.match(e.event.summary, /^Hezbollah /);
  assert.deepEqual(coded('The UN refugee agency criticised Thailand on Monday.'), ['ACCUSE UNHCR(UN)>THA']);
});

test('an unknown name with a body’s office in apposition acts for the body', () => {
  assert.deepEqual(coded('Ana Quispe, the UN Emergency Relief Coordinator, urged Chile to open its border.'), [
    'REQUEST OCHA(UN)>CHL',
  ]);
  assert.deepEqual(coded('The International Labour Office (ILO) renewed its demand that Chile ease the rules.'), [
    'REQUEST ILO(UN)>CHL',
  ]);
});

test('an organ’s bare name right after another body or state is that one’s organ', () => {
  assert.deepEqual(coded('The Arab League Secretary-General urged Chile to free the prisoners.'), [
    'REQUEST ARAB_LEAGUE(ARAB_LEAGUE)>CHL',
  ]);
  assert.deepEqual(coded('Peru’s Security Council condemned Chile.'), ['ACCUSE PER(PER)>CHL']);
  assert.deepEqual(coded('The Security Council condemned Chile.'), ['ACCUSE UN_SC(UN)>CHL']);
});

test('movements of no one state, and unnamed rights or aid groups, stand for themselves', () => {
  assert.deepEqual(coded('US drones killed eight al-Qaeda leaders in Yemen.'), ['ASSAULT USA(USA)>AL_QAEDA']);
  assert.deepEqual(coded('Rights groups accused Chile of torturing detainees.'), ['ACCUSE NGOS(NGOS)>CHL']);
  // claiming an attack accuses no one; a claim is an accusation only with its "that" clause
  assert.deepEqual(coded('Al-Qaeda claimed the bombing of the Chilean embassy.'), []);
  assert.deepEqual(coded('Chile claimed that Peru had armed the rebels.'), ['ACCUSE CHL(CHL)>PER']);
});

test('a peace operation is an organ of the body that runs it', () => {
  assert.deepEqual(coded('ECOMOG troops shelled rebel positions near Monrovia.'), ['ASSAULT ECOMOG(ECOWAS)>LBR']);
  assert.deepEqual(coded('UNPROFOR accused Chile of blocking the convoy.'), ['ACCUSE UNPROFOR(UN)>CHL']);
});

test('a parliament or seat of government named alone stands for its state', () => {
  assert.deepEqual(coded('The Knesset condemned Chile on Monday.'), ['ACCUSE ISR(ISR)>CHL']);
  assert.deepEqual(coded('The Bundestag urged Peru to free the journalists.'), ['REQUEST DEU(DEU)>PER']);
});

test('a state news agency speaks for its state; Mercosur is a body', () => {
  const at = (s: string): string[] => events(s, '2009-05-10').map(brief);
  assert.deepEqual(at('KCNA accused South Korea of plotting an invasion.'), ['ACCUSE PRK>KOR']);
  assert.deepEqual(at('Uruguay urged Mercosur to admit Bolivia.').slice(0, 1), ['REQUEST URY>MERCOSUR']);
});
