/**
 * The command line on PostgreSQL, as child processes against a throw-away cluster: the store is
 * chosen by a postgres:// URL in ORRERY_DB or --db, and commands print what they print on SQLite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { withPostgres } from '../helpers/postgres.js';

await withPostgres('cli on postgres', (cluster) => {
  const dirs = writeMini();
  const sqliteEnv = miniEnv(dirs);

  test('init and stats --json with ORRERY_DB=postgres://...', async () => {
    const env = { ...sqliteEnv, ORRERY_DB: cluster.tcpUrl(await cluster.createDatabase()) };
    const init = orrery(['init', '--json'], env);
    assert.equal(init.code, 0, init.stderr);
    assert.equal(JSON.parse(init.stdout).counts.events, 3);
    const stats = orrery(['stats', '--json'], env);
    assert.equal(stats.code, 0, stats.stderr);
    const expected = orrery(['stats', '--json'], sqliteEnv);
    assert.equal(expected.code, 0, expected.stderr);
    assert.deepEqual(JSON.parse(stats.stdout), JSON.parse(expected.stdout));
    assert.equal(JSON.parse(stats.stdout).counts.relations, 1);
  });

  test('a new database named by --db is initialised on first use and answers as SQLite does', async () => {
    const url = cluster.url(await cluster.createDatabase());
    const env = { ...sqliteEnv, ORRERY_DB: '' };
    for (const args of [
      ['events', '--format', 'jsonl'],
      ['show', 'border-protocol-2024', '--json'],
      ['search', 'protocol', '--json'],
    ]) {
      const r = orrery(['--db', url, ...args], env);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      const expected = orrery(args, sqliteEnv);
      assert.equal(r.stdout, expected.stdout, args.join(' '));
    }
  });

  test('a database that does not exist is a missing environment (exit 6), and the password is not printed', () => {
    const env = { ...sqliteEnv, ORRERY_DB: cluster.tcpUrl('orrery_missing').replace('postgres@', 'postgres:s3cret@') };
    const r = orrery(['stats', '--json'], env);
    assert.equal(r.code, 6, r.stderr);
    assert.match(r.stderr, /database "orrery_missing" does not exist/);
    assert.doesNotMatch(r.stderr + r.stdout, /s3cret/);
  });
});
