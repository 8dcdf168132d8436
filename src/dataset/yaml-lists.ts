/**
 * Reading a dataset YAML file whose top level is a list of records: every document of the file is
 * read, syntax errors and a top level that is not a list become located problems (file and line),
 * never exceptions, and each record comes back with its index in the list.
 */
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { Problem } from '../model/index.js';

/** The records of the YAML file at `path`, named `where` in problems (pushed onto `problems`). */
export function readYamlList(
  path: string,
  where: string,
  problems: Problem[],
): Array<{ index: number; value: unknown }> {
  const out: Array<{ index: number; value: unknown }> = [];
  const docs = parseAllDocuments(readFileSync(path, 'utf8'));
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
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
    else value.forEach((v, index) => out.push({ index, value: v }));
  }
  return out;
}
