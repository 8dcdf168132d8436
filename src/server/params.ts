/**
 * Query-string readers for the routes that are not operations (review, ingest, the geo layers): each
 * is a field of src/contracts/text.ts read from text, so every front coerces text one way and says
 * the same when a value does not read ("must be an integer between 1 and 1000000000 (got "1e12")").
 */
import { z } from 'zod';
import { dateParam } from '../model/param-kinds.js';
import { flag, integer, number as numberField, textField } from '../contracts/text.js';

export { id } from '../contracts/text.js';

/** "a,b, c" → ["a", "b", "c"]; an empty string is an empty list. */
export function list<T extends z.ZodType>(item: T) {
  return textField(z.array(item));
}

/** A whole number from min to max, written in decimal digits. */
export function int(min = 0, max?: number) {
  return textField(integer(min, max));
}

/** Any finite number. */
export const number = textField(numberField());

/** true/false (also 1/0, yes/no); a bare `?planned` means true. */
export const bool = textField(flag());

/** A partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const date = dateParam('a partial date: YYYY, YYYY-MM or YYYY-MM-DD').meta({
  examples: ['2025-06-01', '2024-05', '2020'],
});
