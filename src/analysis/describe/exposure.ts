/** The `exposure` analysis: the dependency graph at a date and each actor's exposure to its suppliers. */
import { exposureContract } from '../../contracts/analyses/exposure.js';
import { citeCell, defineAnalysis } from '../analysis.js';
import { exposure } from '../exposure.js';

export const exposureAnalysis = defineAnalysis(exposureContract, {
  needs: ['dependencies'],
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
  graph: {
    about: 'directed supplier → dependent; weight = share (0 when only an amount is known), commodity as attribute',
    of: (r) => ({
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
  },
});
