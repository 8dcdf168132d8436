/** Names and titles to persons at a date (src/model/office.ts), on the shipped persons and states. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { datasetActors } from '../../src/dataset/actors.js';
import { Actor, type Actor as ActorT } from '../../src/model/index.js';
import { choosePerson, officeHolders, officeOfTitle, parseTitle, spanOf } from '../../src/model/office.js';

const ACTORS = datasetActors(fileURLToPath(new URL('../../data/caucasus', import.meta.url)));
const byId = new Map(ACTORS.map((a) => [a.id, a]));
const lookup = (id: string): ActorT | undefined => byId.get(id);
const named = (name: string): ActorT[] => ACTORS.filter((a) => a.kind === 'person' && a.aliases.includes(name));
const holderIds = (office: Parameters<typeof officeHolders>[1], of: string, when: string): string[] =>
  officeHolders(ACTORS, office, of, spanOf(when)!, lookup).map((h) => h.person.id);

test('"Aliyev" is Heydar in 1995 and Ilham in 2025', () => {
  const aliyevs = named('Aliyev');
  assert.deepEqual(aliyevs.map((a) => a.id).sort(), ['heydar-aliyev', 'ilham-aliyev']);
  assert.deepEqual(choosePerson(aliyevs, spanOf('1995-05-04')), {
    kind: 'found',
    id: 'heydar-aliyev',
    role: byId.get('heydar-aliyev')!.roles[0],
  });
  const now = choosePerson(aliyevs, spanOf('2025'));
  assert.equal(now.kind === 'found' && now.id, 'ilham-aliyev');
});

test('a shared name is ambiguous when no one, or more than one, held office then, or no date is given', () => {
  const aliyevs = named('Aliyev');
  const before = choosePerson(aliyevs, spanOf('1980'));
  assert.equal(before.kind, 'ambiguous');
  assert.match(before.kind === 'ambiguous' ? before.reason : '', /none of the persons/);
  // September 2003: Heydar still president, Ilham already prime minister.
  const both = choosePerson(aliyevs, spanOf('2003-09-15'));
  assert.equal(both.kind, 'ambiguous');
  assert.deepEqual(both.kind === 'ambiguous' && both.candidates.map((a) => a.id).sort(), [
    'heydar-aliyev',
    'ilham-aliyev',
  ]);
  // A range over both presidencies is ambiguous too.
  assert.equal(choosePerson(aliyevs, spanOf({ from: '2000', to: '2010' })).kind, 'ambiguous');
  assert.equal(choosePerson(aliyevs, null).kind, 'ambiguous');
});

test('titles resolve to the holder of the office at the date', () => {
  assert.deepEqual(holderIds('president', 'AZE', '1995-05-04'), ['heydar-aliyev']);
  assert.deepEqual(holderIds('president', 'AZE', '2025-01-01'), ['ilham-aliyev']);
  assert.deepEqual(holderIds('prime-minister', 'ARM', '2023-06-01'), ['nikol-pashinyan']);
  assert.deepEqual(holderIds('president', 'ARM', '1995'), ['levon-ter-petrosyan']);
  assert.deepEqual(holderIds('president', 'RUS', '2010'), ['dmitry-medvedev']);
  assert.deepEqual(holderIds('prime-minister', 'RUS', '2010'), ['vladimir-putin']);
  // The foreign minister's role is of the ministry (RUS_MFA), which lies under Russia.
  assert.deepEqual(holderIds('foreign-minister', 'RUS', '2015'), ['sergey-lavrov']);
  assert.deepEqual(holderIds('defence-minister', 'ARM', '2023-03'), ['suren-papikyan']);
  assert.deepEqual(holderIds('security-chief', 'GBR', '2022'), ['richard-moore']);
  assert.deepEqual(holderIds('security-chief', 'GBR', '2026'), [], 'nobody recorded after Moore left');
  // The President of the European Commission is not the president of any state.
  assert.deepEqual(holderIds('president', 'EU', '2022-07'), ['ursula-von-der-leyen']);
});

test('a president of a body under a state is not the president of the state', () => {
  const speaker = Actor.parse({
    id: 'x-speaker',
    kind: 'person',
    name: 'X Speaker',
    country: 'ARM',
    roles: [{ title: 'President of the National Assembly of Armenia', of: 'ARM_PARLIAMENT', from: '2019', to: null }],
  });
  const found = officeHolders([...ACTORS, speaker], 'president', 'ARM', spanOf('2020')!, lookup).map(
    (h) => h.person.id,
  );
  assert.deepEqual(found, []);
});

test('office kinds read from role titles', () => {
  assert.equal(officeOfTitle('President of Azerbaijan'), 'president');
  assert.equal(officeOfTitle('United States Secretary of State'), 'foreign-minister');
  assert.equal(officeOfTitle('Minister of Defence of Armenia'), 'defence-minister');
  assert.equal(officeOfTitle('Chief of the Secret Intelligence Service (MI6)'), 'security-chief');
  assert.equal(officeOfTitle('Press Secretary of the President of Russia (Kremlin spokesperson)'), null);
  assert.equal(officeOfTitle('Vice President of the United States'), null);
  assert.equal(
    officeOfTitle('Deputy Director, Fourth Department for CIS Countries, Ministry of Foreign Affairs'),
    null,
  );
});

test('titles typed as text split into office and whose office', () => {
  assert.deepEqual(parseTitle('the Azerbaijani president'), { office: 'president', of: 'azerbaijani' });
  assert.deepEqual(parseTitle("Russia's foreign minister"), { office: 'foreign-minister', of: 'russia' });
  assert.deepEqual(parseTitle('President of Azerbaijan'), { office: 'president', of: 'azerbaijan' });
  assert.deepEqual(parseTitle('the head of British intelligence'), { office: 'head', of: 'british intelligence' });
  assert.equal(parseTitle('the former Azerbaijani president'), null);
  assert.equal(parseTitle('Azerbaijan'), null);
});

test('imported rows: a shared name is the person in office at the row date', async () => {
  const { ActorMatcher } = await import('../../src/ingest/exchange/actor-match.js');
  const { CountryTable } = await import('../../src/ingest/exchange/coding-tables.js');
  const matcher = new ActorMatcher(ACTORS, new CountryTable({ countries: [], organizations: [] } as never));
  assert.equal(matcher.byGazetteer('Aliyev', '1995-05-04', 'AZE'), 'heydar-aliyev');
  assert.equal(matcher.byGazetteer('Aliyev', '2025-05-04', 'AZE'), 'ilham-aliyev');
});

test('analysis parameters say when names are resolved: at, else from/to', async () => {
  const { whenOfParams } = await import('../../src/store/find-actor.js');
  assert.equal(whenOfParams({ at: '1995-05-04', from: '1990' }), '1995-05-04');
  assert.deepEqual(whenOfParams({ from: '1995', to: '1996' }), { from: '1995', to: '1996' });
  assert.equal(whenOfParams({ actors: ['AZE'] }), undefined);
  assert.equal(choosePerson(named('Aliyev'), spanOf(whenOfParams({ from: '1995', to: '1995' }))).kind, 'found');
});

test('every shipped role says where its dates come from: a citation, or a reference marked as not fetched', () => {
  const bare = ACTORS.flatMap((a) =>
    a.roles.filter((r) => !r.citations.length && !r.reference).map((r) => `${a.id}: ${r.title}`),
  );
  assert.deepEqual(bare, []);
  const unmarked = ACTORS.flatMap((a) =>
    a.roles.filter((r) => r.reference && !/not fetched/.test(r.reference.note ?? '')).map((r) => `${a.id}: ${r.title}`),
  );
  assert.deepEqual(unmarked, []);
});
