/**
 * Reading the bargaining issues (`<data>/issues/*.yaml`, one issue per file): each file is parsed,
 * checked against the BargainingIssue schema (scales, the salience scale, at least two actors) and,
 * when a citation checker is given, every cited passage is checked against its source text (and, given
 * the dataset's actor ids, every actor must be one of them). Every
 * problem names the file, the issue and the field; nothing is returned unless all files are sound.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { BargainingIssue } from '../model/bargaining.js';
import { citationsOf, type Citation } from '../model/citation.js';
import { NotFoundError, ValidationError, type Problem } from '../model/errors.js';
import { zodProblems } from './parse.js';

export interface LoadedIssue {
  issue: BargainingIssue;
  /** The file, relative to the data folder's parent when possible. */
  file: string;
}

/** Checks one citation: null when it resolves, else why not (SourceTexts.check fits). */
export type CitationCheck = (c: Citation) => string | null;

/** Parses one issue file's text; problems go to `problems`, named by `where`. */
export function parseIssue(
  text: string,
  where: string,
  problems: Problem[],
  check?: CitationCheck,
  knownActors?: ReadonlySet<string>,
): BargainingIssue | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0];
      problems.push({
        where: line ? `${where}:${line.line}` : where,
        message: `YAML syntax: ${err.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const raw = doc.toJS() as unknown;
  const id =
    raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : '?';
  const parsed = BargainingIssue.safeParse(raw);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, where, id));
    return undefined;
  }
  const before = problems.length;
  if (check)
    for (const { field, citation } of citationsOf(parsed.data)) {
      const why = check(citation);
      if (why) problems.push({ where, record: id, field, message: why });
    }
  if (knownActors)
    parsed.data.actors.forEach((a, i) => {
      if (!knownActors.has(a.actor))
        problems.push({ where, record: id, field: `actors.${i}.actor`, message: `unknown actor "${a.actor}"` });
    });
  return problems.length === before ? parsed.data : undefined;
}

/** Every sound issue under `<dataDir>/issues`, and every problem of the others (for `orrery validate`). */
export function readIssueFiles(
  dataDir: string,
  check?: CitationCheck,
  knownActors?: ReadonlySet<string>,
): { issues: LoadedIssue[]; problems: Problem[] } {
  const dir = join(dataDir, 'issues');
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { issues: [], problems };
  const out: LoadedIssue[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const path = join(dir, name);
    const file = relative(join(dataDir, '..', '..'), path) || path;
    const issue = parseIssue(readFileSync(path, 'utf8'), file, problems, check, knownActors);
    if (issue) {
      if (`${issue.id}.yaml` !== name && `${issue.id}.yml` !== name)
        problems.push({
          where: file,
          record: issue.id,
          field: 'id',
          message: `the id must match the file name (${name})`,
        });
      else out.push({ issue, file });
    }
  }
  return { issues: out.sort((a, b) => a.issue.id.localeCompare(b.issue.id)), problems };
}

/** Every issue under `<dataDir>/issues`, sorted by id; throws a ValidationError naming every bad file and field. */
export function loadIssues(dataDir: string, check?: CitationCheck, knownActors?: ReadonlySet<string>): LoadedIssue[] {
  const { issues, problems } = readIssueFiles(dataDir, check, knownActors);
  if (problems.length > 0) throw new ValidationError(problems, 'invalid bargaining issue');
  return issues;
}

/** One issue by id, or NotFoundError listing the known ones. */
export function findIssue(issues: readonly LoadedIssue[], id: string): LoadedIssue {
  const hit = issues.find((i) => i.issue.id === id);
  if (!hit) throw new NotFoundError('issue', id, `known: ${issues.map((i) => i.issue.id).join(', ') || 'none'}`);
  return hit;
}
