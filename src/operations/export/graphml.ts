/**
 * GraphML (http://graphml.graphdrawing.org/specification.html), which Gephi, yEd, Cytoscape and
 * NetworkX open. graphology-graphml only parses, so the writer is here: keys declared from the
 * attributes present, typed double, boolean or string.
 */
import { escapeXml } from './gexf.js';
import type { AttrValue, ExportGraph } from './export-graph.js';

function keyType(values: AttrValue[]): 'double' | 'boolean' | 'string' {
  const present = values.filter((v) => v !== null);
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function declare(
  kind: 'node' | 'edge',
  rows: Array<Record<string, AttrValue>>,
): Array<{ id: string; name: string; type: string }> {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return names.map((name) => ({ id: `${kind[0]}_${name}`, name, type: keyType(rows.map((r) => r[name] ?? null)) }));
}

function data(keys: Array<{ id: string; name: string }>, attrs: Record<string, AttrValue>, indent: string): string {
  return keys
    .filter((k) => attrs[k.name] !== null && attrs[k.name] !== undefined)
    .map((k) => `${indent}<data key="${k.id}">${escapeXml(String(attrs[k.name]))}</data>\n`)
    .join('');
}

export function toGraphml(g: ExportGraph): string {
  const nodeRows = g.nodes.map((n) => ({ label: n.label, ...n.attributes }));
  const edgeRows = g.edges.map((e) => ({ weight: e.weight, ...e.attributes }));
  const nodeKeys = declare('node', nodeRows);
  const edgeKeys = declare('edge', edgeRows);
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out +=
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  out +=
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [kind, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of keys)
      out += `  <key id="${k.id}" for="${kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>\n`;
  }
  for (const name of Object.keys(g.meta))
    out += `  <key id="g_${escapeXml(name)}" for="graph" attr.name="${escapeXml(name)}" attr.type="string"/>\n`;
  out += `  <graph id="G" edgedefault="${g.directed ? 'directed' : 'undirected'}">\n`;
  for (const [name, value] of Object.entries(g.meta))
    out += `    <data key="g_${escapeXml(name)}">${escapeXml(value)}</data>\n`;
  g.nodes.forEach((n, i) => {
    out += `    <node id="${escapeXml(n.id)}">\n${data(nodeKeys, nodeRows[i]!, '      ')}    </node>\n`;
  });
  const known = new Set(g.nodes.map((n) => n.id));
  for (const id of new Set(g.edges.flatMap((e) => [e.source, e.target])))
    if (!known.has(id)) out += `    <node id="${escapeXml(id)}"/>\n`;
  g.edges.forEach((e, i) => {
    out += `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n${data(edgeKeys, edgeRows[i]!, '      ')}    </edge>\n`;
  });
  return `${out}  </graph>\n</graphml>\n`;
}
