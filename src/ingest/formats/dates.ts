/** Publication dates found in a document's metadata, brought to Orrery's partial-date form. */
import { dateProblem } from '../../model/index.js';

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?/;

/**
 * A partial date (YYYY, YYYY-MM or YYYY-MM-DD) from what metadata holds: an ISO-8601 date or
 * timestamp (the calendar date as written, not shifted to UTC), a PDF date (D:YYYYMMDD...), a Date,
 * or a date in words Date.parse understands. Undefined when nothing sensible is found.
 */
export function metadataDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value > 1000 && value < 3000) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const pdf = PDF_DATE.exec(s);
  const iso = pdf ? [s, pdf[1], pdf[2], pdf[3]] : ISO_PREFIX.exec(s);
  let date: string | undefined;
  if (iso) date = [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  else if (/[a-z]/i.test(s) && /\d{4}/.test(s)) {
    const t = Date.parse(s);
    // Date.parse reads a date in words as local midnight: take the local calendar day back out.
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }
  }
  return date && dateProblem(date) === null ? date : undefined;
}
