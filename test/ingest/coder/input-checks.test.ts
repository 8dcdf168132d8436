/**
 * Bad input is left uncoded with a warning that says why (too long, quotes, not English, all
 * capitals), while ordinary English news around it is still coded, and the warning reaches the
 * ingest report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warningLines, type InputWarning } from '../../../src/ingest/coder/index.js';
import { ingestDocument } from '../../../src/ingest/pipeline.js';
import { miniStore } from '../helpers/store.js';
import { brief, code, events } from './helpers.js';

const GOOD = 'Azerbaijan accused Armenia of shelling its border posts on 3 March 2024.';

test('a sentence of 10,000 words is not coded, and says it is too long', () => {
  const long = `Azerbaijan accused Armenia of shelling ${'very '.repeat(10_000)}many border posts on 3 March 2024.`;
  const r = code(`${long}\n\n${GOOD}`, '2024-03-05');
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0]!.kind, 'too-long');
  assert.match(r.warnings[0]!.message, /too long \(10\d{3} words/);
  // only the good sentence is coded
  assert.deepEqual(
    r.events.map((c) => c.sentence_start),
    [long.length + 2],
  );
});

test('unbalanced and same-mark nested quotes are not coded; a quote running on to the next sentence is', () => {
  for (const bad of [
    'Armenia said "Azerbaijan attacked" and "Azerbaijan shelled Armenian villages on 3 March 2024.',
    'Armenia said “Azerbaijan told us “we attacked” and shelled Armenian villages” on 3 March 2024.',
  ]) {
    const r = code(bad, '2024-03-05');
    assert.equal(r.events.length, 0, bad);
    assert.equal(r.warnings[0]?.kind, 'quotes', bad);
  }
  const open = code('“Azerbaijan shelled Armenian villages on 3 March 2024, the ministry said.', '2024-03-05');
  assert.deepEqual(open.warnings, []);
  assert.ok(open.events.length > 0);
});

test('text in another language is "language not supported"; English with names from other languages is read', () => {
  for (const foreign of [
    'Le gouvernement français a condamné les frappes contre les civils et demande un cessez-le-feu avec la Russie.',
    'Die Bundesregierung hat die Angriffe verurteilt und ist nicht bereit, mit Moskau zu verhandeln.',
    'El gobierno de España condenó los ataques y pidió que las partes vuelvan a negociar con Rusia.',
    'Министерство иностранных дел России осудило удары по Армении.',
  ]) {
    const r = code(foreign, '2024-03-05');
    assert.equal(r.events.length, 0, foreign);
    assert.equal(r.warnings[0]?.kind, 'language', foreign);
    assert.match(r.warnings[0]!.message, /language not supported/);
  }
  // English sentences without a single function word, or with "de", "la", "die", are English.
  for (const english of [
    'Furthermore, Azerbaijan accused Armenia yesterday.',
    'Soldiers die as Azerbaijan shells Armenian villages near the border, says Charles de Gaulle Institute.',
  ]) {
    const r = code(english, '2024-03-05');
    assert.deepEqual(r.warnings, [], english);
  }
  assert.deepEqual(events('Furthermore, Azerbaijan accused Armenia yesterday.', '2024-03-05').map(brief), [
    'ACCUSE AZE>ARM',
  ]);
});

test('an all-capital headline is not coded; a sentence with one acronym is', () => {
  const r = code(
    'AZERBAIJAN ACCUSES ARMENIA OF SHELLING BORDER POSTS\n\nThe EU and NATO accused Russia of lying.',
    '2024-03-05',
  );
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0]!.kind, 'all-caps');
  assert.equal(r.warnings[0]!.start, 0);
  assert.ok(r.events.every((c) => c.sentence_start > 0));
  assert.ok(r.events.length > 0);
});

test('warning lines give offsets, and list at most five of a kind', () => {
  const w = (start: number): InputWarning => ({ start, end: start + 10, kind: 'language', message: 'm' });
  const lines = warningLines([0, 20, 40, 60, 80, 100, 120].map(w));
  assert.equal(lines.length, 6);
  assert.equal(lines[0], 'sentence at characters 0-10: m');
  assert.equal(lines[5], '... and 2 more sentence(s) not coded (language)');
});

test('the ingest report carries the warnings of sentences left uncoded', async () => {
  const { store } = await miniStore();
  const text =
    'Wire report.\nALPHALAND ACCUSES BETALAND OF SHELLING BORDER POSTS\nAlphaland leaders visited Northland on 4 March 2024.\n';
  const r = await ingestDocument(store, { text, filename: 'caps.txt', published: '2024-03-05', kind: 'news' });
  assert.equal(r.created.length, 1);
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /^sentence at characters 13-\d+: all-capital text/);
  await store.close();
});
