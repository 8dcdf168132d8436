/**
 * Issue 13, defect 6 on the command line: control characters from file names and document titles
 * are printed escaped (`\u001b`), never raw; CSV exports neutralise cells a spreadsheet would run as
 * formulas and keep negative numbers as numbers. Each through the real command on a SQLite store.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { miniEnv, orrery } from '../helpers/cli.js';
import { miniRecords, writeMini } from '../helpers/mini.js';
import { csvObjects } from './rfc4180.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
/** Raw C0/C1 controls (tab, LF and CR-LF excepted) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

const TEXT = 'Alphaland and Betaland held talks in Betaville on 4 March 2024 about the border.\n';

describe('escaping control characters on the terminal', () => {
  const d = writeMini();
  const env = miniEnv(d);

  it('a file name with ESC sequences is printed escaped in the ingest report and in errors', () => {
    mkdirSync(join(d.root, 'inbox'));
    const evil = 'x\u001b[2J\u001b]0;pwn\u0007.txt';
    writeFileSync(join(d.root, 'inbox', evil), TEXT);
    writeFileSync(join(d.root, 'inbox', `e\u009b31m\u202e.txt`), '');
    // Relative paths, so the file column of the report is not cut short.
    const r = spawnSync(process.execPath, [BIN, 'ingest', 'inbox', '--published', '2024-03-05'], {
      cwd: d.root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout, RAW, 'nothing raw reaches the terminal');
    assert.ok(r.stdout.includes('x\\u001b[2J\\u001b]0;pwn\\u0007.txt'), r.stdout);
    assert.ok(r.stdout.includes('e\\u009b31m\\u202e.txt'), r.stdout);

    const single = orrery(['ingest', join(d.root, 'inbox', `e\u009b31m\u202e.txt`)], env);
    assert.equal(single.code, 4, single.stderr);
    assert.doesNotMatch(single.stderr, RAW);
    assert.match(single.stderr, /e\\u009b31m\\u202e\.txt: .*empty/);
  });

  it('a document title with ESC sequences is printed escaped by `sources`, and kept as it is in JSON', () => {
    const file = join(d.root, 'titled.txt');
    writeFileSync(file, 'Northland and Alphaland held talks on 12 March 2024.\n');
    const title = 'Talks \u001b[31mred\u001b[0m \u202eeman';
    const ingested = orrery(['ingest', file, '--title', title, '--published', '2024-03-13'], env);
    assert.equal(ingested.code, 0, ingested.stderr);
    const table = orrery(['sources'], env);
    assert.equal(table.code, 0, table.stderr);
    assert.doesNotMatch(table.stdout, RAW);
    assert.ok(table.stdout.includes('Talks \\u001b[31mred\\u001b[0m \\u202eeman'), table.stdout);
    const json = orrery(['sources', '--json'], env);
    assert.doesNotMatch(json.stdout, RAW);
    const sources = JSON.parse(json.stdout) as Array<{ title: string }>;
    assert.ok(
      sources.some((s) => s.title === title),
      'JSON escapes keep the value',
    );
  });
});

describe('CSV export on the command line', () => {
  it('neutralises formula cells and keeps negative numbers as numbers', () => {
    const records = miniRecords();
    const events = records.events as Array<{ summary: string }>;
    events[0]!.summary = '=HYPERLINK("http://example.invalid","click")';
    events[1]!.summary = "+1+cmd|' /C calc'!A0";
    events[2]!.summary = '@SUM(1+1)';
    const env = miniEnv(writeMini(records));
    const r = orrery(['events', '--format', 'csv'], env);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvObjects(r.stdout);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    assert.equal(byId['border-protocol-2024']!.summary, '\'=HYPERLINK("http://example.invalid","click")');
    assert.equal(byId['troop-move-denied-2024']!.summary, "'+1+cmd|' /C calc'!A0");
    assert.equal(byId['leader-visit-2019']!.summary, "'@SUM(1+1)");
    for (const line of r.stdout.split('\r\n').slice(1))
      assert.doesNotMatch(line, /(^|,)[=+@-](?!\d+(\.\d+)?(,|$))/, line);
    const negative = rows.find((row) => Number(row.intensity) < 0);
    assert.ok(negative, 'some event has a negative intensity');
    assert.match(negative.intensity!, /^-\d+(\.\d+)?$/);
  });
});
