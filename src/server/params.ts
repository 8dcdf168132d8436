/**
 * Query-string parameters as zod schemas: every value arrives as a string, so lists are split on
 * commas, numbers and booleans are read from their text, and dates are checked as partial dates.
 * The JSON Schema of each (for the OpenAPI document) shows the type the value must read as.
 * A value that does not read as its type gets a message saying what it must be and what it was
 * ("must be an integer between 1 and 1000000000 (got "1e12")"); the error mapping puts the
 * parameter's name in front (src/server/errors.ts), never zod's "expected number, received string".
 */
import { z } from 'zod';
import { dateProblem } from '../model/index.js';
import { LIMITS } from './limits.js';

/** `(got "1e12")`, shortened when long. */
function got(input: unknown): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  return ` (got "${text.length > 40 ? `${text.slice(0, 40)}…` : text}")`;
}

/** "a,b, c" → ["a", "b", "c"]; an empty string is an empty list. */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(item),
  );
}

/** A whole number from min to max (default LIMITS.queryInteger), written in decimal digits. */
export function int(min = 0, max: number = LIMITS.queryInteger) {
  const error = (iss: { input?: unknown }): string => `must be an integer between ${min} and ${max}${got(iss.input)}`;
  return z.preprocess(
    (v) => (typeof v === 'string' && /^[+-]?\d+$/.test(v.trim()) ? Number(v) : v),
    z.number({ error }).int({ error }).min(min, { error }).max(max, { error }),
  );
}

/** Any finite number. */
export const number = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v),
  z.number({ error: (iss) => `must be a number${got(iss.input)}` }),
);

/** true/false (also 1/0, yes/no); a bare `?planned` means true. */
export const bool = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const s = v.trim().toLowerCase();
    if (['', 'true', '1', 'yes'].includes(s)) return true;
    if (['false', '0', 'no'].includes(s)) return false;
    return v;
  },
  z.boolean({ error: (iss) => `must be true or false${got(iss.input)}` }),
);

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const date = z
  .string()
  .superRefine((s, ctx) => {
    const problem = dateProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ examples: ['2025-06-01', '2024-05', '2020'] });

/** A record or actor id in a path. */
export const id = z.string().min(1).max(200);
