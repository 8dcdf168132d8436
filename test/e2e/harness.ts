/**
 * The end-to-end harness: Debian's chromium driven by playwright-core, the real `orrery serve` as a
 * child process on a free port with a fresh SQLite file (loaded with the shipped dataset), the built
 * web app (rebuilt when web/ is newer than web/dist), and screenshots saved to test-artifacts/.
 * Used by test/e2e/*.test.ts and bench/web/render.bench.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Chromium with the project's flags. `chromium.launch` gives every browser a fresh temporary profile
 * (its own --user-data-dir, removed on close).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian's chromium is missing: no ${CHROMIUM}. Install it with \`apt-get install chromium\` (.ci/run does this in CI); the end-to-end tests need a real browser.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules' || name === '.build-lock') continue;
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Build web/dist unless it is newer than every file of web/ (`npm test` builds it first). One builder at a time. */
export function ensureWebBuilt(): void {
  const index = join(ROOT, 'web', 'dist', 'index.html');
  const fresh = () => existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, 'web'));
  if (fresh()) return;
  const lock = join(ROOT, 'web', '.build-lock');
  const until = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > until)
        throw new Error(`another build of the web app holds ${lock}; remove it if no build is running`);
      spawnSync('sleep', ['0.5']);
    }
  }
  try {
    if (fresh()) return;
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`building the web app failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Server {
  url: string;
  db: string;
  stop: () => Promise<void>;
  /** What the server printed, for failure messages. */
  output: () => string;
}

/**
 * `node bin/orrery.js serve --port 0 --db <fresh file>`: resolves with the address it prints. `data`
 * serves another dataset folder (a copy, for tests that write scenario files).
 */
export async function startServer(opts: { data?: string } = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-e2e-'));
  const db = join(dir, 'orrery.db');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'orrery.js'), ...(opts.data ? ['--data', opts.data] : []), 'serve', '--port', '0', '--db', db],
    {
      cwd: ROOT,
      env: { ...process.env, ORRERY_TOKEN: '', PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`orrery serve did not print its address within 60 s:\n${out}`)),
      60_000,
    );
    const look = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`orrery serve exited with ${code} before listening:\n${out}`));
    });
  });
  const health = await fetch(`${url}/api/health`);
  if (!health.ok) throw new Error(`GET /api/health answered ${health.status}:\n${out}`);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, db, stop, output: () => out };
}

/** A page at 1280×800 that records uncaught errors and failed requests. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles the tests with esbuild's keepNames, which wraps functions in __name(); functions
  // passed to page.evaluate run in the page, where that helper has to exist too.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** GET a JSON resource from the server, as the tests' independent view of the data. */
export async function api<T>(server: Server, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`);
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Poll a condition (from Node) until it holds. */
export async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

export interface App {
  server: Server;
  browser: Browser;
  page: Page;
  errors: string[];
}

/** The web app built, `orrery serve` and chromium started, one page open: what every end-to-end file needs. */
export async function startApp(opts: { data?: string } = {}): Promise<App> {
  ensureWebBuilt();
  const [server, browser] = await Promise.all([startServer(opts), launchBrowser()]);
  const { page, errors } = await openPage(browser);
  return { server, browser, page, errors };
}

export async function stopApp(app: Partial<App>): Promise<void> {
  await app.browser?.close();
  await app.server?.stop();
}
