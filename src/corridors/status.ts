/**
 * A segment at a date: its status (the last change on or before the day), whether a route may use
 * it, and who controls it then. Control: the parties with role `controls` or `operates` over an
 * interval covering the day; when none of them `controls`, also the `sovereign` parties, or else
 * the states the segment crosses (a sovereign is taken to control what lies in its territory).
 */
import { coversDate, firstDay } from '../model/dates.js';
import type { Segment, SegmentStatus } from '../model/network.js';

/** The status on day `at`, or null before the first recorded status. */
export function statusAt(s: Pick<Segment, 'status'>, at: string): SegmentStatus | null {
  const day = firstDay(at);
  let current: SegmentStatus | null = null;
  for (const e of s.status) if (firstDay(e.from) <= day) current = e.status;
  return current;
}

/** True when a route may use a segment in this status (planned links only when asked for). */
export function usable(status: SegmentStatus | null, planned: boolean): boolean {
  if (status === 'operational') return true;
  return planned && (status === 'planned' || status === 'under-construction');
}

/** The parties that control a segment on day `at` (see the header for the rule). */
export function controlledBy(s: Pick<Segment, 'parties' | 'countries'>, at: string): string[] {
  const live = s.parties.filter((p) => coversDate(p.from, p.to, at));
  const ctl = live.filter((p) => p.role === 'controls' || p.role === 'operates').map((p) => p.party);
  if (!live.some((p) => p.role === 'controls')) {
    const sovereign = live.filter((p) => p.role === 'sovereign').map((p) => p.party);
    ctl.push(...(sovereign.length ? sovereign : s.countries));
  }
  return [...new Set(ctl)];
}
