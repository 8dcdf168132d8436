/**
 * The network slider's month label (web/src/views/network/monthLabel.ts, a table of month names kept
 * off Intl for speed) says exactly what the app's `formatDate` (Intl, en-GB) says, for every month the
 * slider offers. Runs in Node, whose Intl has the same locale data; no browser needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, monthEnd, MONTHS } from '../../web/src/url/dates.js';
import { monthLabel } from '../../web/src/views/network/monthLabel.js';

test('the slider names every month as formatDate does', () => {
  const differ: string[] = [];
  for (let i = 0; i < MONTHS; i++) {
    const date = monthEnd(i);
    const want = formatDate(date.slice(0, 7));
    if (monthLabel(date) !== want) differ.push(`${date}: ${monthLabel(date)} ≠ ${want}`);
  }
  assert.deepEqual(differ, []);
  assert.equal(monthLabel(monthEnd(0)), 'January 1988');
  assert.equal(monthLabel(monthEnd(MONTHS - 1)), 'December 2026');
});
