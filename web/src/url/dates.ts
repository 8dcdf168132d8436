/** Dates as the views use them: ISO days, the slider's months from 1988 to 2026, today. */

export const FIRST_YEAR = 1988;
export const LAST_YEAR = 2026;
export const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

/** Last day of the month `index` months after January 1988. */
export function monthEnd(index: number): string {
  const y = FIRST_YEAR + Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/** The slider index of the month a date falls in, clamped to 1988-01 .. 2026-12. */
export function monthIndex(date: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return MONTHS - 1;
  const i = (Number(m[1]) - FIRST_YEAR) * 12 + (m[2] ? Number(m[2]) - 1 : 11);
  return Math.min(MONTHS - 1, Math.max(0, i));
}

export function isDate(s: string | null | undefined): s is string {
  return !!s && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The default date of the views: today if inside the slider's range, else its last day. */
export function defaultDate(): string {
  const t = today();
  return t > `${LAST_YEAR}-12-31` ? `${LAST_YEAR}-12-31` : t;
}

/** "2025-06" → "June 2025" and the like, for headings. */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y ?? d;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}
