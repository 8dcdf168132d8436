/** The files an ingest run reads: the files named, and every non-hidden file under the directories named, in name order. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError } from '../model/index.js';

export async function documentFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) throw new ValidationError([{ where: p, message: 'no such file or directory' }], `cannot read ${p}`);
    if (info.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}
