/** Issue 13, defect 8: UTF-16 text with a byte-order mark is read as UTF-16, not refused as binary. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDocument } from '../../src/ingest/formats/index.js';

const TEXT = 'Ереван и Тбилиси: talks on 4 March 2024 — “transit”, 𝄞.\nSecond line.\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

test('UTF-16 LE and BE with a BOM read as the same text, without the mark', async () => {
  for (const endian of ['le', 'be'] as const) {
    const doc = await readDocument({ bytes: utf16(TEXT, endian), filename: `note-${endian}.txt` });
    assert.equal(doc.text, TEXT, endian);
    assert.equal(doc.format, 'text');
  }
});

test('UTF-16 Markdown and HTML are parsed after decoding; an HTML page is recognised by its content', async () => {
  const md = await readDocument({
    bytes: utf16('---\ntitle: Talks\ndate: 2024-03-04\n---\n# Talks\n\nBody text here.\n', 'le'),
    filename: 'a.md',
  });
  assert.equal(md.title, 'Talks');
  assert.equal(md.published, '2024-03-04');
  const html = await readDocument({
    bytes: utf16(
      '<!doctype html><html><head><title>Page</title></head><body><p>Body of the page.</p></body></html>',
      'be',
    ),
    filename: 'page',
  });
  assert.equal(html.format, 'html');
  assert.match(html.text, /Body of the page\./);
});

test('broken UTF-16 and UTF-32 are refused with a message naming the file', async () => {
  const odd = utf16('abc', 'le').subarray(0, 7);
  await assert.rejects(
    readDocument({ bytes: odd, filename: 'odd.txt' }),
    /odd\.txt: invalid UTF-16LE: an odd number of bytes/,
  );
  const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
  await assert.rejects(readDocument({ bytes: lone, filename: 'lone.txt' }), /lone\.txt: invalid UTF-16LE/);
  await assert.rejects(
    readDocument({ bytes: new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), filename: 'wide.txt' }),
    /wide\.txt: the file is UTF-32/,
  );
  await assert.rejects(
    readDocument({ bytes: new Uint8Array([0x41, 0x42, 0x00, 0x43]), filename: 'data.bin' }),
    /NUL byte at offset 2/,
    'a NUL without a BOM is still binary',
  );
});
