/**
 * Kinds of operation parameter that mean more than their JSON type: an actor named by id, name,
 * capital or title; a list of them; a ratio "A:B" or "A:B:metric"; a partial date. The kind rides on
 * the zod schema as metadata (it also shows in the JSON Schema as `kind`), so every front reads it
 * from the one description and one resolver (src/operations/resolve.ts) turns names into ids.
 */
import { z } from 'zod';
import { dateProblem } from './dates.js';

export const PARAM_KINDS = ['actor', 'actors', 'ratios', 'date'] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];

/** One actor: an id, or a name, capital, demonym or title resolved at the operation's date. */
export function actorParam(description: string) {
  return z.string().min(1).meta({ kind: 'actor', description });
}

/** Several actors, comma-separated in text. */
export function actorsParam(description: string) {
  return z.array(z.string().min(1)).meta({ kind: 'actors', description });
}

/** Pairs to compare, "A:B" or "A:B:metric"; the actors in them resolve like actor parameters. */
export function ratiosParam(description: string) {
  return z.array(z.string()).meta({ kind: 'ratios', description });
}

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function dateParam(description: string) {
  return z
    .string()
    .superRefine((s, ctx) => {
      const problem = dateProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ kind: 'date', description });
}

/** The kind of a parameter, looking through optional, default and nullable wrappers; undefined for plain ones. */
export function kindOf(field: z.ZodType): ParamKind | undefined {
  let f: z.ZodType | undefined = field;
  for (let depth = 0; f && depth < 8; depth++) {
    const kind = f.meta()?.kind;
    if (typeof kind === 'string' && (PARAM_KINDS as readonly string[]).includes(kind)) return kind as ParamKind;
    const def = f._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    f = def.innerType ?? def.in;
  }
  return undefined;
}

const kindsOf = new WeakMap<z.ZodObject, Readonly<Record<string, ParamKind>>>();

/** The kinds of every field of an object schema that has one (read once per schema: schemas do not change). */
export function paramKinds(schema: z.ZodObject): Readonly<Record<string, ParamKind>> {
  let out = kindsOf.get(schema);
  if (!out) {
    const found: Record<string, ParamKind> = {};
    for (const [name, field] of Object.entries(schema.shape)) {
      const kind = kindOf(field as z.ZodType);
      if (kind) found[name] = kind;
    }
    kindsOf.set(schema, (out = found));
  }
  return out;
}
