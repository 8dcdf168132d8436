/**
 * A claim's key figures, as the claims engine writes them for a table, made prose for a briefing:
 * dates in words, two decimals with a true minus, "from … to …", and what the claim would need.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainKey } from '../../../src/operations/briefing/words.js';

test('a trend with its expectation reads as a sentence part', () => {
  assert.equal(
    plainKey('Azerbaijan–Russia tie 1.632 (2023-06) → -1.988 (2025); expected rises'),
    'Azerbaijan–Russia tie from 1.63 (June 2023) to −1.99 (2025), where the claim needs a rise',
  );
});

test('several checks are joined; thresholds and full dates are spelled out', () => {
  assert.equal(
    plainKey(
      "Armenia's gas share from Russia 0.870 (2024-03-15); expected above 0.8 | X tie -0.250 (2025); expected negative",
    ),
    "Armenia's gas share from Russia 0.87 (15 March 2024), where the claim needs more than 0.8; X tie −0.25 (2025), where the claim needs a negative figure",
  );
});

test('a key it does not recognise is left as it is', () => {
  assert.equal(plainKey('route: no network'), 'route: no network');
});
