/**
 * Partial calendar dates. Orrery's sources date things to the day, the month or only the year,
 * so a date is an ISO-8601 prefix: "2023", "2023-09" or "2023-09-19". Its precision is the
 * number of parts given. Comparisons use the first or last day the date can mean.
 */
import { z } from 'zod';

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a valid partial date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const m = DATE_RE.exec(value);
  if (!m) return `"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (day !== undefined && month !== undefined) {
    const max = daysInMonth(Number(m[1]), month);
    if (day < 1 || day > max) return `"${value}" is impossible: that month has ${max} days`;
  }
  return null;
}

/** A partial date. YAML may hand a bare year over as a number, so numbers are accepted. */
export const PartialDate = z.preprocess(
  (v) =>
    typeof v === 'number' && Number.isInteger(v) ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v,
  z.string().superRefine((s, ctx) => {
    const problem = dateProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);
export type PartialDate = string;

/** The months in English, January first: for dates written out ("8 August 2025", "July 2025"). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

/** Days since 1970-01-01 of a full date; used for decay and windows. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${firstDay(day)}T00:00:00Z`) / 86_400_000);
}

/** True when the interval [from, to] (partial dates, to open when null) covers the day `at`. */
export function coversDate(from: string | null | undefined, to: string | null | undefined, at: string): boolean {
  const day = firstDay(at);
  if (from && firstDay(from) > day) return false;
  if (to && lastDay(to) < day) return false;
  return true;
}

/** Two partial dates are compatible when the ranges of days they can mean overlap. */
export function datesOverlap(a: string, b: string): boolean {
  return firstDay(a) <= lastDay(b) && firstDay(b) <= lastDay(a);
}
