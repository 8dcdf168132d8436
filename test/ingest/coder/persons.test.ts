/** The coder resolves names and titles to the person in office at the event's date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, events, rule } from './helpers.js';

const actorsOf = (text: string, published?: string): string[][] =>
  events(text, published).map((e) => [...e.actor, '>', ...e.recipient]);

test('"Aliyev" is Heydar Aliyev in 1995 and Ilham Aliyev in 2025', () => {
  assert.deepEqual(actorsOf('Aliyev visited Ankara on 4 May 1995.'), [['heydar-aliyev', '>', 'TUR']]);
  assert.deepEqual(actorsOf('Aliyev visited Ankara on 4 May 2025.'), [['ilham-aliyev', '>', 'TUR']]);
  // With no date in the sentence, the document's date decides.
  assert.deepEqual(actorsOf('Aliyev met Erdogan in Ankara.', '1996-02-10'), [
    ['heydar-aliyev', '>', 'recep-tayyip-erdogan'],
  ]);
  assert.deepEqual(actorsOf('Aliyev met Erdogan in Ankara.', '2024-02-10'), [
    ['ilham-aliyev', '>', 'recep-tayyip-erdogan'],
  ]);
});

test('a shared name nobody, or more than one, bore in office at the date is not guessed', () => {
  const early = events('Aliyev visited Ankara in 1980.');
  assert.deepEqual(
    early.map((e) => e.actor),
    [['AZE']],
    'falls back to the country both belong to',
  );
  assert.match(rule(early[0]!), /ambiguous:Aliyev=/);
  const late = events('Aliyev visited Ankara on 4 May 2025.');
  assert.ok(
    early[0]!.origin.kind === 'coded' &&
      late[0]!.origin.kind === 'coded' &&
      early[0]!.origin.confidence < late[0]!.origin.confidence,
  );
  // September 2003: Heydar was still president and Ilham already prime minister.
  const overlap = events('Aliyev visited Ankara on 15 September 2003.');
  assert.deepEqual(
    overlap.map((e) => e.actor),
    [['AZE']],
  );
  assert.match(rule(overlap[0]!), /heydar-aliyev/);
  assert.match(rule(overlap[0]!), /ilham-aliyev/);
});

test('titles resolve to the office-holder at the date, and to the state when none is known', () => {
  assert.deepEqual(actorsOf('The Azerbaijani president visited Ankara on 4 May 1995.'), [
    ['heydar-aliyev', '>', 'TUR'],
  ]);
  assert.deepEqual(actorsOf('The Azerbaijani president visited Ankara in March 2024.'), [['ilham-aliyev', '>', 'TUR']]);
  assert.deepEqual(actorsOf('The Armenian prime minister met the Russian foreign minister in Moscow in 2023.'), [
    ['nikol-pashinyan', '>', 'sergey-lavrov'],
  ]);
  assert.deepEqual(actorsOf('The President of Azerbaijan received the Turkish president in Baku in 2010.'), [
    ['ilham-aliyev', '>', 'abdullah-gul'],
  ]);
  assert.deepEqual(actorsOf("Russia's president visited Baku in 2010."), [['dmitry-medvedev', '>', 'AZE']]);
  assert.deepEqual(actorsOf('The head of British intelligence visited Ankara in 2021.'), [
    ['richard-moore', '>', 'TUR'],
  ]);
  // No Iranian foreign minister is recorded: the title stays the state.
  assert.deepEqual(actorsOf('The Iranian foreign minister visited Baku in 2024.'), [['IRN', '>', 'AZE']]);
  // At state level nothing changes: the holder rolls up to the state.
  assert.deepEqual(events('The Armenian defence minister visited India in 2023.').map(brief), ['CONSULT ARM>IND']);
  assert.match(rule(events('The Armenian defence minister visited India in 2023.')[0]!), /office:defence-minister/);
});

test('a title that is not held at the date, or that names someone else, is not its holder', () => {
  assert.deepEqual(actorsOf('The former Azerbaijani president visited Ankara in 2010.'), [['AZE', '>', 'TUR']]);
  // "Azerbaijani President Ilham Aliyev": the named person, whatever the date.
  assert.deepEqual(actorsOf('Azerbaijani President Ilham Aliyev visited Ankara in 2010.'), [
    ['ilham-aliyev', '>', 'TUR'],
  ]);
  assert.deepEqual(actorsOf('Azerbaijani President Heydar Aliyev visited Ankara in 1997.'), [
    ['heydar-aliyev', '>', 'TUR'],
  ]);
});
