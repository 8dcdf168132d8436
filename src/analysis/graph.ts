/** The alignment network as a graphology graph: what the structure algorithms and the exports read. */
import { UndirectedGraph } from 'graphology';
import type { AlignmentNetwork } from './network.js';

export interface NodeAttrs {
  label: string;
  kind?: string;
  bloc?: number | null;
  [key: string]: unknown;
}

export interface EdgeAttrs {
  weight: number;
  [key: string]: unknown;
}

export type SignedGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;

/** An undirected graph with one node per actor and one edge per tie, `weight` signed. */
export function toGraph(net: Pick<AlignmentNetwork, 'nodes' | 'edges'>): SignedGraph {
  const g: SignedGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
  for (const n of net.nodes)
    g.addNode(n.id, { label: n.name ?? n.id, ...(n.kind ? { kind: n.kind } : {}), bloc: n.bloc });
  for (const e of net.edges) {
    if (!g.hasNode(e.source)) g.addNode(e.source, { label: e.source });
    if (!g.hasNode(e.target)) g.addNode(e.target, { label: e.target });
    g.addUndirectedEdgeWithKey(`${e.source}--${e.target}`, e.source, e.target, { weight: e.weight });
  }
  return g;
}
