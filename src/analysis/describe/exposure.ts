/** The `exposure` analysis: the dependency graph at a date and each actor's exposure to its suppliers. */
import { citeCell, defineAnalysis } from '../analysis.js';
import { ExposureParams, exposure } from '../exposure.js';

export const exposureAnalysis = defineAnalysis({
  id: 'exposure',
  title: 'Dependencies and exposure at a date',
  description:
    "The directed dependency graph (supplier → dependent: gas, oil, arms, trade, transit...) in force at a date, and an actor's exposure to each supplier or transit country: its share of each commodity, and the concentration of each commodity's suppliers. Each figure says whether it is observed or an estimate; targets and forecasts are listed apart and never counted.",
  params: ExposureParams,
  positional: ['actor'],
  needs: ['dependencies'],
  outputs: {
    json: '{ date, actor, edges: [{ id, source, target, commodity, share, value, unit, derived, period, citations, basis, estimate, approximate, series, someYears }], byCommodity: [{ actor, commodity, suppliers: [{ supplier, share, derived, dependency, basis, estimate, someYears }], known, concentration, estimated, estimate }], bySupplier: [{ actor, supplier, shares: { <commodity>: share }, max, bases: { <commodity>: basis }, basis, estimate }], projections: [{ id, source, target, commodity, share, value, unit, period, basis: "projected", estimate: false, series, current: { dependency, share, basis, estimate } | null, summary, citations }] }; someYears: { dependency, share, range, period, basis, estimate } | null',
    tables: {
      bySupplier: 'one row per dependent and supplier',
      byCommodity: 'one row per dependent, commodity and supplier',
      edges: 'one row per dependency in force',
      projections: 'one row per target or forecast in its period (not counted in shares)',
    },
    graph: 'directed supplier → dependent; weight = share (0 when only an amount is known), commodity as attribute',
  },
  run: (data, p) => exposure(data, p),
  tables: (r) => ({
    bySupplier: r.bySupplier.map((s) => ({
      actor: s.actor,
      supplier: s.supplier,
      max: s.max,
      basis: s.basis,
      estimate: s.estimate,
      ...s.shares,
    })),
    byCommodity: r.byCommodity.flatMap((c) =>
      c.suppliers.map((s) => ({
        actor: c.actor,
        commodity: c.commodity,
        supplier: s.supplier,
        share: s.share,
        derived: s.derived,
        dependency: s.dependency,
        known: c.known,
        concentration: c.concentration,
        basis: s.basis,
        estimate: s.estimate,
        some_years_low: s.someYears?.range?.[0] ?? null,
        some_years_high: s.someYears?.range?.[1] ?? null,
      })),
    ),
    edges: r.edges.map(({ someYears, ...e }) => ({
      ...e,
      period: `${e.period[0]}..${e.period[1] ?? ''}`,
      citations: citeCell(e.citations),
      some_years: someYears ? `${someYears.range?.join('-') ?? ''} (${someYears.dependency})` : null,
    })),
    projections: r.projections.map(({ current, ...p }) => ({
      ...p,
      period: `${p.period[0]}..${p.period[1] ?? ''}`,
      citations: citeCell(p.citations),
      current_share: current?.share ?? null,
      current_basis: current?.basis ?? null,
      current_dependency: current?.dependency ?? null,
    })),
  }),
  graph: (r) => ({
    directed: true,
    meta: { analysis: 'exposure', date: r.date },
    nodes: [...new Set(r.edges.flatMap((e) => [e.source, e.target]))]
      .sort()
      .map((id) => ({ id, label: id, attributes: {} })),
    edges: r.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      weight: e.share ?? 0,
      attributes: {
        commodity: e.commodity,
        share: e.share,
        value: e.value,
        unit: e.unit,
        derived: e.derived,
        basis: e.basis,
        estimate: e.estimate,
      },
    })),
  }),
});
