/**
 * Dependencies at a date and each actor's exposure. The dependency graph is directed, supplier →
 * dependent, one edge per record in force at the date (the latest record when several cover it for
 * the same supplier, dependent and commodity). An actor's exposure to a supplier or transit country
 * is, per commodity, the share of its total that comes from or through that country: the recorded
 * share (midpoint of a range), or, when only amounts are recorded for two or more suppliers, the
 * amount over the sum of those amounts in the same unit (marked `derived`: a share of what is
 * recorded, not of the dependent's whole). A lone amount gives no share (null). Concentration is the Herfindahl–Hirschman index of the
 * known shares (Σ share²: 1 = one supplier for everything).
 */
import { z } from 'zod';
import { COMMODITIES, coversDate, firstDay, type Citation } from '../model/index.js';
import { DateParam, analysisDay } from './filters.js';
import type { AnalysisData, AnalysisDependency } from './input.js';
import { normaliseUnit } from './indicator-values.js';

export const ExposureParams = z.object({
  actor: z.string().optional().describe('the dependent actor (default: every actor with a dependency)'),
  at: DateParam.describe('date; a partial date means its last day'),
  commodities: z.array(z.enum(COMMODITIES)).optional().describe('only these commodities (default: all)'),
  statuses: z.array(z.enum(['asserted', 'disputed', 'denied', 'retracted'])).default(['asserted', 'disputed', 'denied']).describe('dependency statuses that count'),
});
export type ExposureOptions = z.output<typeof ExposureParams>;

export interface DependencyEdge {
  id: string;
  source: string;
  target: string;
  commodity: string;
  share: number | null;
  value: number | null;
  unit: string | null;
  derived: boolean;
  period: [string, string | null];
  citations: Citation[];
}

export interface CommodityExposure {
  actor: string;
  commodity: string;
  suppliers: Array<{ supplier: string; share: number | null; derived: boolean; dependency: string }>;
  /** Sum of the known shares (what part of the total the records account for). */
  known: number;
  concentration: number | null;
}

export interface SupplierExposure {
  actor: string;
  supplier: string;
  shares: Record<string, number | null>;
  max: number | null;
}

export interface Exposure {
  date: string;
  actor: string | null;
  edges: DependencyEdge[];
  byCommodity: CommodityExposure[];
  bySupplier: SupplierExposure[];
}

const midShare = (d: AnalysisDependency): number | null => (d.share === undefined ? null : (d.share + (d.share_high ?? d.share)) / 2);

/** Records in force at the day, one per (supplier, dependent, commodity): the latest. */
function inForce(deps: readonly AnalysisDependency[], day: string): AnalysisDependency[] {
  const latest = new Map<string, AnalysisDependency>();
  for (const d of deps) {
    if (!coversDate(d.period_from, d.period_to, day)) continue;
    const key = `${d.from}|${d.to}|${d.commodity}`;
    const cur = latest.get(key);
    if (!cur || firstDay(d.period_from) > firstDay(cur.period_from)) latest.set(key, d);
  }
  return [...latest.values()];
}

/** Edges with shares, deriving shares from amounts where a dependent's suppliers of a commodity all give one unit. */
function edgesOf(deps: AnalysisDependency[]): DependencyEdge[] {
  const amounts = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const d of deps) {
    if (d.value === undefined || !d.unit) continue;
    const { base, factor } = normaliseUnit(d.unit);
    const key = `${d.to}|${d.commodity}`;
    const m = amounts.get(key) ?? new Map<string, number>();
    m.set(base, (m.get(base) ?? 0) + d.value * factor);
    amounts.set(key, m);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return deps.map((d) => {
    let share = midShare(d);
    let derived = false;
    const key = `${d.to}|${d.commodity}`;
    const sums = amounts.get(key);
    // A lone amount says nothing about the dependent's total: only two or more amounts give shares.
    if (share === null && d.value !== undefined && d.unit && sums?.size === 1 && (counts.get(key) ?? 0) >= 2) {
      const { factor } = normaliseUnit(d.unit);
      const total = [...sums.values()][0]!;
      if (total > 0) {
        share = (d.value * factor) / total;
        derived = true;
      }
    }
    return {
      id: d.id, source: d.from, target: d.to, commodity: d.commodity, share, value: d.value ?? null, unit: d.unit ?? null,
      derived, period: [d.period_from, d.period_to], citations: [...(d.citations ?? [])],
    };
  });
}

export function exposure(data: Pick<AnalysisData, 'dependencies'>, o: ExposureOptions): Exposure {
  const day = analysisDay(o.at);
  const deps = data.dependencies.filter((d) => o.statuses.includes(d.status ?? 'asserted') && (!o.commodities || (o.commodities as string[]).includes(d.commodity)));
  const edges = edgesOf(inForce(deps, day)).sort((a, b) => a.target.localeCompare(b.target) || a.commodity.localeCompare(b.commodity) || (b.share ?? -1) - (a.share ?? -1));
  const mine = o.actor ? edges.filter((e) => e.target === o.actor) : edges;
  const byCommodity = new Map<string, CommodityExposure>();
  const bySupplier = new Map<string, SupplierExposure>();
  for (const e of mine) {
    const ck = `${e.target}|${e.commodity}`;
    const c = byCommodity.get(ck) ?? { actor: e.target, commodity: e.commodity, suppliers: [], known: 0, concentration: null };
    c.suppliers.push({ supplier: e.source, share: e.share, derived: e.derived, dependency: e.id });
    byCommodity.set(ck, c);
    const sk = `${e.target}|${e.source}`;
    const s = bySupplier.get(sk) ?? { actor: e.target, supplier: e.source, shares: {}, max: null };
    s.shares[e.commodity] = Math.max(s.shares[e.commodity] ?? -Infinity, e.share ?? -Infinity);
    if (s.shares[e.commodity] === -Infinity) s.shares[e.commodity] = null;
    bySupplier.set(sk, s);
  }
  for (const c of byCommodity.values()) {
    const known = c.suppliers.flatMap((s) => (s.share === null ? [] : [s.share]));
    c.known = known.reduce((a, b) => a + b, 0);
    c.concentration = known.length ? known.reduce((a, b) => a + b * b, 0) : null;
  }
  for (const s of bySupplier.values()) {
    const known = Object.values(s.shares).filter((x): x is number => x !== null);
    s.max = known.length ? Math.max(...known) : null;
  }
  return {
    date: day,
    actor: o.actor ?? null,
    edges,
    byCommodity: [...byCommodity.values()],
    bySupplier: [...bySupplier.values()].sort((a, b) => a.actor.localeCompare(b.actor) || (b.max ?? -1) - (a.max ?? -1)),
  };
}
