/**
 * The period a briefing covers and the one it is compared with: `since` to `at` (whole days, both
 * included; `since` defaults to the first day of the month of `at`), and the previous period of
 * equal length that ends the day before `since` (the same number of calendar months when the
 * period is whole months). An event is placed as the analyses place it (the
 * middle of the days its date can mean, src/analysis/filters.ts `eventDay`), so an event known only
 * to the year 2025 falls on 2 July 2025, as it does in the network and the diff.
 */
import { eventDay } from '../../analysis/filters.js';
import { UsageError, dayNumber, firstDay, lastDay } from '../../model/index.js';

export interface Period {
  /** First and last day, YYYY-MM-DD. */
  since: string;
  at: string;
  /** Day numbers (days since 1970-01-01), both included. */
  from: number;
  to: number;
  days: number;
  previous: { since: string; at: string; from: number; to: number };
}

export const dayString = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * The first day of the previous period: as many whole calendar months back when the period is whole
 * months (a quarter is compared with the quarter before), else the same number of days back.
 */
function previousStart(start: string, end: string, days: number): number {
  const whole = start.endsWith('-01') && lastDay(end.slice(0, 7)) === end;
  if (!whole) return dayNumber(start) - days;
  const months =
    (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(end.slice(5, 7)) -
    Number(start.slice(5, 7)) +
    1;
  const index = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 - months;
  return dayNumber(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
}

export function briefingPeriod(at: string, since?: string): Period {
  const end = lastDay(at);
  const start = since ? firstDay(since) : `${end.slice(0, 7)}-01`;
  const from = dayNumber(start);
  const to = dayNumber(end);
  if (from > to) throw new UsageError(`--since ${since} is after --at ${at}`);
  const days = to - from + 1;
  const previous = { from: previousStart(start, end, days), to: from - 1 };
  return {
    since: start,
    at: end,
    from,
    to,
    days,
    previous: { ...previous, since: dayString(previous.from), at: dayString(previous.to) },
  };
}

/** Where an event falls: this period, the previous one, or neither. */
export function periodOf(date: string, p: Period): 'now' | 'before' | null {
  const d = eventDay(date);
  if (d >= p.from && d <= p.to) return 'now';
  if (d >= p.previous.from && d <= p.previous.to) return 'before';
  return null;
}

/** A period's length in words: "month", "quarter", "year" when it is one, else "N days". */
export function periodWord(p: Pick<Period, 'days'>): string {
  if (p.days >= 28 && p.days <= 31) return 'month';
  if (p.days >= 89 && p.days <= 92) return 'quarter';
  if (p.days >= 365 && p.days <= 366) return 'year';
  return `${p.days} days`;
}
