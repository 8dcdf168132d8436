import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  codeSentences,
  codeText,
  defaultPatterns,
  loadGazetteerExtra,
  loadPatterns,
  splitSentences,
} from '../../../src/ingest/coder/index.js';
import { ValidationError } from '../../../src/model/index.js';
import { ACTORS } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-coding-'));

test('the shipped dictionaries load and cover every PLOVER type', () => {
  const types = new Set(defaultPatterns().map((p) => p.type));
  assert.equal(types.size, 16);
  assert.ok(loadGazetteerExtra().ambiguous.some((a) => a.name === 'Georgia'));
});

test('a bad pattern file is refused with the file, the entry and the field named', () => {
  const path = join(dir, 'bad.yaml');
  writeFileSync(
    path,
    '- id: ok-one\n  verbs: [sign]\n  type: AGREE\n- id: bad-two\n  verbs: [hit]\n  type: ASSAULT\n  mode: gentle\n- id: Bad Id\n  type: NOPE\n',
  );
  assert.throws(
    () => loadPatterns(path),
    (e: unknown) => {
      assert.ok(e instanceof ValidationError);
      assert.match(e.message, /bad\.yaml/);
      assert.match(e.message, /bad-two \(#2\).*mode.*"gentle" is not a mode of ASSAULT/s);
      assert.match(e.message, /#3/);
      return true;
    },
  );
  writeFileSync(path, '- id: [unclosed\n');
  assert.throws(() => loadPatterns(path), /YAML syntax/);
});

test('a user pattern extends the coder without code changes', () => {
  const path = join(dir, 'mine.yaml');
  writeFileSync(
    path,
    [
      '- id: snub',
      '  verbs: [snub, cold-shoulder]',
      '  type: REJECT',
      '  mode: policy',
      '  context: [diplomatic]',
      '  recipient: [object]',
      '  confidence: 0.9',
    ].join('\n'),
  );
  const patterns = [...defaultPatterns(), ...loadPatterns(path)];
  const r = codeText('Baku snubbed Moscow at the summit.', {
    actors: ACTORS,
    published: '2025-01-01',
    sourceId: 'doc',
    patterns,
  });
  assert.deepEqual(
    r.events.map((c) => [
      c.event.event_type,
      c.event.actor,
      c.event.recipient,
      c.event.origin.kind === 'coded' && c.event.origin.rule.split(' ')[0],
    ]),
    [['REJECT', ['AZE'], ['RUS'], 'verb:snub→REJECT/policy#snub']],
  );
  const without = codeText('Baku snubbed Moscow at the summit.', {
    actors: ACTORS,
    published: '2025-01-01',
    sourceId: 'doc',
  });
  assert.equal(without.events.length, 0);
});

test('codeSentences streams with the offsets it is given and ids from the sentence index', () => {
  const text = 'Nothing to see. Azerbaijan expelled two Russian diplomats.';
  const shifted = splitSentences(text).map((s) => ({ ...s, start: s.start + 1000, end: s.end + 1000 }));
  const out = [...codeSentences(shifted, { actors: ACTORS, published: '2025-01', sourceId: 'Wire 7' })];
  assert.equal(out.length, 1);
  assert.equal(out[0]!.sentence_start, 1016);
  assert.equal(out[0]!.event.id, 'wire-7-s1-1');
  assert.equal(out[0]!.event.citations[0]!.start, 1016);
});

test('a bad publication date is a usage error', () => {
  assert.throws(
    () => codeText('x', { actors: ACTORS, published: '2025-13', sourceId: 'd' }),
    /published: .*no month 13/,
  );
});
