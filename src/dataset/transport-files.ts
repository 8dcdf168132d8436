/**
 * Reading the transport network's files: `network/places.yaml`, `network/corridors.yaml` and
 * `network/segments/*.yaml` under the dataset directory, each a YAML list of records. Syntax errors
 * become problems, never exceptions.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlList } from './yaml-lists.js';
import type { Problem } from '../model/index.js';

export type TransportPart = 'places' | 'segments' | 'corridors';

export interface RawTransportRecord {
  part: TransportPart;
  file: string;
  index: number;
  value: unknown;
}

function filesOf(dir: string, part: TransportPart): string[] {
  if (part !== 'segments') return [join(dir, `${part}.yaml`)].filter((f) => existsSync(f));
  const sub = join(dir, 'segments');
  if (!existsSync(sub)) return [];
  return readdirSync(sub)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(sub, f));
}

/** True when the dataset has a network at all. */
export function hasTransportNetwork(dataDir: string): boolean {
  return existsSync(join(dataDir, 'network'));
}

export function readTransportFiles(dataDir: string): { records: RawTransportRecord[]; problems: Problem[] } {
  const dir = join(dataDir, 'network');
  const records: RawTransportRecord[] = [];
  const problems: Problem[] = [];
  for (const part of ['places', 'corridors', 'segments'] as const) {
    for (const path of filesOf(dir, part)) {
      const where = relative(dataDir, path) || path;
      for (const { index, value } of readYamlList(path, where, problems))
        records.push({ part, file: where, index, value });
    }
  }
  return { records, problems };
}
