/**
 * The briefing's lines about relation changes on hand-made relations (issue #18): a phase that says
 * what changed is printed in its own words with its own citations; a record without words of its own
 * (user data, a scenario's relation) gets a sentence for its type and change, with the parties' names
 * and never their ids; an end already told by an `ended` phase is told once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisRelation } from '../../../src/analysis/input.js';
import { entryFacts, type Fact } from '../../../src/operations/briefing/facts.js';
import { namesOf } from '../../../src/operations/briefing/names.js';
import { briefingPeriod } from '../../../src/operations/briefing/period.js';
import type { Phase } from '../../../src/model/index.js';
import { CITE, rel } from '../../analysis/fixtures.js';

const names = namesOf([
  { id: 'AAA', name: 'Aland' },
  { id: 'BBB', name: 'Borduria' },
  { id: 'PACT', name: 'Collective Pact of the North' },
]);
const PHASE_CITE = [{ source: 'test', start: 20, end: 40, sha256: '1'.repeat(64) }];

function phase(from: string, state: Phase['state'], extra: Partial<Phase> = {}): Phase {
  return { from, to: null, state, citations: PHASE_CITE, ...extra };
}

/** The relation facts of Aland's entry between `since` and `at`. */
function facts(relations: AnalysisRelation[], since: string, at: string): Fact[] {
  const scope = {
    actors: ['AAA'],
    event: () => false,
    relation: (r: AnalysisRelation) => r.actors.includes('AAA'),
  };
  const { themes } = entryFacts(
    { events: [], relations },
    scope,
    briefingPeriod(at, since),
    names,
    (id) => id,
    () => false,
  );
  return themes.flatMap((t) => t.facts);
}

test('a phase with a summary is printed in those words, with the citations of the phase', () => {
  const r = rel('aaa-pact', 'membership', 'AAA', 'PACT', 1, 0.8, '1992', null, {
    phases: [phase('2024-03-05', 'frozen', { summary: 'Aland stops sending delegates to the Pact' })],
  });
  const [f, ...rest] = facts([r], '2024-01-01', '2024-12-31');
  assert.equal(rest.length, 0);
  assert.equal(f!.text, 'Aland stops sending delegates to the Pact.');
  assert.equal(f!.label, '5 Mar');
  assert.deepEqual(f!.citations, PHASE_CITE);
  assert.equal(f!.id, 'aaa-pact');
});

test('without a summary, a phase reads as a sentence for its type and change, with names, never ids', () => {
  const relations = [
    rel('aaa-pact', 'membership', 'AAA', 'PACT', 1, 0.8, '1992', null, { phases: [phase('2024-03', 'frozen')] }),
    rel('aaa-bbb-sp', 'strategic-partnership', 'AAA', 'BBB', 1, 0.5, '2001', null, {
      phases: [phase('2024-05', 'active', { strength: 0.7 })],
    }),
    rel('bbb-aaa-arms', 'arms-supply', 'BBB', 'AAA', 1, 0.6, '2010', null, {
      phases: [phase('2024-07', 'active', { strength: 0.3 })],
    }),
    rel('aaa-bbb-alliance', 'alliance', 'AAA', 'BBB', 1, 0.8, '1997', '2024-09-14', { summary: undefined }),
    rel('bbb-aaa-base', 'military-presence', 'BBB', 'AAA', 1, 0.7, '2024-10-02', null, { summary: undefined }),
  ];
  const texts = facts(relations, '2024-01-01', '2024-12-31').map((f) => f.text);
  assert.deepEqual(
    texts.sort(),
    [
      'Aland freezes its membership of the Collective Pact of the North.',
      'Aland and Borduria strengthen their strategic partnership.',
      'Borduria supplies fewer arms to Aland.',
      'Aland and Borduria are no longer allies.',
      'Borduria stations forces in Aland.',
    ].sort(),
  );
  for (const t of texts) assert.doesNotMatch(t, /\b(AAA|BBB|PACT)\b|between .* (deepens|is reaffirmed)/);
  // A phase resting on references alone links the relation's citations.
  const referenced = rel('aaa-pact', 'membership', 'AAA', 'PACT', 1, 0.8, '1992', null, {
    phases: [phase('2024-03', 'frozen', { citations: [], references: [{ title: 'Pact records', year: 2024 }] })],
  });
  assert.deepEqual(facts([referenced], '2024-01-01', '2024-12-31')[0]!.citations, CITE);
});

test('a phase reads against what held the day before it: a resumption, or the relation after a lapse', () => {
  // The rupture eased in 2009-2010, lapsed back to its full strength, then eased less in 2021.
  const rupture = rel('aaa-bbb-rupture', 'diplomatic-rupture', 'AAA', 'BBB', -1, 0.5, '1993', null, {
    phases: [
      phase('2009-10-10', 'active', { to: '2010-04', strength: 0.35 }),
      phase('2021-12', 'active', { strength: 0.4 }),
    ],
  });
  assert.deepEqual(
    facts([rupture], '2021-01-01', '2021-12-31').map((f) => f.text),
    ['Aland and Borduria move toward normal relations, though without diplomatic ties yet.'],
  );
  const membership = rel('aaa-pact', 'membership', 'AAA', 'PACT', 1, 0.8, '1992', null, {
    phases: [phase('2020', 'suspended', { to: '2023-01' }), phase('2023-02', 'active')],
  });
  assert.deepEqual(
    facts([membership], '2023-01-01', '2023-12-31').map((f) => f.text),
    ['Aland returns to full membership of the Collective Pact of the North.'],
  );
});

test('an end an `ended` phase already tells is told once, in the phase summary', () => {
  const r = rel('aaa-bbb-war', 'war', 'AAA', 'BBB', -1, 1, '2020', '2024-06-01', {
    phases: [phase('2024-06-01', 'ended', { summary: 'Aland and Borduria sign an armistice' })],
  });
  assert.deepEqual(
    facts([r], '2024-01-01', '2024-12-31').map((f) => f.text),
    ['Aland and Borduria sign an armistice.'],
  );
  const unsaid = { ...r, phases: [phase('2024-06-01', 'ended')] };
  assert.deepEqual(
    facts([unsaid], '2024-01-01', '2024-12-31').map((f) => f.text),
    ['The war between Aland and Borduria ends.'],
  );
});
