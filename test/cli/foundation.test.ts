/** The foundation commands end to end, as child processes, on a temporary SQLite file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';

const dirs = writeMini();
const env = miniEnv(dirs);

test('validate exits 0 and prints the counts', () => {
  const r = orrery(['validate'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /events\s*│ 3/);
  const json = JSON.parse(orrery(['validate', '--json'], env).stdout);
  assert.equal(json.ok, true);
  assert.equal(json.counts.actors, 5);
});

test('stats --json reports counts by kind and origin', () => {
  const r = orrery(['stats', '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.counts.events, 3);
  assert.equal(s.counts.relations, 1);
  assert.equal(s.counts.events_by_origin.curated, 3);
  assert.equal(s.events_by_type.AGREE, 1);
  // The first and last days events can mean: the event known only to its year (2019) counts from 1 January.
  const dates = orrery(['events', '--format', 'jsonl'], env)
    .stdout.trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { date: string }).date)
    .sort();
  assert.deepEqual(dates, ['2019', '2024-01-12', '2024-02-03'], 'the mini dataset (premise)');
  assert.equal(s.oldest_event, '2019-01-01');
  assert.equal(s.newest_event, '2024-02-03');
});

test('events --format jsonl is the exchange format', () => {
  const r = orrery(['events', '--format', 'jsonl'], env);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  const visit = lines.find((l) => l.id === 'leader-visit-2019');
  for (const k of [
    'id',
    'date',
    'date_precision',
    'event_type',
    'mode',
    'context',
    'actor',
    'recipient',
    'actor_country',
    'recipient_country',
    'quad_code',
    'intensity',
    'summary',
    'status',
    'citations',
  ]) {
    assert.ok(k in visit, `field ${k}`);
  }
  assert.deepEqual(visit.actor, ['leader-a']);
  assert.deepEqual(visit.actor_country, ['AAA']);
  assert.equal(visit.date_precision, 'year');
  assert.deepEqual(Object.keys(visit.citations[0]), ['source', 'start', 'end', 'sha256']);
});

test('filters, names and the csv format', () => {
  const pair = orrery(['events', '--pair', 'Alphaville,the Citadel', '--json'], env);
  assert.deepEqual(
    JSON.parse(pair.stdout).map((e: { id: string }) => e.id),
    ['leader-visit-2019'],
  );
  const csv = orrery(['events', '--type', 'mobilize', '--format', 'csv'], env).stdout.trim().split('\n');
  assert.equal(csv.length, 2);
  assert.match(csv[0]!, /^id,date,/);
  assert.match(csv[1]!, /^troop-move-denied-2024,2024-02-03/);
});

test('timeline of a pair lists events and relations in date order', () => {
  const r = orrery(['timeline', 'AAA,NNN'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.indexOf('begins: military-presence') < r.stdout.indexOf('CONSULT'), r.stdout);
});

test('show prints the exact cited passage, and says where texts are expected when they are missing', () => {
  const r = orrery(['show', 'border-protocol-2024'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /signed a border protocol in the capital of the first on 12 January 2024/);
  assert.match(r.stdout, /Conflict border-protocol-date/);
  const missing = orrery(['show', 'border-protocol-2024'], { ...env, ORRERY_SOURCES: join(dirs.root, 'elsewhere') });
  assert.equal(missing.code, 0);
  assert.match(missing.stdout, /passage unavailable: .*expected .*elsewhere\/mini.txt/);
});

test('actor resolves names and shows roles', () => {
  const r = orrery(['actor', 'leader-a', '--at', '2015-01-01'], env);
  assert.match(r.stdout, /Mayor of Alphaville \(BBB\) 2010 – 2017\s+← at 2015-01-01/);
  assert.match(orrery(['actor', 'alphaville'], env).stdout, /^AAA: Alphaland/);
});

test('conflicts lists both claims with their sources', () => {
  const r = orrery(['conflicts'], env);
  assert.match(r.stdout, /border-protocol-date/);
  assert.match(r.stdout, /\[2023-12\]/);
  const json = JSON.parse(orrery(['conflicts', '--json'], env).stdout);
  assert.equal(json[0].claims[1].passages[0].text, 'A second report put the signing in December 2023 instead.');
});

test('errors give meaningful exit codes and messages', () => {
  const badType = orrery(['events', '--type', 'BOMB'], env);
  assert.equal(badType.code, 2);
  assert.match(badType.stderr, /--type: "BOMB" is not a PLOVER type/);
  const missing = orrery(['show', 'no-such-event'], env);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /no event "no-such-event"/);
  assert.equal(orrery(['events', '--from', '2023-13'], env).code, 2);
  assert.equal(orrery(['no-such-command'], env).code, 2);
  assert.equal(orrery(['--help'], env).code, 0);
});

test('a bad dataset is refused by init and the store keeps what it had', () => {
  const d = writeMini();
  const e = miniEnv(d);
  assert.equal(orrery(['init'], e).code, 0);
  const file = join(d.data, 'events', 'mini.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2024-01-12', 'date: 2024-01-32'));
  const r = orrery(['init'], e);
  assert.equal(r.code, 4);
  assert.match(
    r.stderr,
    /events\/mini.yaml, record border-protocol-2024 \(#1\), field date: "2024-01-32" is impossible/,
  );
  assert.equal(JSON.parse(orrery(['stats', '--json'], e).stdout).counts.events, 3);
  const v = orrery(['validate'], e);
  assert.equal(v.code, 1);
});

test('validate fails when a source text was altered', () => {
  const d = writeMini();
  writeFileSync(join(d.sources, 'mini.txt'), readFileSync(join(d.sources, 'mini.txt'), 'utf8').replace('1995', '1996'));
  const r = orrery(['validate'], miniEnv(d));
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /northland-base-in-alphaland, field citations.0: passage mini:\d+-\d+ does not match its hash/,
  );
});
