/**
 * Where things live on disk. Each place can be overridden by an option and an environment variable:
 *
 * | what                | option      | environment       | default                                  |
 * |---------------------|-------------|-------------------|------------------------------------------|
 * | the store (SQLite)  | `--db`      | `ORRERY_DB`       | `<project>/.orrery/orrery.db`            |
 * | source texts        | `--sources` | `ORRERY_SOURCES`  | `<project>/../shared/sources`            |
 * | the dataset files   | `--data`    | `ORRERY_DATA`     | `<project>/data/caucasus`                |
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: the nearest folder above this file holding package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  // A database URL (postgres://...) is a location, not a file path: resolving it would mangle it.
  if (env.ORRERY_DB && /^[a-z][a-z0-9+.-]*:\/\//i.test(env.ORRERY_DB)) return env.ORRERY_DB;
  return resolve(env.ORRERY_DB ?? join(projectRoot(), '.orrery', 'orrery.db'));
}

export function defaultSourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORRERY_SOURCES ?? join(projectRoot(), '..', 'shared', 'sources'));
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORRERY_DATA ?? join(projectRoot(), 'data', 'caucasus'));
}
