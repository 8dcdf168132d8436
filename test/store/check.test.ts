/** Citations checked against a text that arrives in pieces: spans across pieces, overlaps, past the end, no text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from '../../src/dataset/hash.js';
import { verifyCitations, type CitationRow } from '../../src/store/check.js';

const TEXT = 'First line of the file.\nSecond line, with “quotes” and é.\nThird line ends here.\n';
const cite = (record: string, start: number, end: number, text = TEXT): CitationRow => ({
  record,
  start,
  end,
  sha256: sha256(text.slice(start, end)),
});
const pieces = (size: number): string[] =>
  Array.from({ length: Math.ceil(TEXT.length / size) }, (_, i) => TEXT.slice(i * size, (i + 1) * size));

test('every citation is checked whatever the pieces; a wrong one is named', async () => {
  const good = [cite('a', 0, 23), cite('b', 24, 58), cite('c', 30, 40), cite('d', 20, 70), cite('e', 59, TEXT.length)];
  for (const size of [1, 3, 7, 16, TEXT.length]) {
    assert.deepEqual(
      await verifyCitations(pieces(size), good),
      { failures: [], missingText: false },
      `pieces of ${size}`,
    );
    const bad = [...good, { ...cite('x', 5, 15), sha256: '0'.repeat(64) }];
    assert.deepEqual((await verifyCitations(pieces(size), bad)).failures, ['x 5-15'], `pieces of ${size}`);
  }
  const past = await verifyCitations(pieces(10), [
    cite('a', 0, 5),
    { record: 'z', start: 80, end: 200, sha256: '1'.repeat(64) },
  ]);
  assert.deepEqual(past.failures, [`z 80-200 (past the end of the text, ${TEXT.length} characters)`]);
  assert.deepEqual(await verifyCitations([], [cite('a', 0, 5)]), { failures: [], missingText: true });
  assert.deepEqual(await verifyCitations([], []), { failures: [], missingText: false });
});
