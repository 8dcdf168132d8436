/**
 * Issue 13, "every error is mapped": an internal error (here a file that is not an SQLite database
 * given as --db, which no part of Orrery maps today) exits 70 with one line on stderr; the stack
 * trace is printed only under the global --debug flag.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';

const root = mkdtempSync(join(tmpdir(), 'orrery-debug-'));
const corrupt = join(root, 'corrupt.db');
// 16 KB that no SQLite version reads as a database.
writeFileSync(corrupt, Buffer.alloc(16 * 1024, 'not a database; '));
const STACK = /\n\s+at .+:\d+:\d+\)?/;

test('an internal error is one line without a trace by default, exit 70', () => {
  const r = orrery(['--db', corrupt, 'events']);
  assert.equal(r.code, 70, r.stderr);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^orrery: internal error: .*not a database.*--debug/);
  assert.doesNotMatch(r.stderr, STACK);
});

test('--debug, before or after the command, adds the stack trace', () => {
  for (const args of [
    ['--debug', '--db', corrupt, 'events'],
    ['--db', corrupt, 'events', '--debug'],
  ]) {
    const r = orrery(args);
    assert.equal(r.code, 70, r.stderr);
    assert.match(r.stderr, /^orrery: internal error: .*not a database/);
    assert.match(r.stderr, STACK, r.stderr);
  }
});

test('a mapped error stays one line and needs no --debug', () => {
  const r = orrery(['show', 'no-such-event-anywhere'], miniEnv(writeMini()));
  assert.equal(r.code, 3, r.stderr);
  assert.doesNotMatch(r.stderr, STACK);
  assert.doesNotMatch(r.stderr, /--debug/);
});
