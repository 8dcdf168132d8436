/**
 * A scenario over the transport network: each `set-segment` change becomes a status entry of its
 * segment from its date (open, close, build), kept in date order so the status at a date is still
 * the last change on or before it (status.ts). The entry holds for all traffic and carries the
 * scenario's rationale in its note instead of citations. The evidence's network is never touched.
 */
import { changeDate, firstDay, type Scenario, type TransportNetwork } from '../model/index.js';

export function applyScenarioToNetwork(net: TransportNetwork, s: Scenario): TransportNetwork {
  const changes = s.changes.filter((c) => c.change === 'set-segment');
  if (!changes.length) return net;
  const bySegment = new Map<string, typeof changes>();
  for (const c of changes) bySegment.set(c.segment, [...(bySegment.get(c.segment) ?? []), c]);
  return {
    ...net,
    segments: net.segments.map((seg) => {
      const mine = bySegment.get(seg.id);
      if (!mine) return seg;
      const added = mine.map((c) => ({
        status: c.status,
        from: changeDate(s, c),
        citations: [],
        note: `hypothetical, scenario ${s.id}: ${c.rationale}`,
      }));
      // Stable: on a shared date the scenario's entry comes after the evidence's, so it wins.
      const status = [...seg.status, ...added].sort((a, b) =>
        firstDay(a.from) < firstDay(b.from) ? -1 : firstDay(a.from) > firstDay(b.from) ? 1 : 0,
      );
      return { ...seg, status };
    }),
  };
}
