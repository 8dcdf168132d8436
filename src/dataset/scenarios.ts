/**
 * The scenario files: `<data>/scenarios/<id>.yaml`, one scenario a file (model/scenario.ts), kept
 * beside the evidence as reviewable text. Reading never throws on bad content: each file comes back
 * with its scenario or with its problems, named by file and field, so one broken file never hides
 * the others and a broken scenario is never applied in part.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import {
  ConflictError,
  Scenario,
  scenarioProblems,
  type Dataset,
  type Problem,
  type ScenarioInput,
} from '../model/index.js';
import { readIssueFiles } from './issues.js';
import { loadTransportNetwork } from './transport.js';
import { zodProblems } from './parse.js';

export interface ScenarioFile {
  /** The file, relative to the dataset's parent folder (`caucasus/scenarios/tripp-opens.yaml`). */
  file: string;
  /** The id the file name gives. */
  id: string;
  scenario?: Scenario;
  problems: Problem[];
}

export function scenariosDir(dataDir: string): string {
  return join(dataDir, 'scenarios');
}

export function readScenarioFile(path: string, where: string): ScenarioFile {
  const id = basename(path).replace(/\.ya?ml$/, '');
  const problems: Problem[] = [];
  const doc = parseDocument(readFileSync(path, 'utf8'));
  for (const err of doc.errors) {
    const line = err.linePos?.[0];
    problems.push({
      where: line ? `${where}:${line.line}` : where,
      message: `YAML syntax: ${err.message.split('\n')[0]}`,
    });
  }
  if (problems.length) return { file: where, id, problems };
  const parsed = Scenario.safeParse(doc.toJS());
  if (!parsed.success) return { file: where, id, problems: zodProblems(parsed.error, where, id) };
  if (parsed.data.id !== id)
    problems.push({ where, record: parsed.data.id, field: 'id', message: `the id must match the file name ("${id}")` });
  return { file: where, id, scenario: parsed.data, problems };
}

/** Every scenario file of a dataset directory, in name order. */
export function readScenarioFiles(dataDir: string): ScenarioFile[] {
  const dir = scenariosDir(dataDir);
  if (!existsSync(dir)) return [];
  const base = join(dataDir, '..');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readScenarioFile(join(dir, f), relative(base, join(dir, f))));
}

/**
 * Write a scenario as `<data>/scenarios/<id>.yaml` (a temporary file renamed into place, so a reader
 * never sees half a file). An existing file is kept unless `replace` is set. Returns the path.
 */
export function writeScenarioFile(dataDir: string, scenario: ScenarioInput, replace = false): string {
  const dir = scenariosDir(dataDir);
  const path = join(dir, `${scenario.id}.yaml`);
  if (!replace && existsSync(path))
    throw new ConflictError(`scenario "${scenario.id}" exists (${path}); send replace=true to overwrite it`);
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(
    tmp,
    `# Saved through the API; review it like any data file.\n${stringify(scenario, { lineWidth: 100 })}`,
  );
  renameSync(tmp, path);
  return path;
}

/**
 * Every problem of the scenario files against the dataset files (what `orrery validate` reports):
 * their shape, and the names, contradictions and dates `scenarioProblems` checks. Events ingested
 * into a store are not in the files, so a scenario naming one is checked again when it runs.
 */
export function checkScenarioFiles(dataDir: string, ds: Dataset): Problem[] {
  const files = readScenarioFiles(dataDir);
  if (!files.length) return [];
  const segments = new Set(loadTransportNetwork(dataDir).network.segments.map((s) => s.id));
  const dates = [...ds.events.map((e) => e.date), ...ds.relations.map((r) => r.from)].sort();
  const universe = {
    actors: new Set(ds.actors.map((a) => a.id)),
    events: new Set(ds.events.map((e) => e.id)),
    relations: new Map(ds.relations.map((r) => [r.id, { from: r.from, to: r.to, actors: r.actors }])),
    segments,
    otherIds: new Set([...ds.dependencies.map((d) => d.id), ...ds.indicators.map((i) => i.id)]),
    span: { first: dates[0] ?? '1900', last: dates[dates.length - 1] ?? '2100' },
    issues: new Map(
      readIssueFiles(dataDir).issues.map(({ issue }) => [
        issue.id,
        { actors: new Set(issue.actors.map((a) => a.actor)), salienceScale: issue.salienceScale },
      ]),
    ),
  };
  return files.flatMap((f) =>
    f.scenario && !f.problems.length
      ? scenarioProblems(f.scenario, universe).map((p) => ({
          where: f.file,
          record: f.id,
          field: p.path,
          message: p.message,
        }))
      : f.problems,
  );
}
