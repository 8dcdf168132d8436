/**
 * The table of ties that moved: a relation that moved a tie by changing phase is explained by the
 * phase that began in the period (its date, its sentence, its citations), not by the relation's
 * start; events and relations that took effect keep their own summary.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TieChange } from '../../../src/analysis/diff.js';
import { tieRows } from '../../../src/operations/briefing/ties.js';

const cite = (source: string) => ({ source, start: 0, end: 5, sha256: 'b'.repeat(64) });
const names = (id: string) => ({ AAA: 'Alphaland', BBB: 'Betaland' })[id] ?? id;

const change: TieChange = {
  source: 'AAA',
  target: 'BBB',
  before: 1.2,
  after: 0.4,
  delta: -0.8,
  signFlip: false,
  explanation: [
    {
      kind: 'relation',
      id: 'aaa-bbb-alliance',
      type: 'alliance',
      date: '1995-03-16',
      summary: 'Alphaland and Betaland have been allies since 1995.',
      before: 1,
      after: 0.3,
      delta: -0.7,
      citations: [cite('old-treaty')],
    },
    {
      kind: 'event',
      id: 'e1',
      type: 'PROTEST',
      date: '2024-05-02',
      summary: 'Betaland protests against Alphaland',
      before: 0,
      after: -0.1,
      delta: -0.1,
      citations: [cite('wire')],
    },
  ],
};

test('a phase change is told by the phase that began in the period', () => {
  const [row] = tieRows([change], names, 5, (id) =>
    id === 'aaa-bbb-alliance'
      ? { date: '2024-02', summary: 'Alphaland freezes its part in the alliance.', citations: [cite('freeze')] }
      : undefined,
  );
  const [phase, event] = row!.reasons;
  assert.equal(phase!.text, 'Feb 2024: Alphaland freezes its part in the alliance (the relation changes phase).');
  assert.deepEqual(
    phase!.citations.map((c) => c.source),
    ['freeze'],
  );
  assert.equal(event!.text, '2 May 2024: Betaland protests against Alphaland (new in the period).');
});

test('without a phase in the period the relation explains itself, as before', () => {
  const [row] = tieRows([change], names, 5, () => undefined);
  assert.match(row!.reasons[0]!.text, /^16 Mar 1995: Alphaland and Betaland have been allies since 1995 \(/);
  assert.deepEqual(
    row!.reasons[0]!.citations.map((c) => c.source),
    ['old-treaty'],
  );
});
