/** The `network` analysis: the alignment network at a date, with blocs, as JSON, CSV, GEXF or GraphML. */
import type { ResultOf } from '../../contracts/contract.js';
import { networkContract } from '../../contracts/analyses/network.js';
import { defineAnalysis, citeCell } from './analysis.js';
import { alignmentNetwork } from '../../analysis/network.js';
import { withBlocs } from '../../analysis/structure.js';
import { signedGraph } from './signed-graph.js';
import { pick, topIds } from './table-columns.js';

export type NetworkResult = ResultOf<typeof networkContract>;

const WEIGHTS = ['relationWeight', 'eventWeight', 'eventCount'] as const;

export const networkAnalysis = defineAnalysis(networkContract, {
  needs: ['events', 'relations', 'actors'],
  run(data, p) {
    const { network, modularity } = withBlocs(alignmentNetwork(data, p), p);
    return { date: network.date, modularity, nodes: network.nodes, edges: network.edges };
  },
  tables: (r) => ({
    edges: r.edges.map((e) => ({
      ...pick(e, ['source', 'target', 'weight', ...WEIGHTS]),
      top: topIds(e.contributions),
    })),
    nodes: r.nodes.map((n) => ({ id: n.id, name: n.name ?? null, kind: n.kind ?? null, bloc: n.bloc })),
    contributions: r.edges.flatMap((e) =>
      e.contributions.map((c) => ({
        ...pick(e, ['source', 'target']),
        ...pick(c, ['kind', 'id', 'type', 'date', 'weight']),
        citations: citeCell(c.citations),
      })),
    ),
  }),
  graph: {
    about: 'undirected; edge weight signed, with sign and absWeight for layouts; node bloc',
    of: (r) =>
      signedGraph(
        'network',
        r.date,
        r.nodes.map((n) => ({ id: n.id, label: n.name ?? n.id, attributes: { kind: n.kind ?? null, bloc: n.bloc } })),
        r.edges,
        (e) => ({ ...pick(e, WEIGHTS), top: topIds(e.contributions).join(';') }),
      ),
  },
});
