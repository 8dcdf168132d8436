/**
 * Dependencies at a date and each actor's exposure. Records with the same supplier, dependent and
 * commodity form a dated series. At a date the series' level is the observed or estimated record in
 * force then (period covering the date); of several, the one that started latest. Projections
 * (targets, forecasts) never set the level: they are listed apart, while their own period (from
 * when they were set to the date they are for) covers the date, beside the level in force. Figures
 * for unnamed years within a period (`some_years`, a peak) are shown beside the level, not as it.
 *
 * The dependency graph is directed, supplier → dependent, one edge per series with a level or a
 * some-years figure. An actor's exposure to a supplier or transit country is, per commodity, the
 * share of its total that comes from or through that country: the recorded share (midpoint of a
 * range), or, when only amounts are recorded for two or more suppliers, the amount over the sum of
 * those amounts in the same unit (marked `derived`: a share of what is recorded, not of the
 * dependent's whole). A lone amount gives no share (null). Concentration is the
 * Herfindahl–Hirschman index of the known shares (Σ share²: 1 = one supplier for everything).
 * Every row carries the record's `basis` and `estimate: true` where the figure is an estimate; a
 * sum or index that uses an estimate is flagged as well.
 */
import { z } from 'zod';
import { actorParam, dateParam } from '../model/param-kinds.js';
import { COMMODITIES, coversDate, firstDay, lastDay, type Citation, type DependencyBasis } from '../model/index.js';
import { analysisDay, statusesParam } from './filters.js';
import type { AnalysisData, AnalysisDependency } from './input.js';
import { normaliseUnit } from './indicator-values.js';

export const ExposureParams = z.object({
  actor: actorParam('the dependent actor (default: every actor with a dependency)').optional(),
  at: dateParam('date; a partial date means its last day'),
  commodities: z.array(z.enum(COMMODITIES)).optional().describe('only these commodities (default: all)'),
  statuses: statusesParam('dependency'),
});
export type ExposureOptions = z.output<typeof ExposureParams>;

/** A figure the source gives for unnamed years within the period (a peak), shown beside the level. */
export interface SomeYears {
  dependency: string;
  /** Midpoint of the range, as for shares. */
  share: number | null;
  range: [number, number] | null;
  period: [string, string | null];
  basis: DependencyBasis;
  estimate: boolean;
}

/** Who supplies whom with what, and how much: what edges and projections share. */
interface DependencyFigure {
  id: string;
  source: string;
  target: string;
  commodity: string;
  share: number | null;
  value: number | null;
  unit: string | null;
}

export interface DependencyEdge extends DependencyFigure {
  derived: boolean;
  period: [string, string | null];
  citations: Citation[];
  /** observed or estimated (projections are in `projections`, never edges). */
  basis: DependencyBasis;
  /** True when the figure is an estimate, not one a source reports. */
  estimate: boolean;
  approximate: boolean;
  /** The series: its `series` name, or "supplier>dependent:commodity". */
  series: string;
  someYears: SomeYears | null;
}

export interface SupplierShare {
  supplier: string;
  share: number | null;
  derived: boolean;
  dependency: string;
  basis: DependencyBasis;
  estimate: boolean;
  someYears: SomeYears | null;
}

export interface CommodityExposure {
  actor: string;
  commodity: string;
  suppliers: SupplierShare[];
  /** Sum of the known shares (what part of the total the records account for). */
  known: number;
  concentration: number | null;
  /** The part of `known` that rests on estimates. */
  estimated: number;
  /** True when `known` or `concentration` uses an estimate. */
  estimate: boolean;
}

export interface SupplierExposure {
  actor: string;
  supplier: string;
  shares: Record<string, number | null>;
  max: number | null;
  /** The basis of each commodity's share. */
  bases: Record<string, DependencyBasis>;
  /** The basis of the largest share (`max`), null when no share is known. */
  basis: DependencyBasis | null;
  /** True when `max` is an estimate. */
  estimate: boolean;
}

/** A target or forecast whose period covers the date, beside the figure then in force for its series. */
export interface Projection extends DependencyFigure {
  /** From when it was set to the date it is for. */
  period: [string, string | null];
  basis: 'projected';
  estimate: false;
  series: string;
  /** The series' level in force at the date (never replaced by the projection), or null. */
  current: { dependency: string; share: number | null; basis: DependencyBasis; estimate: boolean } | null;
  summary: string | null;
  citations: Citation[];
}

export interface Exposure {
  date: string;
  actor: string | null;
  edges: DependencyEdge[];
  byCommodity: CommodityExposure[];
  bySupplier: SupplierExposure[];
  /** Targets and forecasts in their period at the date: never counted in shares or concentration. */
  projections: Projection[];
}

