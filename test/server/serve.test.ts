/** `orrery serve` as a user runs it: a child process that prints its address, serves, and stops on SIGTERM. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini, type MiniDirs } from '../helpers/mini.js';
import { GEO } from './fixture.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function start(args: string[], env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address printed in 30 s; stderr: ${err}`));
    }, 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/[^\s/]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, stderr: () => err, exit });
      }
    });
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing an address; stderr: ${err}`));
    });
  });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

// SQLite only: a CLI process on a store file, started and signalled; the API itself is tested per backend in process.
describe('orrery serve', () => {
  let d: MiniDirs;
  let env: Record<string, string>;
  before(() => {
    d = writeMini();
    env = { ...miniEnv(d), ORRERY_GEO: GEO, ORRERY_TOKEN: '', PORT: '' };
  });
  after(() => rmSync(d.root, { recursive: true, force: true }));

  it('initialises the store, prints its address, serves the API and stops cleanly on SIGTERM', async () => {
    const s = await start(['--port', '0'], env);
    try {
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${s.url}/api/health`);
      assert.equal(health.status, 200);
      const body = (await health.json()) as { ok: boolean; counts: { events: number } };
      assert.equal(body.ok, true);
      assert.equal(body.counts.events, 3, 'the empty store was loaded with the dataset');
      assert.match(s.stderr(), /initialising/);
      const events = (await (await fetch(`${s.url}/api/events?actor=Alphaland`)).json()) as { total: number };
      assert.equal(events.total, 3, 'two events of Alphaland and one of its prime minister');
      const home = await fetch(`${s.url}/`);
      assert.ok([200, 503].includes(home.status), 'the web app, or a page saying it is not built');
      assert.match(await home.text(), /Orrery/i);
    } finally {
      s.child.kill('SIGTERM');
    }
    assert.equal(await s.exit, 0);
    assert.match(s.stderr(), /stopping/);
  });

  it('takes the port from PORT', async () => {
    const port = await freePort();
    const s = await start([], { ...env, PORT: String(port) });
    try {
      assert.equal(s.url, `http://127.0.0.1:${port}`);
      assert.equal((await fetch(`${s.url}/api/health`)).status, 200);
    } finally {
      s.child.kill('SIGINT');
    }
    assert.equal(await s.exit, 0);
  });

  it('refuses to listen beyond loopback without a token', () => {
    const r = orrery(['serve', '--host', '0.0.0.0', '--port', '0'], env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /refusing to listen on 0\.0\.0\.0 without a token/);
    assert.equal(r.stdout, '');
  });

  it('refuses a short token, a bad port and a port in use, saying why', async () => {
    const short = orrery(['serve', '--host', '0.0.0.0', '--token', 'abc', '--port', '0'], env);
    assert.equal(short.code, 2);
    assert.match(short.stderr, /at least 16 characters/);
    const bad = orrery(['serve', '--port', 'eighty'], env);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /port/);
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    try {
      const port = (taken.address() as { port: number }).port;
      const busy = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
          env: { ...process.env, ...env },
        });
        let stderr = '';
        child.stderr.on('data', (x: Buffer) => (stderr += x.toString()));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
      assert.equal(busy.code, 6);
      assert.match(busy.stderr, new RegExp(`port ${port} .*is in use`));
    } finally {
      taken.close();
    }
  });
});
