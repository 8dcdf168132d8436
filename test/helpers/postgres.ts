/**
 * A throw-away PostgreSQL cluster for tests: `initdb` into a temporary directory, `pg_ctl start` on a
 * free port (127.0.0.1 only) with the unix socket in that directory, trust authentication, and no
 * fsync. One cluster per test file; each test asks it for a fresh database. The cluster is stopped
 * and its directory removed after the file's tests, also when they fail or the process is
 * interrupted.
 *
 * PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user (made by
 * Debian's postgresql package) through `runuser` (or `su`), and the directory is handed to that user.
 *
 * The server binaries are looked for in $ORRERY_PG_BIN, /usr/lib/postgresql/<newest>/bin, the PATH and
 * `pg_config --bindir`. When they are missing the tests fail saying so (CI installs them), unless
 * ORRERY_SKIP_POSTGRES=1 asks to skip them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';

export interface TestCluster {
  readonly dir: string;
  readonly port: number;
  /** A URL for `database` over the unix socket. */
  url(database: string): string;
  /** A URL for `database` over TCP, as a user would usually write one. */
  tcpUrl(database: string): string;
  /** Create a new, empty database (ICU en-US collation when available) and return its name. */
  createDatabase(): Promise<string>;
  stop(): void;
}

const hasServer = (dir: string): boolean => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));

/** The directory holding initdb and pg_ctl, or undefined when PostgreSQL's server is not installed. */
export function postgresBinDir(): string | undefined {
  const candidates: string[] = [];
  if (process.env.ORRERY_PG_BIN) candidates.push(process.env.ORRERY_PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  const found = candidates.find(hasServer);
  if (found) return found;
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && hasServer(dir) ? dir : undefined;
}

/** How to run a command as the cluster's owner: directly, or as `postgres` when we are root. */
function runner(): {
  run: (cmd: string, args: string[]) => { status: number | null; output: string };
  owner?: { uid: number; gid: number };
} {
  const plain = (cmd: string, args: string[]): { status: number | null; output: string } => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  };
  if (process.getuid?.() !== 0) return { run: plain };
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error(
      'running as root, the test server must run as the "postgres" system user, which does not exist (install the postgresql package)',
    );
  }
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const hasRunuser = spawnSync('runuser', ['--help']).status === 0;
  return {
    owner: { uid, gid },
    run: (cmd, args) =>
      hasRunuser
        ? plain('runuser', ['-u', 'postgres', '--', cmd, ...args])
        : plain('su', ['postgres', '-s', '/bin/sh', '-c', [cmd, ...args].map(quote).join(' ')]),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** Start a cluster; throws with the server's log when it cannot. */
export async function startCluster(bin: string): Promise<TestCluster> {
  const { run, owner } = runner();
  // Unix socket paths are limited to about 100 bytes; keep the directory short.
  const base = tmpdir().length > 40 ? '/tmp' : tmpdir();
  const dir = mkdtempSync(join(base, 'orrery-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let running = false;
  const stop = (): void => {
    if (running) run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate', '-w']);
    running = false;
    rmSync(dir, { recursive: true, force: true });
  };
  const onExit = (): void => stop();
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    process.kill(process.pid, signal);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const init = run(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
      '--no-instructions',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.output}`);
    appendFileSync(
      data + '/postgresql.conf',
      [
        '',
        `unix_socket_directories = '${dir}'`,
        `listen_addresses = '127.0.0.1'`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'shared_buffers = 16MB',
        'max_connections = 40',
        '',
      ].join('\n'),
    );
    let port = 0;
    for (let attempt = 0; attempt < 3 && !running; attempt++) {
      port = await freePort();
      const start = run(join(bin, 'pg_ctl'), ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', `-p ${port}`]);
      running = start.status === 0;
      // Another process may have taken the port between our probe and the server's bind: try another.
      if (!running && !/could not (bind|create listen)/i.test(readLog(log)))
        throw new Error(`pg_ctl start failed:\n${start.output}\n${readLog(log)}`);
    }
    if (!running) throw new Error(`pg_ctl start failed three times:\n${readLog(log)}`);
    return cluster(dir, port, () => {
      stop();
      process.off('exit', onExit);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
  } catch (error) {
    stop();
    throw error;
  }
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

function cluster(dir: string, port: number, stop: () => void): TestCluster {
  let n = 0;
  const url = (database: string): string =>
    `postgresql://postgres@/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  return {
    dir,
    port,
    url,
    tcpUrl: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async createDatabase() {
      const name = `t${process.pid}_${n++}`;
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        // An ICU en-US database (when the server has ICU) sorts text unlike SQLite, so tests catch a query
        // that relies on the database's collation instead of the store's own "C" columns.
        await admin
          .query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`)
          .catch(() => admin.query(`CREATE DATABASE ${name}`));
      } finally {
        await admin.end();
      }
      return name;
    },
    stop,
  };
}

/** Why the PostgreSQL tests cannot run here: skipped on request, or the server binaries are missing. */
function unavailable(): { skip: string } | { missing: string } | { bin: string } {
  if (process.env.ORRERY_SKIP_POSTGRES === '1') return { skip: 'ORRERY_SKIP_POSTGRES=1' };
  const bin = postgresBinDir();
  if (bin) return { bin };
  return {
    missing:
      'PostgreSQL server binaries (initdb, pg_ctl) not found in $ORRERY_PG_BIN, /usr/lib/postgresql/*/bin, the PATH or `pg_config --bindir`. ' +
      'Install them (Debian: apt-get install postgresql) or set ORRERY_SKIP_POSTGRES=1 to skip the PostgreSQL tests.',
  };
}

/** A test standing in for the PostgreSQL tests that cannot run: skipped, or failing with what is missing. */
function standIn(name: string, why: { skip: string } | { missing: string }): void {
  if ('skip' in why) test(`${name}: PostgreSQL tests`, { skip: why.skip }, () => {});
  else
    test(`${name}: a PostgreSQL server to test against`, () => {
      throw new Error(why.missing);
    });
}

/**
 * Give a test file a running cluster: `register` declares the file's tests with it, and the cluster
 * stops after them. Without the server binaries a failing test says what is missing (or, with
 * ORRERY_SKIP_POSTGRES=1, a skipped one says they were skipped).
 */
export async function withPostgres(name: string, register: (cluster: TestCluster) => void): Promise<void> {
  const how = unavailable();
  if (!('bin' in how)) return standIn(name, how);
  const cluster = await startCluster(how.bin);
  after(() => cluster.stop());
  register(cluster);
}

/**
 * Like withPostgres, but the cluster starts when a test first asks for it (so a file whose
 * PostgreSQL tests are filtered out starts none), and stops after the file's tests.
 */
export function withLazyPostgres(name: string, register: (cluster: () => Promise<TestCluster>) => void): void {
  const how = unavailable();
  if (!('bin' in how)) return standIn(name, how);
  let starting: Promise<TestCluster> | undefined;
  after(async () => (await starting?.catch(() => undefined))?.stop());
  register(() => (starting ??= startCluster(how.bin)));
}
