import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coversDate, dateProblem, datesOverlap, firstDay, lastDay, precisionOf } from '../../src/model/dates.js';

test('partial dates carry their precision', () => {
  assert.equal(precisionOf('2023'), 'year');
  assert.equal(precisionOf('2023-09'), 'month');
  assert.equal(precisionOf('2023-09-19'), 'day');
});

test('impossible dates are named as such', () => {
  assert.match(dateProblem('2023-02-30') ?? '', /impossible.*28 days/);
  assert.match(dateProblem('2024-13') ?? '', /no month 13/);
  assert.match(dateProblem('19 Sept 2023') ?? '', /not a date/);
  assert.equal(dateProblem('2024-02-29'), null);
});

test('first and last days bound a partial date', () => {
  assert.equal(firstDay('2023'), '2023-01-01');
  assert.equal(lastDay('2023'), '2023-12-31');
  assert.equal(lastDay('2024-02'), '2024-02-29');
  assert.equal(lastDay('2023-09-19'), '2023-09-19');
});

test('intervals cover days with open ends', () => {
  assert.ok(coversDate('2020-11', '2024', '2024-06-01'));
  assert.ok(!coversDate('2020-11', '2024', '2025-01-01'));
  assert.ok(coversDate('1992', null, '2026-01-01'));
  assert.ok(datesOverlap('2025', '2025-07-10'));
  assert.ok(!datesOverlap('2025-01', '2025-07'));
});
