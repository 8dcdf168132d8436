/** Crashes the fuzzers found, kept as tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/ingest/coder/dates.js';
import { readDocument } from '../../src/ingest/formats/index.js';
import { readHtml } from '../../src/ingest/formats/html.js';
import { dateProblem, ValidationError } from '../../src/model/index.js';
import { codeText } from '../../src/ingest/coder/index.js';
import { actors } from './targets.js';

test('an .html file without an <html> root (plain text, a fragment) is read, not a TypeError from linkedom', async () => {
  for (const [html, text] of [
    ['hello there', 'hello there'],
    ['text <b>bold</b> more', 'text bold more'],
    ['<!-- only a comment -->', ''],
    ['', ''],
  ]) {
    assert.equal(readHtml('page.html', html!).text, text, JSON.stringify(html));
  }
  const doc = await readDocument({
    bytes: new Uint8Array(Buffer.from('Armenia accused Azerbaijan.')),
    filename: 'note.html',
  });
  assert.equal(doc.text, 'Armenia accused Azerbaijan.');
  assert.equal(
    (await readDocument({ bytes: new Uint8Array(Buffer.from('%PDF-1')), filename: 'doc.HTM' })).text,
    '%PDF-1',
    'named HTML: read as HTML text',
  );
  await assert.rejects(
    readDocument({ bytes: new Uint8Array(Buffer.from('<!-- -->')), filename: 'empty.html' }),
    ValidationError,
    'no readable text: refused, not crashed',
  );
});

test('relative dates that leave years 0000-9999 are dropped, not turned into invalid dates', () => {
  for (const [text, published] of [
    ['99 years ago', '0000'],
    ['two years ago', '0001-05'],
    ['last year', '0000-01-01'],
    ['next year', '9999'],
    ['last December', '0000-03'],
    ['in 2020, 99 years ago', '0050'],
  ]) {
    for (const d of findDates(text!, published!))
      assert.equal(dateProblem(d.date), null, `${text} (published ${published}) → ${d.date}`);
  }
  assert.deepEqual(
    findDates('two years ago', '2025-07-15').map((d) => d.date),
    ['2023'],
    'ordinary dates still resolve',
  );
});

test('a coded event never carries a date outside 0000-9999, whatever the publication date', () => {
  const r = codeText('Armenia accused Azerbaijan 99 years ago.', {
    actors: actors(),
    published: '0050',
    sourceId: 'fuzz-doc',
  });
  for (const c of r.events) assert.equal(dateProblem(c.event.date), null, c.event.date);
});
