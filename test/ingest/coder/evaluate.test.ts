import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGold } from '../../../src/ingest/coder/gold-file.js';
import { evaluate, GoldLine, type Extracted } from '../../../src/ingest/coder/evaluate.js';
import { splitSentences } from '../../../src/ingest/coder/index.js';

const gold = (o: Partial<GoldLine>): GoldLine =>
  GoldLine.parse({
    document: 'd.txt',
    published: '2025',
    event_type: 'ASSAULT',
    actor_country: ['AZE'],
    recipient_country: ['ARM'],
    sentence_start: 0,
    sentence_end: 50,
    ...o,
  });
const ex = (o: Partial<Extracted>): Extracted => ({
  document: 'd.txt',
  id: 'x',
  event_type: 'ASSAULT',
  actor_country: ['AZE'],
  recipient_country: ['ARM'],
  sentence_start: 0,
  sentence_end: 50,
  modality: 'actual',
  confidence: 0.5,
  ...o,
});

test('match rule: same document, overlapping sentence, same type, gold countries contained in the extracted ones', () => {
  const g = [gold({ id: 'g1' })];
  assert.equal(
    evaluate(g, [ex({ actor_country: ['AZE', 'TUR'], recipient_country: ['ARM', 'NK'] })]).overall.matched_gold,
    1,
  );
  assert.equal(
    evaluate(g, [ex({ sentence_start: 40, sentence_end: 90 })]).overall.matched_gold,
    1,
    'overlap is enough',
  );
  assert.equal(
    evaluate(g, [ex({ sentence_start: 50, sentence_end: 90 })]).overall.matched_gold,
    0,
    'touching is not overlapping',
  );
  assert.equal(evaluate(g, [ex({ document: 'e.txt' })]).overall.matched_gold, 0);
  assert.equal(evaluate(g, [ex({ event_type: 'COERCE' })]).overall.matched_gold, 0);
  assert.equal(evaluate(g, [ex({ recipient_country: [] })]).overall.matched_gold, 0);
  assert.equal(
    evaluate([gold({ recipient_country: [] })], [ex({})]).overall.matched_gold,
    1,
    'an empty gold side is contained in anything',
  );
  assert.equal(
    evaluate(
      [
        gold({
          spans: [
            [100, 150],
            [200, 250],
          ],
        }),
      ],
      [ex({ sentence_start: 210, sentence_end: 260 })],
    ).overall.matched_gold,
    1,
    'any of the spans',
  );
});

test('matching is one-to-one: two extracted events for one gold event leave one spurious', () => {
  const r = evaluate([gold({ id: 'g1' })], [ex({ id: 'a', confidence: 0.4 }), ex({ id: 'b', confidence: 0.9 })]);
  assert.deepEqual(r.matches, [{ gold: 'g1', extracted: 'b' }]);
  assert.deepEqual([r.overall.precision, r.overall.recall, r.overall.f1], [0.5, 1, 0.667]);
  assert.equal(r.spurious[0]?.id, 'a');
});

test('type-only scoring ignores the countries; the recipient rate counts gold events with a recipient found', () => {
  const r = evaluate(
    [gold({ id: 'g1' }), gold({ id: 'g2', sentence_start: 100, sentence_end: 150, recipient_country: [] })],
    [
      ex({ id: 'a', actor_country: ['TUR'], recipient_country: [] }),
      ex({ id: 'b', sentence_start: 100, sentence_end: 150 }),
    ],
  );
  assert.equal(r.overall.matched_gold, 1); // g2 (no recipient in gold) matches b; g1 has the wrong actor
  assert.equal(r.type_only.matched_gold, 2);
  assert.equal(r.type_only.f1, 1);
  // g1 has a recipient in gold, and the only event on its sentence has none
  assert.deepEqual(r.recipient, { gold: 1, found: 0, share: 0 });
});

test('modality: "actual" scores only actual events on both sides; "all" requires modalities to agree', () => {
  const g = [gold({ id: 'real' }), gold({ id: 'denied', modality: 'negated', event_type: 'AGREE' })];
  const x = [ex({ id: 'a' }), ex({ id: 'n', modality: 'negated', event_type: 'AGREE' })];
  const actual = evaluate(g, x);
  assert.deepEqual([actual.overall.gold, actual.overall.extracted, actual.overall.matched_gold], [1, 1, 1]);
  const all = evaluate(g, x, 'all');
  assert.deepEqual([all.overall.gold, all.overall.matched_gold], [2, 2]);
  assert.equal(
    evaluate(g, [ex({ id: 'n2', modality: 'actual', event_type: 'AGREE' })], 'all').by_type.AGREE?.matched_gold,
    0,
  );
});

test('the shipped gold files parse and point at sentences of their documents', () => {
  const dir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
  for (const set of ['heldout', 'heldout-b']) {
    const lines = readGold(`${dir}${set}/gold.jsonl`);
    assert.ok(lines.length >= 25);
    for (const g of lines) {
      const text = readFileSync(`${dir}${set}/${g.document}`, 'utf8');
      const s = splitSentences(text).find((x) => x.start === g.sentence_start && x.end === g.sentence_end);
      assert.ok(s, `${set}/${g.document}: no sentence at ${g.sentence_start}-${g.sentence_end}`);
      assert.ok(s.text.includes(String((g as { anchor?: string }).anchor)), `${set}: anchor outside its sentence`);
    }
  }
  const dev = readGold(`${dir}dev.jsonl`);
  assert.ok(dev.length > 100);
  const sources = fileURLToPath(new URL('../../../../shared/sources/', import.meta.url));
  if (existsSync(sources)) {
    for (const g of dev.slice(0, 40)) {
      const text = readFileSync(`${sources}${g.document}`, 'utf8');
      assert.ok(g.sentence_end <= text.length && g.sentence_start < g.sentence_end);
    }
  }
});
