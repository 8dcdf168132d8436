/** Reading documents: text, Markdown, HTML, PDF, and every kind of bad input, each named in the error. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '../../src/model/index.js';
import { readDocument } from '../../src/ingest/formats/index.js';
import { metadataDate } from '../../src/ingest/formats/dates.js';
import { makePdf } from './helpers/pdf.js';
import { bytes } from './helpers/store.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-formats-'));

async function refusal(input: Parameters<typeof readDocument>[0], pattern: RegExp): Promise<string> {
  try {
    await readDocument(input);
  } catch (error) {
    assert.ok(error instanceof ValidationError, `a ValidationError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return error.message;
  }
  assert.fail('the document was accepted');
}

test('HTML: the article text, without scripts, styles or navigation, entities decoded, date from metadata', async () => {
  const script = `<script>window.track = function () { return "${'x'.repeat(5000)}"; };</script>`;
  const html = `<!doctype html><html><head><title>Talks &amp; visits</title>
    <meta property="article:published_time" content="2024-03-05T23:30:00+04:00"><style>p { color: red }</style>${script}</head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Talks in the capital</h1><p>Alphaland&rsquo;s leaders visited Northland on 4&nbsp;March 2024.</p>
    <p>The talks were &ldquo;useful&rdquo;, officials said.<br>No date was set for the next round.</p></article>
    <footer>Copyright notice</footer>${script}</body></html>`;
  const doc = await readDocument({ bytes: bytes(html), filename: 'page.html' });
  assert.equal(doc.format, 'html');
  assert.equal(doc.published, '2024-03-05', 'the calendar date as written, not shifted to UTC');
  assert.equal(doc.title, 'Talks & visits');
  assert.match(doc.text, /Alphaland’s leaders visited Northland on 4\u00a0?\s?March 2024\./);
  assert.match(doc.text, /“useful”/);
  assert.match(doc.text, /officials said\.\nNo date/, 'a <br> is a line break');
  for (const gone of ['window.track', 'color: red', 'Home', 'Copyright'])
    assert.ok(!doc.text.includes(gone), `"${gone}" was dropped`);
  assert.ok(
    doc.warnings.some((w) => /scripts and styles/.test(w) && w.includes('page.html')),
    'a page that is mostly script is flagged',
  );
});

test('HTML: a page that is only scripts has no readable text', async () => {
  const html = `<html><head><script>${'var a = 1;'.repeat(500)}</script></head><body><script>document.write("hello")</script></body></html>`;
  await refusal({ bytes: bytes(html), filename: 'app.html' }, /app\.html: no readable text .*JavaScript/);
});

test('HTML: the date from a <time> element when there is no meta tag', async () => {
  const doc = await readDocument({
    bytes: bytes(
      '<html><body><p>Posted <time datetime="2023-09-20">yesterday</time>.</p><p>Some text here.</p></body></html>',
    ),
    filename: 'x.htm',
  });
  assert.equal(doc.published, '2023-09-20');
});

test('Markdown: markup removed, text kept, front matter read, footnotes kept apart', async () => {
  const md =
    '---\ntitle: A Markdown note\ndate: 2024-03-14\nauthor: A. Writer\n---\n# Border talks\n\nThe **two** neighbours met in [the capital](https://example.org) on 2 March 2024.[^1]\n\n- first point\n- second point\n\n| a | b |\n|---|---|\n| one | two |\n\n[^1]: A footnote of our own.\n';
  const doc = await readDocument({ bytes: bytes(md), filename: 'note.md' });
  assert.equal(doc.format, 'markdown');
  assert.equal(doc.title, 'A Markdown note');
  assert.equal(doc.author, 'A. Writer');
  assert.equal(doc.published, '2024-03-14');
  assert.match(doc.text, /^Border talks\n/);
  assert.match(doc.text, /The two neighbours met in the capital on 2 March 2024\.\n/);
  assert.match(doc.text, /\nfirst point\n/);
  assert.match(doc.text, /\nA footnote of our own\.$/);
  for (const gone of ['**', '](', '[^1]', '---', '|']) assert.ok(!doc.text.includes(gone), `"${gone}" was removed`);
});

test('PDF: the text layer, page by page, with title and creation date from the metadata', async () => {
  const pdf = makePdf([['Border talks (first round)', 'The two neighbours met on 2 March 2024.'], ['A second page.']], {
    title: 'A PDF report',
    creationDate: 'D:20240306101500Z',
  });
  const path = join(dir, 'report.pdf');
  writeFileSync(path, pdf);
  const doc = await readDocument(path);
  assert.equal(doc.format, 'pdf');
  assert.equal(doc.title, 'A PDF report');
  assert.equal(doc.published, '2024-03-06');
  assert.equal(doc.text, 'Border talks (first round)\nThe two neighbours met on 2 March 2024.\n\nA second page.');
});

test('PDF: without a text layer is a clear error; a fake PDF too', async () => {
  await refusal(
    { bytes: makePdf([null, null]), filename: 'scan.pdf' },
    /scan\.pdf: the PDF has 2 page\(s\) but no text layer/,
  );
  await refusal({ bytes: bytes('just text'), filename: 'fake.pdf' }, /fake\.pdf: .*does not start with %PDF-/);
  await refusal({ bytes: bytes('%PDF-1.4 garbage'), filename: 'broken.pdf' }, /broken\.pdf: not a readable PDF/);
});

test('plain text is kept exactly (offsets count in the file as given)', async () => {
  const text = 'Line one.\r\nLine two – with a dash.\n';
  const doc = await readDocument({ bytes: bytes(`\uFEFF${text}`), filename: 'note.txt' });
  assert.equal(doc.text, text, 'only the byte-order mark goes');
  assert.equal(doc.format, 'text');
});

test('bad input: binary, empty, blank, invalid UTF-8, too large, missing', async () => {
  await refusal(
    { bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), filename: 'report.docx' },
    /report\.docx: binary file \(a ZIP archive/,
  );
  await refusal(
    { bytes: new Uint8Array([0x41, 0x42, 0x00, 0x43]), filename: 'data.bin' },
    /data\.bin: binary file \(a NUL byte at offset 2\)/,
  );
  await refusal({ bytes: new Uint8Array(), filename: 'empty.txt' }, /empty\.txt: the file is empty/);
  await refusal({ bytes: bytes(' \n\t\n'), filename: 'blank.txt' }, /blank\.txt: the file holds only white space/);
  await refusal(
    {
      bytes: new Uint8Array([0x4f, 0x6b, 0x0a, 0x4f, 0x6b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
      filename: 'latin1.txt',
    },
    /latin1\.txt: invalid UTF-8 at line 3 \(byte 9\)/,
  );
  // 200 MB of text (a sparse file): refused from its size, before anything is read.
  const big = join(dir, 'huge.txt');
  const fd = openSync(big, 'w');
  closeSync(fd);
  const { truncateSync } = await import('node:fs');
  truncateSync(big, 200 * 1024 * 1024);
  const t0 = performance.now();
  await refusal(big, /huge\.txt: the file is 200\.0 MB; documents over 50\.0 MB are refused/);
  assert.ok(performance.now() - t0 < 2000, 'the size is checked without reading the file');
  await refusal(join(dir, 'nope.txt'), /nope\.txt: no such file/);
});

test('metadata dates: ISO, PDF, words, nonsense', () => {
  assert.equal(metadataDate('2024-03-05T23:30:00+04:00'), '2024-03-05');
  assert.equal(metadataDate('2024-03'), '2024-03');
  assert.equal(metadataDate('D:20231119'), '2023-11-19');
  assert.equal(metadataDate('March 5, 2024'), '2024-03-05');
  assert.equal(metadataDate(2023), '2023');
  assert.equal(metadataDate('2024-02-30'), undefined);
  assert.equal(metadataDate('soon'), undefined);
});
