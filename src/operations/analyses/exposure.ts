/** The `exposure` analysis: the dependency graph at a date and each actor's exposure to its suppliers. */
import { exposureContract } from '../../contracts/analyses/exposure.js';
import type { Citation } from '../../model/citation.js';
import { citeCell, defineAnalysis } from './analysis.js';
import { exposure } from '../../analysis/exposure.js';
import { pick } from './table-columns.js';

/** A record's period and citations as CSV cells. */
const cells = (r: { period: readonly [string, string | null]; citations: readonly Citation[] }) => ({
  period: `${r.period[0]}..${r.period[1] ?? ''}`,
  citations: citeCell(r.citations),
});

export const exposureAnalysis = defineAnalysis(exposureContract, {
  needs: ['dependencies'],
  run: exposure,
  tables: (r) => ({
    bySupplier: r.bySupplier.map((s) => ({
      ...pick(s, ['actor', 'supplier', 'max', 'basis', 'estimate']),
      ...s.shares,
    })),
    byCommodity: r.byCommodity.flatMap((c) =>
      c.suppliers.map((s) => ({
        ...pick(c, ['actor', 'commodity']),
        ...pick(s, ['supplier', 'share', 'derived', 'dependency']),
        ...pick(c, ['known', 'concentration']),
        ...pick(s, ['basis', 'estimate']),
        some_years_low: s.someYears?.range?.[0] ?? null,
        some_years_high: s.someYears?.range?.[1] ?? null,
      })),
    ),
    edges: r.edges.map(({ someYears, ...e }) => ({
      ...e,
      ...cells(e),
      some_years: someYears ? `${someYears.range?.join('-') ?? ''} (${someYears.dependency})` : null,
    })),
    projections: r.projections.map(({ current, ...p }) => ({
      ...p,
      ...cells(p),
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
        attributes: pick(e, ['commodity', 'share', 'value', 'unit', 'derived', 'basis', 'estimate']),
      })),
    }),
  },
});
