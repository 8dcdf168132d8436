/**
 * Query-string parameters as zod schemas: every value arrives as a string, so lists are split on
 * commas, numbers and booleans are read from their text, and dates are checked as partial dates.
 * The JSON Schema of each (for the OpenAPI document) shows the type the value must read as.
 */
import { z } from 'zod';
import { dateProblem } from '../model/index.js';

/** "a,b, c" → ["a", "b", "c"]; an empty string is an empty list. */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(item));
}

/** A whole number ≥ min, written in decimal digits. */
export function int(min = 0) {
  return z.preprocess((v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v), z.number().int().min(min));
}

/** Any finite number. */
export const number = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v), z.number());

/** true/false (also 1/0, yes/no); a bare `?planned` means true. */
export const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['', 'true', '1', 'yes'].includes(s)) return true;
  if (['false', '0', 'no'].includes(s)) return false;
  return v;
}, z.boolean());

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const date = z.string().superRefine((s, ctx) => {
  const problem = dateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}).meta({ examples: ['2025-06-01', '2024-05', '2020'] });

/** A record or actor id in a path. */
export const id = z.string().min(1).max(200);
