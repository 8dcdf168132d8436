/**
 * The dataset on disk: a folder per record kind (actors/, events/...), each holding YAML files whose
 * top level is a list of records, plus sources.yaml. Files are read in name order.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlList } from './yaml-lists.js';
import { RECORD_KINDS, type Problem, type RecordKind } from '../model/index.js';

export interface RawRecord {
  kind: RecordKind;
  file: string;
  index: number;
  value: unknown;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => join(dir, f));
}

/** Every file that holds records of a kind: `<kind>.yaml` and `<kind>/*.yaml`. */
export function filesOfKind(dataDir: string, kind: RecordKind): string[] {
  const single = [join(dataDir, `${kind}.yaml`), join(dataDir, `${kind}.yml`)].filter((f) => existsSync(f));
  return [...single, ...yamlFiles(join(dataDir, kind))];
}

/** Parse every dataset file; syntax errors and non-list files become problems, never exceptions. */
export function readDatasetFiles(dataDir: string, base = dataDir): { records: RawRecord[]; problems: Problem[] } {
  const records: RawRecord[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dataDir)) {
    problems.push({ where: dataDir, message: 'the dataset directory does not exist' });
    return { records, problems };
  }
  for (const kind of RECORD_KINDS) {
    for (const path of filesOfKind(dataDir, kind)) {
      const where = relative(base, path) || path;
      for (const { index, value } of readYamlList(path, where, problems))
        records.push({ kind, file: where, index, value });
    }
  }
  return { records, problems };
}
