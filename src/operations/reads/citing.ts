/**
 * Which records cite which passages of a source: the reader of a document shows every passage
 * Orrery cites from it, each with the records (events, relations, figures, corridors, network
 * segments...) that rest on it.
 */
import { citationsOf, type Dataset, type TransportNetwork } from '../../model/index.js';

export interface CitingRecord {
  kind: string;
  id: string;
  summary: string;
  /** A figure that is a curator's or a source's estimate, or a projection, says so (dependencies). */
  basis?: 'estimated' | 'projected';
}

export interface CitedPassage {
  start: number;
  end: number;
  sha256: string;
  records: CitingRecord[];
}

type Rec = {
  id: string;
  basis?: string;
  summary?: string;
  statement?: string;
  topic?: string;
  name?: string;
  metric?: string;
  value?: number;
  unit?: string;
  commodity?: string;
};

function summaryOf(r: Rec): string {
  if (r.summary) return r.summary;
  if (r.statement) return r.statement;
  if (r.topic) return r.topic;
  if (r.metric) return `${r.metric}: ${r.value ?? ''} ${r.unit ?? ''}`.trim();
  return r.name ?? r.id;
}

/** Every record of the dataset and the network, with its kind. */
function records(ds: Dataset, net: TransportNetwork | undefined): Array<[string, Rec]> {
  const out: Array<[string, Rec]> = [];
  const add = (kind: string, list: readonly unknown[]): void => list.forEach((r) => out.push([kind, r as Rec]));
  add('event', ds.events);
  add('relation', ds.relations);
  add('indicator', ds.indicators);
  add('dependency', ds.dependencies);
  add('corridor', ds.corridors);
  add('conflict', ds.conflicts);
  add('claim', ds.claims ?? []);
  if (net) {
    add('segment', net.segments);
    add('network-corridor', net.corridors);
  }
  return out;
}

/** The passages of `source` that records cite, in text order, each with its citing records. */
export function citedPassages(source: string, ds: Dataset, net?: TransportNetwork): CitedPassage[] {
  const byKey = new Map<string, CitedPassage>();
  for (const [kind, rec] of records(ds, net)) {
    for (const { citation: c } of citationsOf(rec)) {
      if (c.source !== source) continue;
      const key = `${c.start}:${c.end}:${c.sha256}`;
      let p = byKey.get(key);
      if (!p) byKey.set(key, (p = { start: c.start, end: c.end, sha256: c.sha256, records: [] }));
      if (p.records.some((r) => r.kind === kind && r.id === rec.id)) continue;
      const basis = rec.basis === 'estimated' || rec.basis === 'projected' ? rec.basis : undefined;
      p.records.push({ kind, id: rec.id, summary: summaryOf(rec), ...(basis ? { basis } : {}) });
    }
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
