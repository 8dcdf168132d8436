/** Turning raw records into typed ones, with every schema problem named by file, record and field. */
import type { z } from 'zod';
import { SCHEMAS, emptyDataset, type Dataset, type Problem, type RecordKind } from '../model/index.js';
import type { RawRecord } from './files.js';

function recordLabel(raw: RawRecord): string {
  const v = raw.value as { id?: unknown } | null;
  const id = v && typeof v === 'object' && typeof v.id === 'string' ? v.id : undefined;
  return id ? `${id} (#${raw.index + 1})` : `#${raw.index + 1}`;
}

/** Readable problems for one failed parse. */
export function zodProblems(error: z.ZodError, where: string, record: string): Problem[] {
  return error.issues.map((issue) => ({
    where,
    record,
    field: issue.path.length ? issue.path.map(String).join('.') : undefined,
    message: issue.message,
  }));
}

export function parseRecords(raws: RawRecord[]): {
  dataset: Dataset;
  problems: Problem[];
  origins: Map<string, string>;
} {
  const dataset = emptyDataset();
  const problems: Problem[] = [];
  /** "kind:id" → file, to name the file when a later check fails. */
  const origins = new Map<string, string>();
  for (const raw of raws) {
    const result = SCHEMAS[raw.kind].safeParse(raw.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, raw.file, recordLabel(raw)));
      continue;
    }
    const record = result.data as { id: string };
    const key = `${raw.kind}:${record.id}`;
    if (origins.has(key)) {
      problems.push({
        where: raw.file,
        record: record.id,
        field: 'id',
        message: `duplicate id: already defined in ${origins.get(key)}`,
      });
      continue;
    }
    origins.set(key, raw.file);
    (dataset[raw.kind] as unknown[]).push(record);
  }
  return { dataset, problems, origins };
}

export function originOf(origins: Map<string, string>, kind: RecordKind, id: string): string {
  return origins.get(`${kind}:${id}`) ?? kind;
}
