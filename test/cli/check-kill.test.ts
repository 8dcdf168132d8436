/**
 * The kill test: `orrery import` of a 200,000-row GDELT file is killed with SIGKILL half-way (after
 * its first intermediate commit), then `orrery check` must find the store coherent (no dangling
 * citation, no damaged file: at most the unfinished import and the indexes it dropped, each with its
 * repair), and running the same import again must complete it with the full count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { gdeltText, manyGdeltRows } from '../ingest/exchange/gdelt-file.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
const ROWS = 200_000;

/** Imported events committed so far, read through a connection of our own (0 while the file is busy or absent). */
function committed(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true, timeout: 100 });
    try {
      return raw.prepare("SELECT COUNT(*) FROM events WHERE origin = 'imported'").pluck().get() as number;
    } finally {
      raw.close();
    }
  } catch {
    return 0;
  }
}

/** Start the import; kill it once an intermediate commit is visible (plus `extra` ms). Resolves with how it ended. */
function importAndKill(
  file: string,
  env: Record<string, string>,
  db: string,
  extra: number,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'import', file, '--format', 'gdelt'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    let exited = false;
    const poll = setInterval(() => {
      if (exited || committed(db) === 0) return;
      clearInterval(poll);
      setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, extra);
    }, 100);
    child.on('exit', (code, signal) => {
      exited = true;
      clearInterval(poll);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

test('kill -9 during an import: check finds a coherent, repairable store, and the import run again completes it', async (t) => {
  const rows = manyGdeltRows(ROWS);
  const expected = rows.filter((r) => r[26] !== '010').length;
  let state: { env: Record<string, string>; db: string; file: string } | undefined;
  for (const extra of [0, 300, 1000]) {
    const dirs = writeMini();
    const env = miniEnv(dirs);
    assert.equal(orrery(['init'], env).code, 0);
    const file = join(dirs.root, 'big.export.CSV');
    writeFileSync(file, gdeltText(rows));
    const run = await importAndKill(file, env, dirs.db, extra);
    if (run.killed) {
      state = { env, db: dirs.db, file };
      break;
    }
    assert.equal(run.code, 0, 'an import that was not killed finished');
  }
  if (!state) {
    t.skip('the import finished before it could be killed half-way on this machine');
    return;
  }
  const { env, db, file } = state;
  // The killed process left a hot journal, which the first connection that may write rolls back: check's.
  const after = orrery(['check', '--json'], env);
  const kept = committed(db);
  assert.ok(kept > 0 && kept < expected, `killed half-way: ${kept} of ${expected} events kept`);
  const report = JSON.parse(after.stdout) as {
    ok: boolean;
    problems: Array<{ check: string; message: string; repair: string }>;
  };
  assert.equal(after.code, 1, 'an unfinished import is reported');
  const kinds = new Set(report.problems.map((p) => p.check));
  assert.ok(
    [...kinds].every((k) => k === 'imports' || k === 'indexes'),
    `only repairable problems: ${JSON.stringify(report.problems)}`,
  );
  const unfinished = report.problems.find((p) => p.check === 'imports');
  assert.ok(unfinished, 'the unfinished import is named');
  assert.match(unfinished.message, /the import of big\.export\.CSV \(source gdelt-[0-9a-f]{12}\) did not finish/);
  assert.equal(unfinished.repair, `run \`orrery import ${file} --format gdelt\` again to complete it`);
  const shown = orrery(['show', 'gdelt-1170000001'], env);
  assert.equal(shown.code, 0, shown.stderr);
  assert.doesNotMatch(shown.stdout, /passage unavailable/, 'a kept event cites a stored source');

  const again = orrery(['import', file, '--format', 'gdelt', '--json'], env);
  assert.equal(again.code, 0, again.stderr);
  const resumed = JSON.parse(again.stdout);
  assert.equal(resumed.resumed, true);
  assert.equal(resumed.imported + resumed.already_stored, expected, 'every row is stored once');
  assert.ok(resumed.already_stored >= kept, 'what the killed run committed was kept, not written again');
  const stats = JSON.parse(orrery(['stats', '--json'], env).stdout);
  assert.equal(stats.counts.events_by_origin.imported, expected, 'the full count');
  const sound = orrery(['check'], env);
  assert.equal(sound.code, 0, sound.stdout);
  assert.match(orrery(['import', file, '--format', 'gdelt'], env).stdout, /already imported/);
});
