/**
 * A segment at a date: its status (the last change on or before the day), whether a route may use
 * it, and who controls it then. Control: the parties with role `controls` or `operates` over an
 * interval covering the day; when none of them `controls`, also the `sovereign` parties, or else
 * the states the segment crosses (a sovereign is taken to control what lies in its territory).
 */
import { coversDate, firstDay } from '../model/dates.js';
import type { Place, Segment, SegmentStatus } from '../model/transport.js';

/**
 * The status on day `at`, or null before the first recorded status. Entries scoped to a traffic
 * (`traffic: [A, B]`) count only when `traffic` names the same pair (in either order); the status
 * for all traffic ignores them.
 */
export function statusAt(
  s: Pick<Segment, 'status'>,
  at: string,
  traffic?: readonly [string, string],
): SegmentStatus | null {
  const day = firstDay(at);
  let current: SegmentStatus | null = null;
  for (const e of s.status) {
    if (e.traffic && !(traffic && sameScope(e.traffic, traffic))) continue;
    if (firstDay(e.from) <= day) current = e.status;
  }
  return current;
}

function sameScope(a: readonly string[], b: readonly string[]): boolean {
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

/** The traffic scopes of a segment's status entries, each once. */
export function trafficScopes(s: Pick<Segment, 'status'>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of s.status) {
    const t = e.traffic as [string, string] | undefined;
    if (t && !out.some((o) => sameScope(o, t))) out.push([t[0], t[1]]);
  }
  return out;
}

/** The scopes whose traffic may not use the segment on day `at` although other traffic may. */
export function closedScopes(s: Pick<Segment, 'status'>, at: string, planned: boolean): Array<[string, string]> {
  if (!usable(statusAt(s, at), planned)) return [];
  return trafficScopes(s).filter((t) => !usable(statusAt(s, at, t), planned));
}

/**
 * Whether a route between two places is traffic of scope [A, B]: one end lies in A and the other in
 * B. An end lies in an id when the id is its territory, or its state while not in the scope's other
 * id (so AZE in [AZE, NAKHCHIVAN] means Azerbaijan outside Nakhchivan).
 */
export function isTraffic(
  scope: readonly [string, string],
  a: Pick<Place, 'country' | 'territory'>,
  b: Pick<Place, 'country' | 'territory'>,
): boolean {
  const inArea = (p: Pick<Place, 'country' | 'territory'>, id: string, other: string): boolean =>
    p.territory === id || (p.country === id && p.territory !== other);
  const [x, y] = scope;
  return (inArea(a, x, y) && inArea(b, y, x)) || (inArea(a, y, x) && inArea(b, x, y));
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
