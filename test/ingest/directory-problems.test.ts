/**
 * Issue 13, defects 3 and 8: a directory ingest reports every path it does not read, and goes on.
 * An unreadable subdirectory or file fails alone (exit 4 when it is the only path); FIFOs, sockets,
 * symbolic links to directories and broken links are skipped with their reason; a symbolic link to a
 * regular file is read; UTF-16 text with a byte-order mark is read as UTF-16. Each through the real
 * command, on a SQLite store with the test dataset.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, describe, it } from 'node:test';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orrery, miniEnv } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';

// Root reads files whatever their permission bits, so under root the permission tests run the command
// as the unprivileged user `nobody` (uid 65534) through util-linux's setpriv.
const ROOT = process.getuid?.() === 0;
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const AS_ROOT =
  ROOT && !SETPRIV
    ? 'running as root without setpriv: root reads files whatever their permission bits, so chmod 000 cannot make a path unreadable'
    : false;

const d = writeMini();
const env = miniEnv(d);
const run = (...args: string[]): ReturnType<typeof orrery> => orrery(args, env);

/** The command as an unprivileged user: itself when not root, else `nobody`, with a store of its own it may write. */
function runUnprivileged(...args: string[]): ReturnType<typeof orrery> {
  if (!ROOT) return run(...args);
  const own = mkdtempSync(join(tmpdir(), 'orrery-nobody-'));
  chmodSync(own, 0o777);
  chmodSync(d.root, 0o755);
  const bin = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));
  const r = spawnSync(SETPRIV!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ORRERY_DB: join(own, 'orrery.db'), HOME: own },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const locked: string[] = [];
after(() => {
  for (const p of locked) chmodSync(p, 0o755);
});

const TEXT = 'Alphaland and Betaland held talks in Betaville on 4 March 2024 about the border.\n';

interface Report {
  documents: Array<{ file: string; status: string; error?: string; source?: { id: string } }>;
  skipped?: Array<{ file: string; reason: string }>;
  summary: { documents: number; ingested: number; duplicate: number; failed: number };
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

describe('a directory ingest reports what it does not read', () => {
  it('skips a FIFO, a link to a directory and a broken link with their reasons, reads a link to a file and UTF-16 files', () => {
    const dir = join(d.root, 'specials');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'good.txt'), TEXT);
    writeFileSync(join(d.root, 'outside.txt'), `Betaland and Alphaland met again in Alphaville on 5 March 2024.\n`);
    symlinkSync(join(d.root, 'outside.txt'), join(dir, 'linked.txt'));
    symlinkSync(join(dir, 'sub'), join(dir, 'loop'));
    symlinkSync(join(d.root, 'nowhere.txt'), join(dir, 'broken.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(
      join(dir, 'sub', 'le.txt'),
      utf16('Alphaland protested to Betaland on 6 March 2024 — in UTF-16 LE.\n', 'le'),
    );
    writeFileSync(
      join(dir, 'sub', 'be.txt'),
      utf16('Betaland protested to Alphaland on 7 March 2024 — in UTF-16 BE.\n', 'be'),
    );

    const r = run('ingest', dir, '--published', '2024-03-08', '--json');
    assert.equal(r.code, 0, `only skipped paths: the run succeeds\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    const report = JSON.parse(r.stdout) as Report;
    const status = Object.fromEntries(report.documents.map((x) => [x.file.slice(dir.length + 1), x.status]));
    assert.deepEqual(status, {
      'good.txt': 'ingested',
      'linked.txt': 'ingested',
      'sub/be.txt': 'ingested',
      'sub/le.txt': 'ingested',
    });
    const skipped = Object.fromEntries((report.skipped ?? []).map((x) => [x.file.slice(dir.length + 1), x.reason]));
    assert.deepEqual(Object.keys(skipped).sort(), ['broken.txt', 'loop', 'pipe.txt']);
    assert.match(skipped['pipe.txt']!, /FIFO/);
    assert.match(skipped['loop']!, /symbolic link to a directory, not followed/);
    assert.match(skipped['broken.txt']!, /symbolic link not followed: .*no such file/);

    const human = run('ingest', dir, '--published', '2024-03-08');
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /4 documents: 0 ingested, 4 already stored, 0 failed; 3 skipped/);
    assert.match(human.stdout, /│ skipped\s+│ a FIFO \(named pipe\), not a document/);
  });

  it('reads UTF-16 LE and BE text named on the command line as text, not as binary', () => {
    const files = (['le', 'be'] as const).map((endian, i) => {
      const file = join(d.root, `alone-${endian}.txt`);
      writeFileSync(file, utf16(`Alphaland and Northland signed an accord on ${9 + i} March 2024.\n`, endian));
      return file;
    });
    const r = run('ingest', ...files, '--published', '2024-03-11', '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /NUL byte|binary/);
    assert.deepEqual(
      (JSON.parse(r.stdout) as Report).documents.map((x) => x.status),
      ['ingested', 'ingested'],
    );
  });

  it('an unreadable subdirectory fails alone; the rest is ingested and the run exits 1', { skip: AS_ROOT }, () => {
    const dir = join(d.root, 'locked-tree');
    mkdirSync(join(dir, 'private'), { recursive: true });
    writeFileSync(join(dir, 'open.txt'), 'Northland and Alphaland held talks on 12 March 2024.\n');
    writeFileSync(join(dir, 'private', 'secret.txt'), TEXT);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'private'), 0o000);
    locked.push(join(dir, 'private'));
    const r = runUnprivileged('ingest', dir, '--published', '2024-03-13', '--json');
    assert.equal(r.code, 1, r.stderr);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const report = JSON.parse(r.stdout) as Report;
    const byFile = Object.fromEntries(report.documents.map((x) => [x.file.slice(dir.length + 1), x]));
    assert.equal(byFile['open.txt']?.status, 'ingested');
    assert.equal(byFile['private']?.status, 'failed');
    assert.match(byFile['private']!.error!, /cannot list the directory: permission denied/);
    assert.deepEqual(report.summary, { documents: 2, ingested: 1, duplicate: 0, failed: 1 });
  });

  it('an unreadable single file exits 4 and names the path', { skip: AS_ROOT }, () => {
    const file = join(d.root, 'locked.txt');
    writeFileSync(file, TEXT);
    chmodSync(file, 0o000);
    locked.push(file);
    const r = runUnprivileged('ingest', file, '--published', '2024-03-13');
    assert.equal(r.code, 4, r.stderr);
    assert.ok(r.stderr.includes(file), r.stderr);
    assert.match(r.stderr, /permission denied/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});
