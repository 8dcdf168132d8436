/**
 * The sentences for relation changes that carry no words of their own: every type has one for every
 * change, each a capitalised sentence naming the parties (never an id) and distinct from the others
 * of its type; directed types put actors[0] first as the one acting; a phase reads against the
 * strength in force the day before it began.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RELATION_TYPES, DIRECTED_RELATIONS, type Phase } from '../../../src/model/index.js';
import { RELATION_CHANGES, phaseChange, relationSentence } from '../../../src/operations/briefing/relation-words.js';
import { rel } from '../../analysis/fixtures.js';

const parties = { a: 'Aland', b: 'the Northern Union', both: 'Aland and the Northern Union' };
const OLD_TEMPLATES =
  / deepens\.| is reaffirmed\.| is scaled back\.|^An? [a-z -]+ between|^The [a-z -]+ between .* (begins|comes to an end)/;

test('every type has a sentence for every change: capitalised, closed, naming both parties', () => {
  for (const type of RELATION_TYPES) {
    const said = new Set<string>();
    for (const change of RELATION_CHANGES) {
      const s = relationSentence(type, change, parties);
      const where = `${type} ${change}: ${s}`;
      assert.match(s, /^[A-Z][^]*[a-z]\.$/, where);
      assert.ok(s.includes('Aland') && s.includes('Northern Union'), where);
      assert.doesNotMatch(s, /undefined|\$\{| {2}|\bthe the\b/, where);
      assert.doesNotMatch(s, OLD_TEMPLATES, where);
      said.add(s);
    }
    assert.equal(said.size, RELATION_CHANGES.length, `${type}: each change reads differently`);
  }
});

test('directed types put the one acting first; a name with its article is capitalised at the start', () => {
  for (const type of DIRECTED_RELATIONS) {
    if (type === 'agreement-party') continue; // both parties conclude an agreement
    const s = relationSentence(type, 'begins', parties);
    assert.ok(s.indexOf('Aland') < s.indexOf('Northern Union'), `${type}: ${s}`);
  }
  const us = { a: 'the United States', b: 'Aland', both: 'the United States and Aland' };
  assert.equal(relationSentence('membership', 'frozen', us), 'The United States freezes its membership of Aland.');
  assert.equal(relationSentence('arms-supply', 'ends', us), 'The United States stops supplying arms to Aland.');
  assert.equal(relationSentence('partnership', 'weakened', us), 'The United States and Aland drift apart as partners.');
});

test('a phase is a freeze, a suspension, an end, a resumption, a strengthening, a weakening or a reaffirmation', () => {
  const ph = (from: string, state: Phase['state'], extra: Partial<Phase> = {}): Phase => ({
    from,
    to: null,
    state,
    citations: [],
    ...extra,
  });
  const r = rel('r', 'alliance', 'AAA', 'BBB', 1, 0.6, '1990', null, {
    phases: [
      ph('2000', 'frozen', { to: '2001' }),
      ph('2002', 'active'),
      ph('2005', 'active', { strength: 0.8 }),
      ph('2008', 'active', { strength: 0.8 }),
      ph('2010', 'active', { to: '2011', strength: 0.3 }),
      ph('2015', 'active', { strength: 0.5 }),
      ph('2018', 'suspended'),
      ph('2020', 'ended'),
    ],
  });
  assert.deepEqual(
    r.phases!.map((_, i) => phaseChange(r, i)),
    ['frozen', 'resumes', 'strengthened', 'reaffirmed', 'weakened', 'weakened', 'suspended', 'ends'],
  );
});
