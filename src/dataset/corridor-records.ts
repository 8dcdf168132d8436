/**
 * The Corridor records of data/caucasus/corridors (the named routes with their names, rights and
 * status history), read on their own so the network commands can join them to the network's
 * corridors without loading the whole dataset. Records that do not parse are skipped here;
 * `orrery validate` reports them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Corridor } from '../model/index.js';
import { filesOfKind } from './files.js';

export function readCorridorRecords(dataDir: string): Corridor[] {
  const out: Corridor[] = [];
  for (const file of filesOfKind(dataDir, 'corridors')) {
    let list: unknown;
    try {
      list = parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (const v of list) {
      const r = Corridor.safeParse(v);
      if (r.success) out.push(r.data);
    }
  }
  return out;
}
