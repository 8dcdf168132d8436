/** Running the real `orrery` command as a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MiniDirs } from './mini.js';

const BIN = fileURLToPath(new URL('../../bin/orrery.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function orrery(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function miniEnv(d: MiniDirs): Record<string, string> {
  return { ORRERY_DB: d.db, ORRERY_DATA: d.data, ORRERY_SOURCES: d.sources };
}
