/**
 * `orrery events --format csv` end to end on a real SQLite file: the citations column holds one
 * `source:start-end` per citation, separated by ";", never "[object Object]"; the file is RFC 4180
 * (quoted fields, CRLF line endings) and says the same as the JSON output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miniEnv, orrery } from '../helpers/cli.js';
import { cite, miniRecords, writeMini } from '../helpers/mini.js';
import { csvObjects } from './rfc4180.js';

function records() {
  const r = miniRecords();
  const protocol = r.events[0] as { summary: string; citations: unknown[] };
  // two citations, and a summary that needs quoting
  protocol.citations.push(cite('on 12 January 2024'));
  protocol.summary = 'Alphaland and Betaland sign a "border protocol", in the capital.';
  return r;
}

const dirs = writeMini(records());
const env = miniEnv(dirs);

test('events --format csv writes citations as source:start-end, one per citation', () => {
  assert.equal(orrery(['init'], env).code, 0);
  const csv = orrery(['events', '--format', 'csv'], env);
  assert.equal(csv.code, 0, csv.stderr);
  assert.doesNotMatch(csv.stdout, /\[object Object\]/);
  const out = orrery(['events', '--json'], env);
  assert.equal(out.code, 0, out.stderr);
  const json = JSON.parse(out.stdout) as Array<{
    id: string;
    summary: string;
    citations: Array<{ source: string; start: number; end: number }>;
  }>;
  const rows = csvObjects(csv.stdout);
  assert.equal(rows.length, json.length);
  assert.ok(
    json.some((e) => e.citations.length > 1),
    'the fixture has an event with two citations',
  );
  for (const e of json) {
    const row = rows.find((r) => r.id === e.id);
    assert.ok(row, e.id);
    assert.equal(row.citations, e.citations.map((c) => `${c.source}:${c.start}-${c.end}`).join(';'));
    assert.equal(row.summary, e.summary, 'quoted fields come back whole');
    for (const part of row.citations!.split(';')) assert.match(part, /^[a-z0-9-]+:\d+-\d+$/);
  }
});

test('every CSV line ends in CRLF, the header included', () => {
  const out = orrery(['events', '--format', 'csv'], env).stdout;
  const lines = out.split('\r\n');
  assert.equal(lines.at(-1), '', 'the last line ends in CRLF');
  for (const l of lines) assert.ok(!l.includes('\n') || l.includes('"'), `bare LF in ${JSON.stringify(l)}`);
  assert.match(lines[0]!, /^id,date,.*citations/);
});
