import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/ingest/coder/index.js';
import { events } from './helpers.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

test('offsets are exact: every sentence is the slice it names', () => {
  const t = 'First one here. Second “quoted” one!  Third?\n\nA new paragraph—with a dash.';
  const ss = splitSentences(t);
  for (const s of ss) assert.equal(t.slice(s.start, s.end), s.text);
  assert.deepEqual(
    ss.map((s) => s.text),
    ['First one here.', 'Second “quoted” one!', 'Third?', 'A new paragraph—with a dash.'],
  );
});

test('abbreviations, initials and numbers do not end sentences', () => {
  assert.deepEqual(texts('Dr. Smith met Gen. Brown at St. Mary’s on Jan. 5 at 3 p.m. local time. Talks went well.'), [
    'Dr. Smith met Gen. Brown at St. Mary’s on Jan. 5 at 3 p.m. local time.',
    'Talks went well.',
  ]);
  assert.deepEqual(
    texts('Donald J. Trump hosted them, e.g. at the summit No. 2 in the U.S. capital. It cost 3.5 million.'),
    ['Donald J. Trump hosted them, e.g. at the summit No. 2 in the U.S. capital.', 'It cost 3.5 million.'],
  );
  assert.deepEqual(texts('Sanctions came from the U.S. The EU followed.'), [
    'Sanctions came from the U.S.',
    'The EU followed.',
  ]);
});

test('quotes: a sentence ends after the closing quote; an attribution after a comma stays', () => {
  assert.deepEqual(texts('“We will not yield,” the minister said. “Never.” Then he left.'), [
    '“We will not yield,” the minister said.',
    '“Never.”',
    'Then he left.',
  ]);
});

test('footnote markers glued to words or after the period stay with their sentence', () => {
  assert.deepEqual(
    texts('The corridor reopened in June¹. Traffic resumed.² Fuel prices fell[3] and then rose.[4] Buses ran again.'),
    [
      'The corridor reopened in June¹.',
      'Traffic resumed.²',
      'Fuel prices fell[3] and then rose.[4]',
      'Buses ran again.',
    ],
  );
});

test('headings, PDF hard line breaks and running headers', () => {
  const doc = [
    'QUARTERLY REVIEW 3/2025',
    '',
    'Border politics in the south',
    '',
    'The two governments met on the border in March and agreed to open a',
    'second crossing before the winter, officials said. A joint commission will',
    'meet again in Tbilisi.',
    '',
    'QUARTERLY REVIEW 3/2025',
    '',
    'Trade grew by a third over the year.',
    '',
    'QUARTERLY REVIEW 3/2025',
    '12',
  ].join('\n');
  const ss = splitSentences(doc);
  assert.deepEqual(
    ss.map((s) => [s.kind, s.text.replace(/\n/g, ' ')]),
    [
      ['heading', 'Border politics in the south'],
      [
        'body',
        'The two governments met on the border in March and agreed to open a second crossing before the winter, officials said.',
      ],
      ['body', 'A joint commission will meet again in Tbilisi.'],
      ['body', 'Trade grew by a third over the year.'],
    ],
  );
});

test('footnote text interleaved with the body: kept apart, and a sentence cut by a page break is joined across it', () => {
  const doc = [
    'Armenia recalled its ambassador from the CSTO in September¹. The move surprised',
    'the alliance and its members',
    '',
    '¹ Ministry statement, 2 September 2023. Available online.',
    '² A second note. It has two sentences.',
    '',
    'in Moscow, which had expected a gentler reply.',
    '',
    'A new paragraph starts here.',
  ].join('\n');
  const ss = splitSentences(doc);
  const body = ss.filter((s) => s.kind === 'body').map((s) => s.text.replace(/\s+/g, ' '));
  assert.equal(body[0], 'Armenia recalled its ambassador from the CSTO in September¹.');
  assert.match(
    body[1]!,
    /^The move surprised the alliance and its members .*in Moscow, which had expected a gentler reply\.$/,
  );
  assert.equal(body[2], 'A new paragraph starts here.');
  const joined = ss.find((s) => s.text.startsWith('The move'))!;
  assert.equal(joined.holes?.length, 1, 'the footnotes inside the joined sentence are marked as a hole');
  const notes = ss.filter((s) => s.kind === 'footnote').map((s) => s.text);
  assert.deepEqual(notes, [
    '¹ Ministry statement, 2 September 2023.',
    'Available online.',
    '² A second note.',
    'It has two sentences.',
  ]);
  // The coder reads the joined sentence without the footnote text inside it, and codes the body sentence.
  const coded = events(doc, '2023-09');
  assert.ok(coded.some((e) => e.event_type === 'SANCTION' && e.actor.includes('ARM') && e.date === '2023-09'));
});

test('a very long run without punctuation is cut into bounded pieces', () => {
  const long = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
  const ss = splitSentences(long);
  assert.ok(ss.length > 1);
  assert.ok(ss.every((s) => s.end - s.start <= 1500));
  assert.equal(ss.map((s) => s.text).join(' '), long);
});
