import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, nearestDate } from '../../../src/ingest/coder/dates.js';
import { confidence, events, rule } from './helpers.js';

const one = (text: string, published: string): string | undefined => findDates(text, published)[0]?.date;

test('explicit dates at day, month and year precision', () => {
  assert.equal(one('The offensive began on 19 September 2023.', '2026-05-15'), '2023-09-19');
  assert.equal(one('The statement came on March 3, 2025.', '2025-07'), '2025-03-03');
  assert.equal(one('It was signed on 10.11.2020 in Moscow.', '2023-09'), '2020-11-10');
  assert.equal(one('In July 2025 the base was expanded.', '2026'), '2025-07');
  assert.equal(one('The war of 2020 changed everything.', '2026'), '2020');
  assert.equal(one('The ISO date 2024-02-13 is in the file name.', '2026'), '2024-02-13');
});

test('ranges give an end date; numbers that are not years are left alone', () => {
  const r = findDates('The first war (1988-1994) ended with a ceasefire.', '2026')[0]!;
  assert.deepEqual([r.date, r.end_date], ['1988', '1994']);
  assert.deepEqual(findDates('Paper 38/2026 lists 2500 troops and 1,200 tanks.', '2026'), []);
});

test('dates relative to the publication date, each with the precision it supports', () => {
  assert.equal(one('Armenia recalled its envoy last December.', '2025-07-10'), '2024-12');
  assert.equal(one('Armenia recalled its envoy last March.', '2025-07-10'), '2025-03');
  assert.equal(one('The talks resumed on 5 March.', '2026-05-15'), '2026-03-05');
  assert.equal(one('The talks resumed on 5 September.', '2026-05-15'), '2025-09-05');
  assert.equal(one('Protests spread this year.', '2025-07'), '2025');
  assert.equal(one('Aid was sent this month.', '2023-09'), '2023-09');
  assert.equal(one('Aid was sent this month.', '2023'), '2023', 'no finer than the publication date');
  assert.equal(one('Prices rose last month.', '2025-01-20'), '2024-12');
  assert.equal(one('Envoys were recalled at the beginning of September this year.', '2023-09'), '2023-09');
  assert.equal(one('The war ended two years ago.', '2025-07'), '2023');
  assert.equal(one('The minister resigned yesterday.', '2025-07-10'), '2025-07-09');
  assert.equal(one('The minister resigned on Monday.', '2025-07-10'), '2025-07-07');
  assert.equal(one('The minister resigned on Monday.', '2025-07'), '2025-07');
});

test('"May" the modal verb is not a month', () => {
  assert.deepEqual(findDates('Armenia may join the talks.', '2025-07'), []);
  assert.equal(one('Armenia joined the talks in May.', '2025-07'), '2025-05');
});

test('the event takes the date nearest its verb', () => {
  const dates = findDates('After the 2020 war, Armenia recalled its ambassador on 2 September 2023.', '2024');
  assert.equal(nearestDate(dates, 40)?.date, '2023-09-02');
});

test('an undated sentence takes the publication date with lower confidence', () => {
  const undated = events('Armenia recalled its ambassador from Moscow.', '2023-09')[0]!;
  const dated = events('Armenia recalled its ambassador from Moscow on 2 September 2023.', '2023-09')[0]!;
  assert.equal(undated.date, '2023-09');
  assert.match(rule(undated), /date:published/);
  assert.equal(dated.date, '2023-09-02');
  assert.ok(confidence(undated) < confidence(dated));
});

test('a bare weekday in wire copy dates the event; a holiday or an accord named for one does not', () => {
  // 2025-07-10 is a Thursday
  assert.equal(one('The minister Friday resigned.', '2025-07-10'), '2025-07-04');
  assert.equal(one('Iran Tuesday threatened Israel.', '2025-07-10'), '2025-07-08');
  assert.deepEqual(
    findDates('The Good Friday Agreement was signed.', '2025-07-10').map((d) => d.date),
    [],
  );
});
