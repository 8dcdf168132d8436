/** GEXF 1.3 (the format Gephi reads natively), written by graphology-gexf from a graphology graph. */
import { MultiDirectedGraph, MultiUndirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { AttrValue, ExportGraph } from './export-graph.js';

const present = (attrs: Record<string, AttrValue>): Record<string, string | number | boolean> =>
  Object.fromEntries(Object.entries(attrs).filter((kv): kv is [string, string | number | boolean] => kv[1] !== null));

export function toGexf(g: ExportGraph): string {
  const graph = g.directed ? new MultiDirectedGraph() : new MultiUndirectedGraph();
  const description = Object.entries(g.meta)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  graph.replaceAttributes({ creator: 'Orrery', description });
  for (const n of g.nodes) graph.addNode(n.id, { label: n.label, ...present(n.attributes) });
  for (const e of g.edges) {
    if (!graph.hasNode(e.source)) graph.addNode(e.source, { label: e.source });
    if (!graph.hasNode(e.target)) graph.addNode(e.target, { label: e.target });
    graph.addEdgeWithKey(e.id, e.source, e.target, { weight: e.weight, ...present(e.attributes) });
  }
  return write(graph, { version: '1.3', pretty: true, pedantic: true });
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
