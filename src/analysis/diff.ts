/**
 * Change between two dates: the alignment network at each, the ties ranked by how much they moved
 * (sign flips first, then by absolute change) and the actors ranked by how much their position moved
 * (Σ_j |Δw_ij|, plus the bloc partners gained and lost). Each change is explained by the relations and
 * events whose contributions differ between the two dates, largest first.
 */
import { z } from 'zod';
import { dateParam } from '../model/param-kinds.js';
import type { Citation } from '../model/index.js';
import type { AnalysisData } from './input.js';
import { NetworkParams, alignmentNetwork, type Contribution, type NetworkEdge } from './network.js';
import { BlocParams, withBlocs } from './structure.js';

export const DiffParams = NetworkParams.omit({ at: true, explain: true })
  .extend(BlocParams.shape)
  .extend({
    from: dateParam('the earlier date'),
    to: dateParam('the later date'),
    limit: z.number().int().positive().default(50).describe('at most this many tie changes'),
    explainTop: z.number().int().positive().default(10).describe('at most this many explaining records per change'),
  });
export type DiffOptions = z.output<typeof DiffParams>;

export interface Explanation {
  kind: Contribution['kind'];
  id: string;
  type: string;
  date: string;
  summary?: string;
  before: number;
  after: number;
  delta: number;
  citations: Citation[];
}

export interface TieChange {
  source: string;
  target: string;
  before: number;
  after: number;
  delta: number;
  signFlip: boolean;
  explanation: Explanation[];
}

export interface ActorChange {
  id: string;
  change: number;
  blocBefore: number | null;
  blocAfter: number | null;
  blocPartnersGained: string[];
  blocPartnersLost: string[];
  ties: Array<{ other: string; before: number; after: number; delta: number }>;
  explanation: Explanation[];
}

export interface NetworkDiff {
  from: string;
  to: string;
  changes: TieChange[];
  actors: ActorChange[];
}

/** The records whose contributions differ between two snapshots of a tie, largest change first. */
export function explain(before: Contribution[], after: Contribution[], top: number): Explanation[] {
  const all = new Map<string, Explanation>();
  const add = (c: Contribution, side: 'before' | 'after'): void => {
    const key = `${c.kind}:${c.id}`;
    const x = all.get(key) ?? {
      kind: c.kind,
      id: c.id,
      type: c.type,
      date: c.date,
      summary: c.summary,
      before: 0,
      after: 0,
      delta: 0,
      citations: c.citations,
    };
    // A relation whose phase changed reads "membership → membership (frozen)".
    if (side === 'after' && all.has(key) && x.type !== c.type) x.type = `${x.type} → ${c.type}`;
    x[side] += c.weight;
    all.set(key, x);
  };
  before.forEach((c) => add(c, 'before'));
  after.forEach((c) => add(c, 'after'));
  return [...all.values()]
    .map((x) => ({ ...x, delta: x.after - x.before }))
    .filter((x) => Math.abs(x.delta) > 1e-12)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.id.localeCompare(b.id))
    .slice(0, top);
}

const keyOf = (e: Pick<NetworkEdge, 'source' | 'target'>): string => `${e.source}\u0000${e.target}`;

export function networkDiff(data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>, o: DiffOptions): NetworkDiff {
  const at = (date: string) => withBlocs(alignmentNetwork(data, { ...o, at: date, explain: true }), o);
  const a = at(o.from);
  const b = at(o.to);
  const edgesA = new Map(a.network.edges.map((e) => [keyOf(e), e]));
  const edgesB = new Map(b.network.edges.map((e) => [keyOf(e), e]));
  const all: TieChange[] = [];
  for (const key of new Set([...edgesA.keys(), ...edgesB.keys()])) {
    const x = edgesA.get(key);
    const y = edgesB.get(key);
    const before = x?.weight ?? 0;
    const after = y?.weight ?? 0;
    const [source, target] = key.split('\u0000') as [string, string];
    all.push({
      source,
      target,
      before,
      after,
      delta: after - before,
      signFlip: before * after < 0,
      explanation: explain(x?.contributions ?? [], y?.contributions ?? [], o.explainTop),
    });
  }
  all.sort(
    (p, q) =>
      Number(q.signFlip) - Number(p.signFlip) ||
      Math.abs(q.delta) - Math.abs(p.delta) ||
      keyOf(p).localeCompare(keyOf(q)),
  );

  const ids = [...new Set(all.flatMap((c) => [c.source, c.target]))].sort();
  const partners = (blocs: Record<string, number>, id: string): Set<string> =>
    new Set(blocs[id] === undefined ? [] : Object.keys(blocs).filter((k) => k !== id && blocs[k] === blocs[id]));
  const actors = ids.map((id): ActorChange => {
    const mine = all.filter((c) => c.source === id || c.target === id);
    const before = partners(a.blocs, id);
    const after = partners(b.blocs, id);
    const evidence = new Map<string, Explanation>();
    for (const c of mine)
      for (const x of c.explanation)
        if (
          !evidence.has(`${x.kind}:${x.id}`) ||
          Math.abs(x.delta) > Math.abs(evidence.get(`${x.kind}:${x.id}`)!.delta)
        )
          evidence.set(`${x.kind}:${x.id}`, x);
    return {
      id,
      change: mine.reduce((s, c) => s + Math.abs(c.delta), 0),
      blocBefore: a.blocs[id] ?? null,
      blocAfter: b.blocs[id] ?? null,
      blocPartnersGained: [...after].filter((x) => !before.has(x)).sort(),
      blocPartnersLost: [...before].filter((x) => !after.has(x)).sort(),
      ties: [...mine]
        .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta))
        .slice(0, 5)
        .map((c) => ({
          other: c.source === id ? c.target : c.source,
          before: c.before,
          after: c.after,
          delta: c.delta,
        })),
      explanation: [...evidence.values()].sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta)).slice(0, o.explainTop),
    };
  });
  actors.sort((p, q) => q.change - p.change || p.id.localeCompare(q.id));
  return { from: a.network.date, to: b.network.date, changes: all.slice(0, o.limit), actors };
}
