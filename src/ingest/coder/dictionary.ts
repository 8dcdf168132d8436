/**
 * Reading the coding dictionaries (data/coding/verbs.yaml, data/coding/gazetteer-extra.yaml): YAML
 * checked against zod schemas, every problem named by file, entry and field. The shipped files are
 * read once and cached; callers may pass their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ActorId, EnvironmentError, ValidationError, type Problem } from '../../model/index.js';
import { VerbPattern } from './patterns.js';

/** data/coding in the project (the same relative place from src/ and from dist/). */
export const DEFAULT_CODING_DIR = fileURLToPath(new URL('../../../data/coding/', import.meta.url));

const Reading = z
  .object({
    label: z.string().min(1),
    actor: ActorId.nullable(),
    after: z.array(z.string()).default([]),
    before: z.array(z.string()).default([]),
    near: z.array(z.string()).default([]),
  })
  .strict();

export const GazetteerExtra = z
  .object({
    names: z.array(z.object({ actor: ActorId, names: z.array(z.string().min(1)) }).strict()).default([]),
    /** Towns and cities: places of an actor, read like metonyms (a place after "in", a target after "visited"). */
    places: z.array(z.object({ actor: ActorId, names: z.array(z.string().min(1)) }).strict()).default([]),
    stop: z.array(z.string().min(1)).default([]),
    needs_context: z.array(z.object({ name: z.string().min(1), context: z.array(z.string()) }).strict()).default([]),
    ambiguous: z
      .array(z.object({ name: z.string().min(1), default: ActorId.nullable(), readings: z.array(Reading) }).strict())
      .default([]),
    demonym_heads: z
      .object({ people: z.array(z.string()).default([]), government: z.array(z.string()).default([]) })
      .strict()
      .default({ people: [], government: [] }),
  })
  .strict();
export type GazetteerExtra = z.infer<typeof GazetteerExtra>;
export type AmbiguityRule = GazetteerExtra['ambiguous'][number];

/** A coding YAML file as plain data; a ValidationError naming file and line on a syntax error. */
export function readYaml(path: string): unknown {
  if (!existsSync(path)) throw new EnvironmentError(`coding dictionary not found: ${path}`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length) {
    const problems: Problem[] = doc.errors.map((e) => ({
      where: `${path}:${e.linePos?.[0]?.line ?? '?'}`,
      message: `YAML syntax: ${e.message.split('\n')[0]}`,
    }));
    throw new ValidationError(problems, `${path} is not valid YAML`);
  }
  return doc.toJS();
}

/** Zod issues as problems naming the file, the record and the field. */
export function issues(error: z.ZodError, where: string, record?: string): Problem[] {
  return error.issues.map((i) => ({
    where,
    record,
    field: i.path.length ? i.path.map(String).join('.') : undefined,
    message: i.message,
  }));
}

/** Verb patterns from a YAML list; throws a ValidationError naming every bad entry. */
export function loadPatterns(path = `${DEFAULT_CODING_DIR}verbs.yaml`): VerbPattern[] {
  const raw = readYaml(path);
  if (!Array.isArray(raw))
    throw new ValidationError(
      [{ where: path, message: 'the file must hold a list of patterns' }],
      'bad coding dictionary',
    );
  const problems: Problem[] = [];
  const out: VerbPattern[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const id = (entry as { id?: unknown })?.id;
    const label = typeof id === 'string' ? `${id} (#${i + 1})` : `#${i + 1}`;
    const r = VerbPattern.safeParse(entry);
    if (!r.success) problems.push(...issues(r.error, path, label));
    else if (seen.has(r.data.id))
      problems.push({ where: path, record: label, field: 'id', message: 'duplicate pattern id' });
    else {
      seen.add(r.data.id);
      out.push(r.data);
    }
  });
  if (problems.length) throw new ValidationError(problems, `${path} has ${problems.length} problem(s)`);
  return out;
}

export function loadGazetteerExtra(path = `${DEFAULT_CODING_DIR}gazetteer-extra.yaml`): GazetteerExtra {
  const r = GazetteerExtra.safeParse(readYaml(path) ?? {});
  if (!r.success) throw new ValidationError(issues(r.error, path), `${path} is not a valid gazetteer file`);
  return r.data;
}

let shippedPatterns: VerbPattern[] | undefined;
let shippedExtra: GazetteerExtra | undefined;

/** The shipped verb patterns (read once). */
export function defaultPatterns(): VerbPattern[] {
  shippedPatterns ??= loadPatterns();
  return shippedPatterns;
}

/** The shipped gazetteer additions and ambiguity rules (read once). */
export function defaultGazetteerExtra(): GazetteerExtra {
  shippedExtra ??= loadGazetteerExtra();
  return shippedExtra;
}
