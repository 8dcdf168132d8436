/**
 * `orrery serve` for the server benchmarks: a child process on 127.0.0.1 (port chosen by the system)
 * with its own store, no token, the built CLI when dist/ exists (else the sources through tsx).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Served {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startServer(db: string): Promise<Served> {
  const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
  const args = built ? [join(ROOT, 'bin', 'orrery.js')] : ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--host', '127.0.0.1', '--port', '0'], {
    env: { ...process.env, ORRERY_DB: db, ORRERY_TOKEN: '', PORT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error('the server exited before printing its address')));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