const midShare = (d: AnalysisDependency): number | null =>
  d.share === undefined ? null : (d.share + (d.share_high ?? d.share)) / 2;

const basisOf = (d: AnalysisDependency): DependencyBasis => d.basis ?? 'observed';
/** The series a record belongs to: its own `series` name, else supplier>dependent:commodity. */
const seriesOf = (d: AnalysisDependency): string => d.series ?? `${d.from}>${d.to}:${d.commodity}`;
const rangeOf = (d: AnalysisDependency): [number, number] | null =>
  d.share === undefined ? null : [d.share, d.share_high ?? d.share];

/** Of several records of a series in force, the one that started latest (then the one that runs longest). */
const later = (a: AnalysisDependency, b: AnalysisDependency): boolean =>
  firstDay(a.period_from) > firstDay(b.period_from) ||
  (firstDay(a.period_from) === firstDay(b.period_from) &&
    (a.period_to === null ? '9999' : lastDay(a.period_to)) > (b.period_to === null ? '9999' : lastDay(b.period_to)));

interface InForce {
  /** Per series: the level (observed or estimated) in force, if any. */
  levels: Map<string, AnalysisDependency>;
  /** Per series: the latest some-years figure in force, if any. */
  someYears: Map<string, AnalysisDependency>;
  projections: AnalysisDependency[];
}

/** What is in force at the day, by kind. A projection never takes part in choosing a level. */
function inForce(deps: readonly AnalysisDependency[], day: string): InForce {
  const levels = new Map<string, AnalysisDependency>();
  const someYears = new Map<string, AnalysisDependency>();
  const projections: AnalysisDependency[] = [];
  for (const d of deps) {
    if (!coversDate(d.period_from, d.period_to, day)) continue;
    if (basisOf(d) === 'projected') {
      projections.push(d);
      continue;
    }
    const into = d.some_years ? someYears : levels;
    const key = seriesOf(d);
    const cur = into.get(key);
    if (!cur || later(d, cur)) into.set(key, d);
  }
  return { levels, someYears, projections };
}

const someYearsOf = (d: AnalysisDependency | undefined): SomeYears | null => {
  if (!d) return null;
  const basis = basisOf(d);
  return {
    dependency: d.id,
    share: midShare(d),
    range: rangeOf(d),
    period: [d.period_from, d.period_to],
    basis,
    estimate: basis === 'estimated',
  };
};

/** Edges with shares, deriving shares from amounts where a dependent's suppliers of a commodity all give one unit. */
function edgesOf(deps: AnalysisDependency[], someYears: Map<string, AnalysisDependency>): DependencyEdge[] {
  const amounts = new Map<string, Map<string, number>>();
  const suppliers = new Map<string, Set<string>>();
  for (const d of deps) {
    if (d.value === undefined || !d.unit) continue;
    const { base, factor } = normaliseUnit(d.unit);
    const key = `${d.to}|${d.commodity}`;
    const m = amounts.get(key) ?? new Map<string, number>();
    m.set(base, (m.get(base) ?? 0) + d.value * factor);
    amounts.set(key, m);
    suppliers.set(key, (suppliers.get(key) ?? new Set<string>()).add(d.from));
  }
  return deps.map((d) => {
    let share = midShare(d);
    let derived = false;
    const key = `${d.to}|${d.commodity}`;
    const sums = amounts.get(key);
    // A lone supplier's amounts say nothing about the dependent's total: only amounts from two or more suppliers give shares.
    if (share === null && d.value !== undefined && d.unit && sums?.size === 1 && (suppliers.get(key)?.size ?? 0) >= 2) {
      const { factor } = normaliseUnit(d.unit);
      const total = [...sums.values()][0]!;
      if (total > 0) {
        share = (d.value * factor) / total;
        derived = true;
      }
    }
    const peak = someYears.get(seriesOf(d));
    return edgeOf(
      d,
      { share, value: d.value ?? null, unit: d.unit ?? null, derived },
      peak && peak.id !== d.id ? peak : null,
    );
  });
}

/** A dependency's id, supplier (source), dependent (target) and commodity, as edges and projections name them. */
function whoWhat(d: AnalysisDependency): Pick<DependencyFigure, 'id' | 'source' | 'target' | 'commodity'> {
  return { id: d.id, source: d.from, target: d.to, commodity: d.commodity };
}

