/**
 * Reading the transport network's files: `network/places.yaml`, `network/corridors.yaml` and
 * `network/segments/*.yaml` under the dataset directory, each a YAML list of records. Syntax errors
 * become problems, never exceptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
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
      for (const doc of parseAllDocuments(readFileSync(path, 'utf8'))) {
        for (const err of doc.errors) {
          const line = err.linePos?.[0];
          problems.push({
            where: line ? `${where}:${line.line}` : where,
            message: `YAML syntax: ${err.message.split('\n')[0]}`,
          });
        }
        if (doc.errors.length) continue;
        let value: unknown;
        try {
          value = doc.toJS();
        } catch (e) {
          problems.push({ where, message: `YAML: ${e instanceof Error ? e.message : String(e)}` });
          continue;
        }
        if (value === null || value === undefined) continue;
        if (!Array.isArray(value))
          problems.push({ where, message: 'the file must hold a list of records (each starting with "- ")' });
        else value.forEach((v, index) => records.push({ part, file: where, index, value: v }));
      }
    }
  }
  return { records, problems };
}
