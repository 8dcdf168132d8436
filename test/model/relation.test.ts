/**
 * Relations: provenance (citations, external references or both; never neither), the Reference
 * schema shared with the network, phases inside the interval, and the weight a relation has at a
 * date through its phases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as model from '../../src/model/index.js';
import { Reference as NetworkReference } from '../../src/model/transport.js';
import { Reference } from '../../src/model/reference.js';
import { Relation, relationProvenance, relationWeightAt } from '../../src/model/index.js';
import { cite } from '../helpers/mini.js';

const treaty = {
  title: 'Northland-Alphaland basing treaty',
  publisher: 'Northland gazette',
  year: 1995,
  note: 'recalled, not fetched',
};
const base = {
  id: 'base-r',
  type: 'military-presence',
  actors: ['NNN', 'AAA'],
  sign: 1,
  strength: 0.6,
  from: '1995',
  to: null,
  summary: 'Northland keeps a base in Alphaland.',
};

function messages(result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

test('a relation may rest on citations, on references, or on both', () => {
  const cited = Relation.parse({ ...base, citations: [cite('opened a base in the first state in 1995')] });
  assert.deepEqual(cited.references, []);
  assert.equal(relationProvenance(cited), 'sources');
  const referenced = Relation.parse({ ...base, references: [treaty] });
  assert.deepEqual(referenced.citations, []);
  assert.deepEqual(referenced.references, [treaty]);
  assert.equal(relationProvenance(referenced), 'references');
  assert.equal(
    relationProvenance(Relation.parse({ ...base, citations: [cite('keeps it there')], references: [treaty] })),
    'both',
  );
});

test('a relation with neither citations nor references is rejected, naming the record', () => {
  const bare = messages(Relation.safeParse(base)).join('\n');
  assert.match(bare, /citations: relation base-r has no provenance/);
  assert.match(
    messages(Relation.safeParse({ ...base, citations: [], references: [] })).join(),
    /relation base-r has no provenance/,
  );
});

test('a phase needs provenance too, and must start inside its relation', () => {
  const withPhase = (phase: object): string =>
    messages(Relation.safeParse({ ...base, to: '2020', references: [treaty], phases: [phase] })).join('\n');
  assert.match(
    withPhase({ from: '2010', state: 'active', strength: 0.9 }),
    /phases.0.citations: the phase from 2010 has no provenance/,
  );
  assert.equal(withPhase({ from: '2010', state: 'active', strength: 0.9, references: [treaty] }), '');
  assert.match(
    withPhase({ from: '1990', state: 'frozen', references: [treaty] }),
    /phases.0.from: phase starts 1990, outside the relation's interval 1995..2020/,
  );
  assert.match(
    withPhase({ from: '2021-03', state: 'frozen', references: [treaty] }),
    /outside the relation's interval/,
  );
});

test('a reference is checked: a title, a real url, a plausible year, no stray fields', () => {
  assert.ok(Reference.safeParse(treaty).success);
  assert.match(messages(Reference.safeParse({ ...treaty, title: '' })).join(), /title/);
  assert.match(messages(Reference.safeParse({ ...treaty, url: 'not a url' })).join(), /url/);
  assert.match(messages(Reference.safeParse({ ...treaty, year: 95 })).join(), /year/);
  assert.match(messages(Reference.safeParse({ ...treaty, fetched: true })).join(), /fetched/);
  assert.match(
    messages(Relation.safeParse({ ...base, references: [{ ...treaty, year: 'c. 1995' }] })).join(),
    /references.0.year/,
  );
});

test('the network and the model index export the one Reference schema', () => {
  assert.equal(NetworkReference, Reference);
  assert.equal(model.Reference, Reference);
});

test('the weight at a date follows the interval and the phases', () => {
  const r = Relation.parse({
    ...base,
    type: 'membership',
    strength: 0.8,
    from: '1992',
    to: null,
    references: [treaty],
    phases: [{ from: '2024', state: 'frozen', citations: [cite('Test wire, 1 March 2024.')] }],
  });
  assert.equal(relationWeightAt(r, '1991-12-31'), 0);
  assert.equal(relationWeightAt(r, '2010-06-01'), 0.8);
  assert.ok(Math.abs(relationWeightAt(r, '2024-06-01') - 0.8 * 0.3) < 1e-12);
  const ended = Relation.parse({ ...base, sign: -1, from: '2008-08', to: '2008-08', references: [treaty] });
  assert.equal(relationWeightAt(ended, '2008-08-12'), -0.6);
  assert.equal(relationWeightAt(ended, '2008-09-01'), 0);
});
