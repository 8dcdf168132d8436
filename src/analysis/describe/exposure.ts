/** The `exposure` analysis: the dependency graph at a date and each actor's exposure to its suppliers. */
import { citeCell, defineAnalysis } from '../analysis.js';
import { ExposureParams, exposure } from '../exposure.js';

export const exposureAnalysis = defineAnalysis({
  id: 'exposure',
  title: 'Dependencies and exposure at a date',
  description: 'The directed dependency graph (supplier → dependent: gas, oil, arms, trade, transit...) in force at a date, and an actor\'s exposure to each supplier or transit country: its share of each commodity, and the concentration of each commodity\'s suppliers.',
  params: ExposureParams,
  positional: ['actor'],
  needs: ['dependencies'],
  outputs: {
    json: '{ date, actor, edges: [{ id, source, target, commodity, share, value, unit, derived, period, citations }], byCommodity: [{ actor, commodity, suppliers: [{ supplier, share, derived, dependency }], known, concentration }], bySupplier: [{ actor, supplier, shares: { <commodity>: share }, max }] }',
    tables: { bySupplier: 'one row per dependent and supplier', byCommodity: 'one row per dependent, commodity and supplier', edges: 'one row per dependency in force' },
    graph: 'directed supplier → dependent; weight = share (0 when only an amount is known), commodity as attribute',
  },
  run: (data, p) => exposure(data, p),
  tables: (r) => ({
    bySupplier: r.bySupplier.map((s) => ({ actor: s.actor, supplier: s.supplier, max: s.max, ...s.shares })),
    byCommodity: r.byCommodity.flatMap((c) => c.suppliers.map((s) => ({ actor: c.actor, commodity: c.commodity, supplier: s.supplier, share: s.share, derived: s.derived, dependency: s.dependency, known: c.known, concentration: c.concentration }))),
    edges: r.edges.map((e) => ({ ...e, period: `${e.period[0]}..${e.period[1] ?? ''}`, citations: citeCell(e.citations) })),
  }),
  graph: (r) => ({
    directed: true,
    meta: { analysis: 'exposure', date: r.date },
    nodes: [...new Set(r.edges.flatMap((e) => [e.source, e.target]))].sort().map((id) => ({ id, label: id, attributes: {} })),
    edges: r.edges.map((e) => ({
      id: e.id, source: e.source, target: e.target, weight: e.share ?? 0,
      attributes: { commodity: e.commodity, share: e.share, value: e.value, unit: e.unit, derived: e.derived },
    })),
  }),
});
