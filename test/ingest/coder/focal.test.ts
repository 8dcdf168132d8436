/**
 * The focal event of a sentence (focal.ts `pickFocal`), sentences written for these tests: PLOVER codes
 * one event per sentence, the act the sentence reports as done (the threat, not the attack threatened),
 * and the main clause's act before one it reports in passing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code } from './helpers.js';

const focalOf = (text: string): string[] =>
  code(text, '2004-05-10')
    .events.filter((c) => c.focal)
    .map((c) => `${brief(c.event)} ${c.event.modality}`);

test('the act done is focal, not the act threatened or promised', () => {
  assert.deepEqual(focalOf('Chile threatened to attack Peruvian border posts.'), ['THREATEN CHL>PER actual']);
  assert.deepEqual(focalOf('Japan said it would send aid to Indonesia.'), ['AGREE JPN>IDN actual']);
});

test("the main clause's act comes before one reported in passing", () => {
  assert.deepEqual(focalOf('Chile expelled two Peruvian diplomats after Peru arrested Chilean fishermen.'), [
    'SANCTION CHL>PER actual',
  ]);
});

test('one focal event per sentence, also when none is reported as done', () => {
  const r = code('Chile may attack Peru. Peru and Chile signed a fisheries accord on Monday.', '2004-05-10');
  const bySentence = new Map<number, number>();
  for (const c of r.events) if (c.focal) bySentence.set(c.sentence_start, (bySentence.get(c.sentence_start) ?? 0) + 1);
  assert.equal(bySentence.size, 2);
  assert.deepEqual([...bySentence.values()], [1, 1]);
});
