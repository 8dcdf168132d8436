/** Which records cite a passage: a figure that is an estimate or a projection says so. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citedPassages } from '../../src/operations/reads/citing.js';
import { emptyDataset, type Dependency } from '../../src/model/index.js';

const cite = { source: 'doc', start: 10, end: 40, sha256: 'a'.repeat(64) };
const dep = (id: string, basis: Dependency['basis']): Dependency =>
  ({
    id,
    from: 'AAA',
    to: 'BBB',
    commodity: 'gas',
    share: 0.5,
    period_from: '2020',
    period_to: basis === 'projected' ? '2027' : null,
    approximate: true,
    summary: `${id} summary`,
    citations: [cite],
    status: 'asserted',
    basis,
  }) as Dependency;

test('the reader marks estimated and projected figures and leaves observed ones plain', () => {
  const ds = {
    ...emptyDataset(),
    dependencies: [dep('seen', 'observed'), dep('guess', 'estimated'), dep('target', 'projected')],
  };
  const [p] = citedPassages('doc', ds);
  assert.deepEqual(
    p!.records.map((r) => [r.id, r.basis ?? null]),
    [
      ['seen', null],
      ['guess', 'estimated'],
      ['target', 'projected'],
    ],
  );
  assert.deepEqual(citedPassages('other', ds), [], 'only the passages of the source asked for');
});
