/** The `network` analysis: the alignment network at a date, with blocs, as JSON, CSV, GEXF or GraphML. */
import { defineAnalysis, citeCell } from '../analysis.js';
import { NetworkParams, alignmentNetwork, type AlignmentNetwork } from '../network.js';
import { BlocParams, withBlocs } from '../structure.js';

export const NetworkAnalysisParams = NetworkParams.extend(BlocParams.shape);

export type NetworkResult = AlignmentNetwork & { modularity: number };

export const networkAnalysis = defineAnalysis({
  id: 'network',
  title: 'Alignment network at a date',
  description:
    'Signed, weighted ties between actors at a date: relations in force plus decayed events in a trailing window; each edge lists the relations and events behind it; nodes carry their bloc (signed Louvain).',
  params: NetworkAnalysisParams,
  positional: [],
  needs: ['events', 'relations', 'actors'],
  outputs: {
    json: '{ date, modularity, nodes: [{ id, name, kind, bloc }], edges: [{ source, target, weight, relationWeight, eventWeight, eventCount, contributions: [{ kind, id, weight, type, date, summary, citations }] }] }',
    tables: {
      edges: 'one row per tie',
      nodes: 'one row per actor',
      contributions: 'one row per relation or event behind a tie',
    },
    graph: 'undirected; edge weight signed, with sign and absWeight for layouts; node bloc',
  },
  run(data, p): NetworkResult {
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
      top: e.contributions.slice(0, 5).map((c) => c.id),
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
  graph: (r) => ({
    directed: false,
    meta: { analysis: 'network', date: r.date },
    nodes: r.nodes.map((n) => ({
      id: n.id,
      label: n.name ?? n.id,
      attributes: { kind: n.kind ?? null, bloc: n.bloc },
    })),
    edges: r.edges.map((e) => ({
      id: `${e.source}--${e.target}`,
      source: e.source,
      target: e.target,
      weight: e.weight,
      attributes: {
        sign: Math.sign(e.weight),
        absWeight: Math.abs(e.weight),
        relationWeight: e.relationWeight,
        eventWeight: e.eventWeight,
        eventCount: e.eventCount,
        top: e.contributions
          .slice(0, 5)
          .map((c) => c.id)
          .join(';'),
      },
    })),
  }),
});
