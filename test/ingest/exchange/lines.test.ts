/**
 * Reading a data file line by line (lines.ts) on real files: pieces of text that join to the whole
 * decoded file, the same pieces as UTF-8 bytes when the file's bytes are valid, line offsets in
 * UTF-16 code units, and lines that are not valid UTF-8 flagged without losing the rest.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readLines } from '../../../src/ingest/exchange/lines.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-lines-'));

async function read(path: string) {
  const pieces: string[] = [];
  const bytes: Array<Uint8Array | undefined> = [];
  const lines: Array<{ number: number; text: string; start: number; invalid?: boolean }> = [];
  for await (const b of readLines(path)) {
    pieces.push(b.text);
    bytes.push(b.bytes);
    lines.push(...b.lines);
  }
  return { text: pieces.join(''), pieces, bytes, lines };
}

test('lines: a valid file of several megabytes comes as pieces of text and of their exact bytes', async () => {
  const path = join(dir, 'valid.tsv');
  const rows = Array.from({ length: 40_000 }, (_, i) => `${i}\tGümrü — Şirak 🇦🇲\trow ${i}${i % 3 === 0 ? '\r' : ''}`);
  const whole = `${rows.join('\n')}\n`;
  writeFileSync(path, whole);
  const { text, pieces, bytes, lines } = await read(path);
  assert.ok(pieces.length > 1, 'more than one piece');
  assert.equal(text, whole);
  pieces.forEach((p, i) => assert.deepEqual(bytes[i], new TextEncoder().encode(p), `piece ${i} as bytes`));
  assert.equal(lines.length, rows.length);
  for (const i of [0, 1, 3, 17_123, 39_999]) {
    const line = lines[i]!;
    assert.equal(line.number, i + 1);
    assert.equal(line.text, rows[i]!.replace(/\r$/, ''));
    assert.equal(whole.slice(line.start, line.start + line.text.length), line.text);
  }
});

test('lines: bytes that are not UTF-8 flag their line, and that piece comes as text only', async () => {
  const path = join(dir, 'invalid.tsv');
  writeFileSync(path, Buffer.concat([Buffer.from('one\ttwo\n'), Buffer.from([0x62, 0xff, 0x0a]), Buffer.from('last')]));
  const { text, bytes, lines } = await read(path);
  assert.deepEqual(
    lines.map((l) => [l.number, l.text, l.invalid ?? false]),
    [
      [1, 'one\ttwo', false],
      [2, 'b\ufffd', true],
      [3, 'last', false],
    ],
  );
  assert.equal(text, 'one\ttwo\nb\ufffd\nlast');
  assert.ok(
    bytes.every((b) => b === undefined),
    'no piece holding invalid bytes is passed on as bytes',
  );
});
