/**
 * The dataset's actors read straight from its YAML files, without a store: what the coder needs to
 * find names in a text when nothing is loaded (`orrery extract`, `orrery eval`, the coder's tests).
 */
import { ValidationError, type Actor } from '../model/index.js';
import { readDatasetFiles } from './files.js';
import { parseRecords } from './parse.js';

/** The dataset's actors, read from the YAML files (no store). */
export function datasetActors(dataDir: string): Actor[] {
  const { records, problems } = readDatasetFiles(dataDir);
  const parsed = parseRecords(records.filter((r) => r.kind === 'actors'));
  problems.push(...parsed.problems);
  if (problems.length)
    throw new ValidationError(problems, `the actors in ${dataDir} have ${problems.length} problem(s)`);
  return parsed.dataset.actors;
}
