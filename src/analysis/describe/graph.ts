/** Graph exports shared by the alignment analyses: an undirected, signed edge per tie, named "A--B". */
import type { AttrValue, ExportEdge } from '../export/export-graph.js';

/** A tie as an export edge: id "source--target", the given weight, and its attributes. */
export function tieEdge(
  tie: { source: string; target: string },
  weight: number,
  attributes: Record<string, AttrValue>,
): ExportEdge {
  return { id: `${tie.source}--${tie.target}`, source: tie.source, target: tie.target, weight, attributes };
}
