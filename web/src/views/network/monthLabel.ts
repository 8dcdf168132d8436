/**
 * The slider's month in words ("June 2025"), from a table rather than Intl: the first Intl date
 * formatting of a page costs 35-55 ms (its locale data), on the network's first screen and on the path
 * of every slider step. Same words as `formatDate` (url/dates.ts) gives for the month.
 */
import { MONTH_NAMES } from '../../../../src/model/dates.js';

/** The month of an ISO date in words: "2025-06-30" → "June 2025". */
export function monthLabel(date: string): string {
  return `${MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}
