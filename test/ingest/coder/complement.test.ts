/**
 * The target named in a "to"-complement ("agreed to focus its aid on Peru"), and the part-of-speech
 * tagger behind it (pos.ts, wink-nlp with its English model, loaded from node_modules). Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posTags, taggedVerb } from '../../../src/ingest/coder/pos.js';
import { tokenize } from '../../../src/ingest/coder/tokens.js';
import { brief, events, rule } from './helpers.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('the tagger gives one tag per coder token, aligned by offsets', () => {
  const text = "Chile's navy shelled² the port, and Peru protested.";
  const tokens = tokenize(text);
  const tags = posTags(text, tokens);
  assert.equal(tags.length, tokens.length);
  const of = (word: string): string => tags[tokens.findIndex((t) => t.low === word)]!;
  assert.equal(of('shelled'), 'VERB');
  assert.equal(of('port'), 'NOUN');
  assert.equal(of('chile'), 'PROPN');
  assert.equal(of(','), 'PUNCT');
});

test('the tagger tells a verb after "to" from a noun, where a word-shape rule cannot', () => {
  const read = (text: string, word: string): boolean => {
    const tokens = tokenize(text);
    return taggedVerb(
      text,
      tokens,
      tokens.findIndex((t) => t.low === word),
    );
  };
  // "-ion" and "-us" words that are verbs here, nouns there
  assert.equal(read('Russia agreed to station troops there.', 'station'), true);
  assert.equal(read('Chile agreed to focus its aid on Peru.', 'focus'), true);
  assert.equal(read('The troops returned to the station.', 'station'), false);
  assert.equal(read('Chile agreed to dialogue in Lima.', 'dialogue'), false);
});

test('an agreement takes the target of the act its complement names', () => {
  // "focus" ends like a plural noun; the tagger reads it as the verb it is, and the target is found
  const e = events('Chile agreed to focus its aid on Peru.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['AGREE CHL>PER']);
  assert.match(rule(e[0]!), /complement/);
  // a place in the complement is the target too
  assert.deepEqual(briefs('Japan agreed on Monday to build a research centre in Lima.'), ['AGREE JPN>PER']);
});

test('no complement target after a noun, an agent, or a clause break', () => {
  assert.deepEqual(briefs('Chile agreed to dialogue in Lima on Monday.'), ['AGREE CHL>']);
  assert.deepEqual(briefs('Chile agreed to review the plan drafted by Peru.'), ['AGREE CHL>']);
  assert.deepEqual(briefs('Chile agreed to wait, while Peru delayed the vote.'), ['AGREE CHL>']);
});

test('a coordinated verb keeps its complement to itself', () => {
  assert.deepEqual(briefs('The Chilean cabinet met on Monday and decided to send envoys to Peru.'), ['CONSULT CHL>']);
});

test('an -ing form after a plural noun is a verb when the tagger says so ("demonstrators protesting ...")', () => {
  // the hand rule reads an -ing form as a verb only after "be" or a comma
  const e = events(
    'Bolivian police used tear gas to disperse demonstrators protesting the new tax in Sucre.',
    '2004-05-10',
  );
  assert.ok(e.some((x) => brief(x) === 'PROTEST BOL>BOL'));
  // after a determiner it stays a noun (the event noun's own pattern reads it)
  const noun = events('The shelling of the town by Bolivian troops was condemned.', '2004-05-10');
  assert.ok(noun.length > 0 && noun.every((x) => rule(x).startsWith('noun:')));
});
