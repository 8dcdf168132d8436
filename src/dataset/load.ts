/**
 * Loading the dataset: read the files, check the schemas, the references and the citations, and
 * hand back a typed Dataset together with every problem found. Nothing is written here; the
 * store loads a dataset only when it has no problems, in one transaction.
 */
import type { Citation, Dataset, Problem } from '../model/index.js';
import { ValidationError } from '../model/index.js';
import { readDatasetFiles } from './files.js';
import { sha256 } from './hash.js';
import { transportNetworkProblems } from './transport.js';
import { checkCitations, checkReferences, checkSourceHashes } from './integrity.js';
import { readIssueFiles } from './issues.js';
import { originOf, parseRecords } from './parse.js';
import { SourceTexts } from './texts.js';

export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
  texts: SourceTexts;
  /** False when the source texts could not be found, so citations were not checked. */
  citationsChecked: boolean;
}

export function loadDataset(dataDir: string, sourcesDir: string): LoadResult {
  const { records, problems } = readDatasetFiles(dataDir);
  const parsed = parseRecords(records);
  problems.push(...parsed.problems);
  const ds = parsed.dataset;
  const where = (kind: Parameters<typeof originOf>[1], id: string): string => originOf(parsed.origins, kind, id);
  problems.push(...checkReferences(ds, where));
  const texts = new SourceTexts(sourcesDir, new Map(ds.sources.map((s) => [s.id, s])));
  const citationsChecked = ds.sources.some((s) => texts.text(s.id) !== undefined);
  if (citationsChecked) {
    problems.push(...checkSourceHashes(ds, texts, sha256));
    problems.push(...checkCitations(ds, texts, where));
  }
  problems.push(...transportNetworkProblems(dataDir, ds, citationsChecked ? texts : undefined));
  // The bargaining issues (issues/*.yaml) are not store records, but `validate` checks them too.
  const check = citationsChecked ? (c: Citation) => texts.check(c) : undefined;
  problems.push(...readIssueFiles(dataDir, check, new Set(ds.actors.map((a) => a.id))).problems);
  return { dataset: ds, problems, texts, citationsChecked };
}

/** Load, throwing a ValidationError that lists every problem when there is any. */
export function loadDatasetOrThrow(dataDir: string, sourcesDir: string): LoadResult {
  const result = loadDataset(dataDir, sourcesDir);
  if (result.problems.length)
    throw new ValidationError(result.problems, `the dataset in ${dataDir} has ${result.problems.length} problem(s)`);
  return result;
}
