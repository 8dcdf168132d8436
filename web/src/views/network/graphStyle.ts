/** The cytoscape stylesheet of the alignment network: blocs by colour, friendly ties solid blue, hostile dashed red. */
import type { StylesheetJson } from 'cytoscape';

export const SHAPES: Record<string, string> = {
  state: 'ellipse',
  organization: 'round-rectangle',
  alliance: 'diamond',
  format: 'hexagon',
  group: 'triangle',
  territory: 'tag',
  person: 'star',
};

export const POSITIVE = '#2c7fb8';
export const NEGATIVE = '#d7301f';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      label: 'data(label)',
      // Names are longer than codes: wrap them under the node rather than let them run into others.
      'text-wrap': 'wrap',
      'text-max-width': '86px',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      color: '#1d2430',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#333',
    },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
  { selector: 'node.faded', style: { opacity: 0.25 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'curve-style': 'straight',
      opacity: 0.8,
    },
  },
  { selector: 'edge.pos', style: { 'line-color': POSITIVE, 'line-style': 'solid' } },
  { selector: 'edge.neg', style: { 'line-color': NEGATIVE, 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.faded', style: { opacity: 0.08 } },
  {
    selector: 'edge.changed',
    style: { 'underlay-color': '#ff9f1c', 'underlay-opacity': 0.55, 'underlay-padding': 5, opacity: 1 } as never,
  },
  {
    selector: 'edge.flip',
    style: { 'underlay-color': '#c51b8a', 'underlay-opacity': 0.6, 'underlay-padding': 7, opacity: 1 } as never,
  },
  {
    selector: 'edge:selected',
    style: {
      'line-color': '#111',
      opacity: 1,
      label: 'data(label)',
      'font-size': 11,
      'text-background-color': '#fff',
      'text-background-opacity': 0.9,
    },
  },
];
