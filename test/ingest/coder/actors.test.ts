import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText } from '../../../src/ingest/coder/index.js';
import { Actor, resolveCountries } from '../../../src/model/index.js';
import { ACTORS, brief, code, events, lookup } from './helpers.js';

test('metonyms stand for their state: capitals and seats of power', () => {
  assert.deepEqual(events('The Kremlin accused Baku of staging the raid.').map(brief), ['ACCUSE RUS>AZE']);
  assert.deepEqual(events('Ankara and Tbilisi signed a railway protocol.').map(brief), ['AGREE TUR+GEO>']);
});

test('a capital after "in" is the place, not an actor; "the government in Baku" is the actor', () => {
  const e = events('Armenia and Azerbaijan held talks in Moscow.');
  assert.deepEqual(e.map(brief), ['CONSULT ARM+AZE>']);
  assert.equal(e[0]!.location?.name, 'Moscow');
  assert.deepEqual(events('The government in Baku rejected the plan.').map(brief), ['REJECT AZE>']);
});

test('demonyms: government heads are the state, people heads are marked people with lower confidence', () => {
  const troops = events('Armenian troops shelled Azerbaijani positions.');
  assert.deepEqual(troops.map(brief), ['ASSAULT ARM>AZE']);
  const people = events('Armenian students protested against the government.');
  // people protesting with no named target protest against their own state (domestic.ts)
  assert.deepEqual(people.map(brief), ['PROTEST ARM>ARM']);
  // a government's protest is a diplomatic one: PLOVER codes it ACCUSE (disapprove), not PROTEST
  const state = events('The Armenian government protested against the decision.');
  assert.deepEqual(state.map(brief), ['ACCUSE ARM>']);
  assert.ok(
    people[0]!.origin.kind === 'coded' &&
      state[0]!.origin.kind === 'coded' &&
      people[0]!.origin.confidence < state[0]!.origin.confidence,
  );
});

test('Armenia the state against the Armenian Church and the diaspora', () => {
  assert.deepEqual(
    events('The Armenian Apostolic Church condemned the arrests.').map((e) => e.actor),
    [['ARM_CHURCH']],
  );
  assert.deepEqual(
    events('Armenian clergy accused Pashinyan of persecution.').map((e) => [e.actor, e.recipient]),
    [[['ARM_CHURCH'], ['nikol-pashinyan']]],
  );
  assert.deepEqual(
    events('Armenians in Russia protested outside the embassy.').map((e) => e.actor),
    [['ARM_DIASPORA']],
  );
  assert.deepEqual(
    events('Armenia protested against the arrests.').map((e) => e.actor),
    [['ARM']],
  );
});

test('Georgia the country against Georgia the US state', () => {
  assert.deepEqual(events('Georgia signed a free trade agreement with China.').map(brief), ['AGREE GEO>CHN']);
  assert.deepEqual(events('Georgia, USA, signed a trade agreement with Mexico.'), []);
  assert.deepEqual(events('Lawmakers in the US state of Georgia condemned the ruling.'), []);
  const atlanta = code(
    'The Atlanta-based company announced new jobs. Georgia sued the federal government over the rule.',
  );
  assert.deepEqual(
    atlanta.events
      .map((c) => c.event.actor)
      .flat()
      .filter((a) => a === 'GEO'),
    [],
  );
  assert.deepEqual(events('Georgia Governor Brian Kemp signed the voting bill into law.'), []);
  assert.deepEqual(events('Tbilisi recalled its ambassador from Moscow.').map(brief), ['SANCTION GEO>RUS']);
});

test('generic names count only in context: "the Church" near Armenian words', () => {
  assert.deepEqual(events('The Church condemned the new tax.'), []);
  const e = events('Pashinyan spoke about the Catholicos again. The Church condemned the new tax.');
  assert.deepEqual(
    e.filter((x) => x.event_type === 'ACCUSE').map((x) => x.actor),
    [['ARM_CHURCH']],
  );
});

test('persons resolve to their country by the office held at the event date', () => {
  const pm = events('Vladimir Putin met Ilham Aliyev in Sochi in 2010.');
  assert.deepEqual(pm.map(brief), ['CONSULT RUS>AZE']);
  assert.match(pm[0]!.summary, /Vladimir Putin, Prime Minister of Russia/);
  const pres = events('Vladimir Putin met Ilham Aliyev in Sochi in 2016.');
  assert.match(pres[0]!.summary, /Vladimir Putin, President of Russia/);
  const erdogan = events('Erdoğan visited Baku in 2010.');
  assert.match(erdogan[0]!.summary, /Prime Minister of Türkiye/);
  // The full name is one person whatever the date ("Aliyev" alone is resolved by date: persons.test.ts).
  const heydar = events('Heydar Aliyev visited Ankara in 1997.');
  assert.deepEqual(heydar.map(brief), ['CONSULT AZE>TUR']);
});

test('a person stands for the organization of the office held at the event date, and for no one before it', () => {
  const e = events('Ursula von der Leyen visited Baku in July 2022.');
  assert.deepEqual(resolveCountries(e[0]!.actor, e[0]!.date, lookup), ['EU']);
  const before = events('Ursula von der Leyen visited Baku in 2015.');
  assert.deepEqual(resolveCountries(before[0]!.actor, before[0]!.date, lookup), ['ursula-von-der-leyen']);
});

test('a person who moved from one state office to an international one resolves by date', () => {
  const people = [
    Actor.parse({ id: 'AAA', kind: 'state', name: 'Alphaland' }),
    Actor.parse({ id: 'BLOC', kind: 'organization', name: 'Northern Bloc' }),
    Actor.parse({
      id: 'anna-example',
      kind: 'person',
      name: 'Anna Example',
      aliases: ['Example'],
      roles: [
        { title: 'Foreign Minister of Alphaland', of: 'AAA', from: '2012', to: '2019-06' },
        { title: 'Secretary General of the Northern Bloc', of: 'BLOC', from: '2020-01', to: null },
      ],
    }),
  ];
  const byId = new Map(people.map((a) => [a.id, a]));
  const at = (date: string): string[] => {
    const r = codeText(`Example visited Alphaland in ${date}.`, {
      actors: people,
      published: '2025-01-01',
      sourceId: 'x',
    });
    const ev = r.events[0]!.event;
    return resolveCountries(ev.actor, ev.date, (id) => byId.get(id));
  };
  assert.deepEqual(at('2015'), ['AAA']);
  assert.deepEqual(at('2022'), ['BLOC']);
});

test('the gazetteer is built from the actors given: a new actor is recognised without code changes', () => {
  const extra = Actor.parse({
    id: 'ZZZ',
    kind: 'state',
    name: 'Zedland',
    metonyms: ['Zedville'],
    demonyms: ['Zedlandic'],
  });
  const r = codeText('Zedville accused Armenia of espionage.', {
    actors: [...ACTORS, extra],
    published: '2025-01-01',
    sourceId: 'x',
  });
  assert.deepEqual(
    r.events.map((c) => [c.event.actor, c.event.recipient, c.event.mode]),
    [[['ZZZ'], ['ARM'], 'treason']],
  );
});
