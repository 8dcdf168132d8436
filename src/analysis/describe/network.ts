/** The `network` analysis: the alignment network at a date, with blocs, as JSON, CSV, GEXF or GraphML. */
import type { ResultOf } from '../../contracts/contract.js';
import { networkContract } from '../../contracts/analyses/network.js';
import { defineAnalysis, citeCell } from '../analysis.js';
import { alignmentNetwork } from '../network.js';
import { withBlocs } from '../structure.js';
import { tieEdge } from './graph.js';

export type NetworkResult = ResultOf<typeof networkContract>;

/** The ids of the strongest contributions to a tie. */
const top = (e: NetworkResult['edges'][number]): string[] => e.contributions.slice(0, 5).map((c) => c.id);

export const networkAnalysis = defineAnalysis(networkContract, {
  needs: ['events', 'relations', 'actors'],
  run(data, p) {
    const { network, modularity } = withBlocs(alignmentNetwork(data, p), p);
    return { date: network.date, modularity, nodes: network.nodes, edges: network.edges };
  },
  tables: (r) => ({
    edges: r.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.weight,
      relationWeight: e.relationWeight,
      eventWeight: e.eventWeight,
      eventCount: e.eventCount,
      top: top(e),
    })),
    nodes: r.nodes.map((n) => ({ id: n.id, name: n.name ?? null, kind: n.kind ?? null, bloc: n.bloc })),
    contributions: r.edges.flatMap((e) =>
      e.contributions.map((c) => ({
        source: e.source,
        target: e.target,
        kind: c.kind,
        id: c.id,
        type: c.type,
        date: c.date,
        weight: c.weight,
        citations: citeCell(c.citations),
      })),
    ),
  }),
  graph: {
    about: 'undirected; edge weight signed, with sign and absWeight for layouts; node bloc',
    of: (r) => ({
      directed: false,
      meta: { analysis: 'network', date: r.date },
      nodes: r.nodes.map((n) => ({
        id: n.id,
        label: n.name ?? n.id,
        attributes: { kind: n.kind ?? null, bloc: n.bloc },
      })),
      edges: r.edges.map((e) =>
        tieEdge(e, e.weight, {
          sign: Math.sign(e.weight),
          absWeight: Math.abs(e.weight),
          relationWeight: e.relationWeight,
          eventWeight: e.eventWeight,
          eventCount: e.eventCount,
          top: top(e).join(';'),
        }),
      ),
    }),
  },
});
