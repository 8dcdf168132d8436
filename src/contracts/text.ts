/**
 * Parameters read from text, once for every front: a query string (HTTP) and command-line options
 * (CLI) both arrive as strings, and `readText` turns each into the JSON type its field declares
 * (lists split on commas, whole numbers, numbers, booleans, enum values in any letter case). A text
 * that does not read as its type is left as it is, so the field's own schema reports it, with the
 * messages of the field builders below ("must be an integer between 1 and 1000 (got "1e12")"),
 * never zod's "expected number, received string". Browser-safe: zod and the model only.
 */
import { z } from 'zod';

/** The largest whole number a parameter may be unless its field says less. */
export const INTEGER_MAX = 1_000_000_000;

/** `(got "1e12")`, shortened when long. */
function got(input: unknown): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  return ` (got "${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
}

/** A whole number from min to max, with a message that says the range and what was given. */
export function integer(min = 0, max: number = INTEGER_MAX) {
  const error = (iss: { input?: unknown }): string => `must be an integer between ${min} and ${max}${got(iss.input)}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/** Any finite number. */
export function number() {
  return z.number({ error: (iss) => `must be a number${got(iss.input)}` });
}

/** true or false (in text also 1/0, yes/no; a bare `?planned` means true). */
export function flag() {
  return z.boolean({ error: (iss) => `must be true or false${got(iss.input)}` });
}

/** A record id in a path or a query. */
export const id = z.string().min(1).max(200);

interface FieldType {
  type?: string;
  enum?: unknown[];
  items?: { type?: string; enum?: unknown[] };
}

const types = new WeakMap<z.ZodType, FieldType>();

/** The JSON type a field reads as (looked up once per field). */
function typeOf(field: z.ZodType): FieldType {
  let t = types.get(field);
  if (!t) {
    t = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as FieldType;
    types.set(field, t);
  }
  return t;
}

/** An enum value written in another letter case is that value ("mobilize" is MOBILIZE). */
function option(text: string, options: unknown[] | undefined): string {
  if (!options || options.includes(text)) return text;
  const lower = text.toLowerCase();
  const hit = options.find((o) => typeof o === 'string' && o.toLowerCase() === lower);
  return typeof hit === 'string' ? hit : text;
}

/** One text value as the type of its field; a text that does not read as that type is returned as it is. */
export function readValue(field: z.ZodType, text: string): unknown {
  const t = typeOf(field);
  switch (t.type) {
    case 'array':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => option(s, t.items?.enum));
    case 'integer':
      return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : text;
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'boolean': {
      const s = text.trim().toLowerCase();
      if (['', 'true', '1', 'yes'].includes(s)) return true;
      if (['false', '0', 'no'].includes(s)) return false;
      return text;
    }
    default:
      return option(text, t.enum);
  }
}

/** Every string value of `raw` read as the type of its field in `schema`; other values and unknown keys pass as they are. */
export function readText(schema: z.ZodObject, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const field = schema.shape[k] as z.ZodType | undefined;
    out[k] = field && typeof v === 'string' ? readValue(field, v) : v;
  }
  return out;
}

/** A field that reads its value from text (for a schema built field by field). */
export function textField<F extends z.ZodType>(field: F) {
  return z.preprocess((v) => (typeof v === 'string' ? readValue(field, v) : v), field);
}

/** An object schema that reads every field from text, then checks the values with `schema` itself. */
export function fromText<S extends z.ZodObject>(schema: S) {
  return z.preprocess(
    (v) => (v && typeof v === 'object' && !Array.isArray(v) ? readText(schema, v as Record<string, unknown>) : v),
    schema,
  );
}

/** One of a set of words, with a message that lists them and says what was given. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) => `must be one of ${values.join(', ')}, not "${String(iss.input)}"`,
  });
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a comma-separated list',
  object: 'an object',
};

/**
 * Messages for values read from text that are still text after reading: "must be a number (got
 * "soon")" rather than zod's "expected number, received string". Pass it to the parse of any input
 * read with `readText` (`schema.safeParse(v, { error: textErrors })`); other issues keep their messages.
 */
export const textErrors: z.core.$ZodErrorMap = (iss) => {
  if (iss.code !== 'invalid_type' || typeof iss.input !== 'string') return undefined;
  const want = EXPECTED[iss.expected];
  return want ? `must be ${want}${got(iss.input)}` : undefined;
};
