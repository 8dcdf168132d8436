import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orrery } from '../../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-extract-'));
const db = join(dir, 'never.db');
const env = { ORRERY_DB: db };
const DOC = [
  'Border news',
  '',
  'Azerbaijani forces shelled Armenian positions near Jermuk on 13 September 2022, the defence ministry in Yerevan said.',
  'Azerbaijan denied that its troops had opened fire first.',
  'Putin spoke by phone with Pashinyan last week.',
].join('\n');
writeFileSync(join(dir, 'wire.txt'), DOC);

test('orrery extract prints the events jsonl layout plus sentence offsets, confidence and rule, and touches no store', () => {
  const r = orrery(['extract', join(dir, 'wire.txt'), '--published', '2022-09-20'], env);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(lines.length >= 3);
  for (const l of lines) {
    for (const k of [
      'id',
      'date',
      'date_precision',
      'event_type',
      'mode',
      'actor',
      'recipient',
      'actor_country',
      'recipient_country',
      'quad_code',
      'intensity',
      'summary',
      'citations',
      'sentence_start',
      'sentence_end',
      'confidence',
      'rule',
      'focal',
    ]) {
      assert.ok(k in l, `missing ${k}`);
    }
    const sentence = DOC.slice(l.sentence_start as number, l.sentence_end as number);
    assert.ok(sentence.endsWith('.'), sentence);
  }
  // exactly one focal event per sentence that has events
  const bySentence = new Map<number, number>();
  for (const l of lines)
    if (l.focal === true)
      bySentence.set(l.sentence_start as number, (bySentence.get(l.sentence_start as number) ?? 0) + 1);
  assert.deepEqual(new Set(bySentence.values()), new Set([1]));
  assert.equal(bySentence.size, new Set(lines.map((l) => l.sentence_start)).size);
  const shelling = lines.find((l) => l.event_type === 'ASSAULT' && l.modality === 'actual')!;
  assert.deepEqual(
    [shelling.date, shelling.actor_country, shelling.recipient_country],
    ['2022-09-13', ['AZE'], ['ARM']],
  );
  assert.ok(lines.some((l) => l.event_type === 'ASSAULT' && l.modality === 'negated'));
  const call = lines.find((l) => l.event_type === 'CONSULT')!;
  assert.deepEqual(
    [call.actor, call.actor_country, call.recipient_country, call.mode],
    [['vladimir-putin'], ['RUS'], ['ARM'], 'phone'],
  );
  assert.equal(existsSync(db), false, 'extract must not create or touch the store');
});

test('orrery extract --format table and its errors', () => {
  const t = orrery(['extract', join(dir, 'wire.txt'), '--published', '2022-09-20', '--format', 'table'], env);
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /ASSAULT\/firearms/);
  assert.equal(orrery(['extract', join(dir, 'wire.txt'), '--published', '2022-13-01'], env).code, 2);
  assert.equal(orrery(['extract', join(dir, 'wire.txt')], env).code, 2, 'a plain text has no date of its own');
  const missing = orrery(['extract', join(dir, 'nope.txt'), '--published', '2022'], env);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /nope\.txt/);
});

test('orrery eval scores a gold file: precision, recall, F1 overall and per type', () => {
  const gold = [
    {
      document: 'wire.txt',
      published: '2022-09-20',
      event_type: 'ASSAULT',
      actor_country: ['AZE'],
      recipient_country: ['ARM'],
      sentence_start: DOC.indexOf('Azerbaijani forces'),
      sentence_end: DOC.indexOf('\nAzerbaijan denied'),
    },
    {
      document: 'wire.txt',
      published: '2022-09-20',
      event_type: 'SANCTION',
      actor_country: ['ARM'],
      recipient_country: ['AZE'],
      sentence_start: 0,
      sentence_end: 11,
    },
  ];
  writeFileSync(join(dir, 'gold.jsonl'), `${gold.map((g) => JSON.stringify(g)).join('\n')}\n`);
  const r = orrery(['eval', '--gold', join(dir, 'gold.jsonl'), '--docs', dir, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    overall: { gold: number; matched_gold: number; recall: number; precision: number; f1: number };
    by_type: Record<string, { recall: number }>;
  };
  assert.equal(out.overall.gold, 2);
  assert.equal(out.overall.matched_gold, 1);
  assert.equal(out.overall.recall, 0.5);
  assert.equal(out.by_type.ASSAULT?.recall, 1);
  assert.equal(out.by_type.SANCTION?.recall, 0);
  assert.ok(out.overall.precision > 0 && out.overall.f1 > 0);
  const table = orrery(['eval', '--gold', join(dir, 'gold.jsonl'), '--docs', dir], env);
  assert.match(table.stdout, /overall/);
});

test('orrery eval names the bad line of a gold file and a missing document', () => {
  writeFileSync(
    join(dir, 'bad.jsonl'),
    '{"document":"wire.txt","published":"2022","event_type":"ASSAULT","actor_country":["AZE"],"sentence_start":0,"sentence_end":5}\n[1,2]\n',
  );
  const bad = orrery(['eval', '--gold', join(dir, 'bad.jsonl'), '--docs', dir], env);
  assert.equal(bad.code, 4);
  assert.match(bad.stderr, /bad\.jsonl:2/);
  writeFileSync(
    join(dir, 'gone.jsonl'),
    '{"document":"gone.txt","published":"2022","event_type":"ASSAULT","actor_country":["AZE"],"sentence_start":0,"sentence_end":5}\n',
  );
  const gone = orrery(['eval', '--gold', join(dir, 'gone.jsonl'), '--docs', dir], env);
  assert.equal(gone.code, 6);
  assert.match(gone.stderr, /gone\.txt/);
});

test('orrery extract warns on stderr about sentences it leaves uncoded, and still codes the rest', () => {
  const text = `AZERBAIJAN ACCUSES ARMENIA OF SHELLING\n\n${DOC}\n\nLe gouvernement français a condamné les frappes et demande un cessez-le-feu avec la Russie.\n`;
  writeFileSync(join(dir, 'mixed.txt'), text);
  const r = orrery(['extract', join(dir, 'mixed.txt'), '--published', '2022-09-20'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /mixed\.txt: sentence at characters 0-38: all-capital text/);
  assert.match(r.stderr, /mixed\.txt: sentence at characters \d+-\d+: language not supported/);
  assert.ok(r.stdout.trim().split('\n').length >= 3);
});
