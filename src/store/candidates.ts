/**
 * The window of a corroboration candidate look-up (Store.findCandidates), the same for every backend:
 * the days the new event's dates can mean, widened by the window on both sides.
 */
import { dayNumber, firstDay, lastDay } from '../model/index.js';
import type { CandidateQuery, OriginKind } from './store.js';

/** Origins looked in when a candidate query names none: what a curator wrote and what was coded from documents. */
export const CANDIDATE_ORIGINS: OriginKind[] = ['curated', 'coded'];

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function shiftDay(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** First and last day (YYYY-MM-DD) a candidate may touch. */
export function candidateDays(q: CandidateQuery): { from: string; to: string } {
  const window = Math.max(0, Math.floor(q.windowDays));
  return { from: shiftDay(firstDay(q.date), -window), to: shiftDay(lastDay(q.end_date ?? q.date), window) };
}
