/** A graph ready to write: what GEXF and GraphML exports read, built by each graph-shaped analysis. */
export type AttrValue = string | number | boolean | null;

export interface ExportNode {
  id: string;
  label: string;
  attributes: Record<string, AttrValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  attributes: Record<string, AttrValue>;
}

export interface ExportGraph {
  directed: boolean;
  /** Graph-level description (analysis id, date, parameters). */
  meta: Record<string, string>;
  nodes: ExportNode[];
  edges: ExportEdge[];
}
