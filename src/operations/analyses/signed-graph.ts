/** Graph exports shared by the alignment analyses: an undirected, signed edge per tie, named "A--B". */
import type { AttrValue, ExportEdge, ExportGraph, ExportNode } from '../export/export-graph.js';

interface Tie {
  source: string;
  target: string;
}

/** A tie as an export edge: id "source--target", the given weight, and its attributes. */
export function tieEdge(tie: Tie, weight: number, attributes: Record<string, AttrValue>): ExportEdge {
  return { id: `${tie.source}--${tie.target}`, source: tie.source, target: tie.target, weight, attributes };
}

/**
 * The signed network at a date as an undirected graph: each tie weighs its signed weight, with its sign
 * and absolute weight as attributes (for layouts that want positive weights), then any of its own.
 */
export function signedGraph<T extends Tie & { weight: number }>(
  analysis: string,
  date: string,
  nodes: ExportNode[],
  ties: readonly T[],
  more: (tie: T) => Record<string, AttrValue> = () => ({}),
): ExportGraph {
  return {
    directed: false,
    meta: { analysis, date },
    nodes,
    edges: ties.map((e) =>
      tieEdge(e, e.weight, { sign: Math.sign(e.weight), absWeight: Math.abs(e.weight), ...more(e) }),
    ),
  };
}