/** The edge of a dependency, with its level (unknown for a series with only a some-years figure) and any peak beside it. */
function edgeOf(
  d: AnalysisDependency,
  level: Pick<DependencyEdge, 'share' | 'value' | 'unit' | 'derived'>,
  peak: AnalysisDependency | null,
): DependencyEdge {
  const basis = basisOf(d);
  return {
    ...whoWhat(d),
    ...level,
    period: [d.period_from, d.period_to],
    citations: [...(d.citations ?? [])],
    basis,
    estimate: basis === 'estimated',
    approximate: d.approximate ?? false,
    series: seriesOf(d),
    someYears: peak ? someYearsOf(peak) : null,
  };
}

export function exposure(data: Pick<AnalysisData, 'dependencies'>, o: ExposureOptions): Exposure {
  const day = analysisDay(o.at);
  const deps = data.dependencies.filter(
    (d) =>
      o.statuses.includes(d.status ?? 'asserted') &&
      (!o.commodities || (o.commodities as string[]).includes(d.commodity)),
  );
  const force = inForce(deps, day);
  // A series with only a some-years figure in force still has an edge: its level is unknown.
  const levelless = [...force.someYears].filter(([k]) => !force.levels.has(k)).map(([, d]) => d);
  const edges = [
    ...edgesOf([...force.levels.values()], force.someYears),
    ...levelless.map((d) => edgeOf(d, { share: null, value: null, unit: null, derived: false }, d)),
  ].sort(
    (a, b) =>
      a.target.localeCompare(b.target) || a.commodity.localeCompare(b.commodity) || (b.share ?? -1) - (a.share ?? -1),
  );
  const mine = o.actor ? edges.filter((e) => e.target === o.actor) : edges;
  const byCommodity = new Map<string, CommodityExposure>();
  const bySupplier = new Map<string, SupplierExposure>();
  for (const e of mine) {
    const ck = `${e.target}|${e.commodity}`;
    const c = byCommodity.get(ck) ?? {
      actor: e.target,
      commodity: e.commodity,
      suppliers: [],
      known: 0,
      concentration: null,
      estimated: 0,
      estimate: false,
    };
    c.suppliers.push({
      supplier: e.source,
      share: e.share,
      derived: e.derived,
      dependency: e.id,
      basis: e.basis,
      estimate: e.estimate,
      someYears: e.someYears,
    });
    byCommodity.set(ck, c);
    const sk = `${e.target}|${e.source}`;
    const s = bySupplier.get(sk) ?? {
      actor: e.target,
      supplier: e.source,
      shares: {},
      max: null,
      bases: {},
      basis: null,
      estimate: false,
    };
    const prev = s.shares[e.commodity];
    if (prev === undefined || (e.share ?? -Infinity) > (prev ?? -Infinity)) {
      s.shares[e.commodity] = e.share;
      s.bases[e.commodity] = e.basis;
    }
    bySupplier.set(sk, s);
  }
  for (const c of byCommodity.values()) {
    const known = c.suppliers.filter((s) => s.share !== null);
    c.known = known.reduce((a, s) => a + s.share!, 0);
    c.concentration = known.length ? known.reduce((a, s) => a + s.share! * s.share!, 0) : null;
    c.estimated = known.filter((s) => s.estimate).reduce((a, s) => a + s.share!, 0);
    c.estimate = known.some((s) => s.estimate);
  }
  for (const s of bySupplier.values()) {
    let best: string | null = null;
    for (const [k, v] of Object.entries(s.shares)) if (v !== null && (best === null || v > s.shares[best]!)) best = k;
    s.max = best === null ? null : s.shares[best]!;
    s.basis = best === null ? null : s.bases[best]!;
    s.estimate = s.basis === 'estimated';
  }
  const projections = force.projections
    .filter((d) => !o.actor || d.to === o.actor)
    .map((d): Projection => {
      const level = force.levels.get(seriesOf(d));
      const levelEdge = level ? edges.find((e) => e.id === level.id) : undefined;
      return {
        ...whoWhat(d),
        share: midShare(d),
        value: d.value ?? null,
        unit: d.unit ?? null,
        period: [d.period_from, d.period_to],
        basis: 'projected',
        estimate: false,
        series: seriesOf(d),
        current: levelEdge
          ? { dependency: levelEdge.id, share: levelEdge.share, basis: levelEdge.basis, estimate: levelEdge.estimate }
          : null,
        summary: d.summary ?? null,
        citations: [...(d.citations ?? [])],
      };
    })
    .sort(
      (a, b) => a.target.localeCompare(b.target) || a.commodity.localeCompare(b.commodity) || a.id.localeCompare(b.id),
    );
  return {
    date: day,
    actor: o.actor ?? null,
    edges,
    byCommodity: [...byCommodity.values()],
    bySupplier: [...bySupplier.values()].sort(
      (a, b) => a.actor.localeCompare(b.actor) || (b.max ?? -1) - (a.max ?? -1),
    ),
    projections,
  };
}
