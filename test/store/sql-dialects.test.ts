/**
 * The shared SQL (src/store/sql) spelled by each dialect: every placeholder has its parameter, in
 * order, whatever filters a query combines; PostgreSQL binds a repeated value once. What the
 * queries find is the conformance suite's to judge, on a real database of each kind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postgres } from '../../src/store/postgres/dialect.js';
import { candidateWhere, eventWhere, longestSpan } from '../../src/store/sql/event-where.js';
import { sqlite } from '../../src/store/sqlite/dialect.js';
import type { CandidateQuery, EventQuery } from '../../src/store/store.js';

const QUERIES: EventQuery[] = [
  {},
  { actor: ['AAA', 'BBB'] },
  { pair: ['AAA', 'BBB'], types: ['CONSULT', 'AID'] },
  { from: '2020', to: '2021-06', text: 'border protocol', status: ['asserted'] },
  { actor: ['NNN'], origin: ['curated', 'coded'], review: ['pending'], text: '!!!' },
];

const CANDIDATE: CandidateQuery = { type: 'CONSULT', actors: ['AAA', 'NNN'], date: '2024-03', windowDays: 3 };

/** The parameter each placeholder stands for, in the order they appear. */
function bound(sql: string, params: unknown[], dialect: 'sqlite' | 'postgres'): unknown[] {
  if (dialect === 'sqlite') {
    const marks = sql.match(/\?/g) ?? [];
    assert.equal(marks.length, params.length, `one parameter per ? in ${sql}`);
    return params;
  }
  const refs = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
  assert.deepEqual(
    [...new Set(refs)].sort((a, b) => a - b),
    params.map((_, i) => i + 1),
    `every $n used, none missing: ${sql}`,
  );
  return refs.map((n) => params[n - 1]).flatMap((p) => (Array.isArray(p) ? p : [p]));
}

test('an event query binds the same values, in the same places, in both dialects', () => {
  for (const q of QUERIES) {
    const lite = eventWhere(sqlite, q);
    const post = eventWhere(postgres, q);
    const liteValues = bound(lite.where, lite.params, 'sqlite');
    const postValues = bound(post.where, post.params, 'postgres');
    // SQLite spells a list as one ? per value, PostgreSQL as one array: flattened, they agree.
    if (!q.text) assert.deepEqual(postValues, liteValues, JSON.stringify(q));
    assert.equal(lite.where === '', post.where === '', 'both have conditions, or neither');
  }
});

test('PostgreSQL binds a value used twice once; SQLite binds it at each use', () => {
  const q: EventQuery = { actor: ['AAA'] };
  assert.equal(eventWhere(postgres, q).params.length, 1);
  assert.equal(eventWhere(sqlite, q).params.length, 4);
  assert.match(eventWhere(postgres, { text: '!!! ???' }).where, /FALSE/, 'text without words matches nothing');
});

test('candidate look-ups and the longest span bind every placeholder in both dialects', () => {
  for (const origins of [['curated', 'coded'], ['imported'], ['coded', 'imported']] as const) {
    const lite = candidateWhere(sqlite, CANDIDATE, [...origins], 12);
    const post = candidateWhere(postgres, CANDIDATE, [...origins], 12);
    assert.equal(lite.length, post.length);
    lite.forEach((part, i) =>
      assert.deepEqual(bound(post[i]!.where, post[i]!.params, 'postgres'), bound(part.where, part.params, 'sqlite')),
    );
  }
  for (const d of [sqlite, postgres]) {
    const { sql, params } = longestSpan(d, 'AID');
    bound(sql, params, d.name);
    assert.deepEqual(params, ['AID']);
  }
  assert.match(
    candidateWhere(sqlite, CANDIDATE, ['imported'], 0)[0]!.where,
    /\+event_type/,
    'SQLite keeps the day index',
  );
});
