/**
 * Periods of an unchanged network: the days on which anything a routing graph reads changes (a
 * segment's status, a party's interval of control), so that every date between two such days gives
 * the same graph. A router keeps one graph per period and constraints instead of one per date: a
 * time slider moving day by day rebuilds the graph only when the slider crosses a change.
 */
import { firstDay, lastDay } from '../model/dates.js';
import type { TransportNetwork } from '../model/transport.js';

const memo = new WeakMap<TransportNetwork, string[]>();

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The days, sorted and each once, on which a segment's status or control can change. */
export function changeDays(net: TransportNetwork): string[] {
  let days = memo.get(net);
  if (!days) {
    const set = new Set<string>();
    for (const s of net.segments) {
      for (const e of s.status) set.add(firstDay(e.from));
      for (const p of s.parties) {
        if (p.from) set.add(firstDay(p.from));
        if (p.to) set.add(dayAfter(lastDay(p.to)));
      }
    }
    days = [...set].sort();
    memo.set(net, days);
  }
  return days;
}

/**
 * The period a date falls in: how many change days fall on or before its first day. Two dates with
 * the same period see every segment with the same status and the same controllers.
 */
export function periodOf(net: TransportNetwork, at: string): number {
  const days = changeDays(net);
  const day = firstDay(at);
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
