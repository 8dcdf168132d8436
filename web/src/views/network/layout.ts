/**
 * Node positions that stay put while the slider moves. The first snapshot is laid out with the signed
 * force-directed layout (forceLayout.ts) from a deterministic start (a circle ordered by bloc and id);
 * an actor that appears later starts beside the actors it is tied to (or on a ring outside the
 * drawing) and settles with every other actor held still. "Re-arrange" lays out the whole graph again
 * from where the nodes are.
 */
import type { Core } from 'cytoscape';
import { signedForceLayout, type Point } from './forceLayout';

export type { Point };

/** A stable angle in [0, 2π) from an id, so a new actor always lands in the same place. */
export function angleOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 2 ** 32) * 2 * Math.PI;
}

export function circleStart(nodes: readonly { id: string; bloc: number | null }[], radius = 260): Map<string, Point> {
  const sorted = [...nodes].sort((a, b) => (a.bloc ?? -1) - (b.bloc ?? -1) || (a.id < b.id ? -1 : 1));
  return new Map(
    sorted.map((n, i) => {
      const t = (2 * Math.PI * i) / Math.max(1, sorted.length);
      return [n.id, { x: radius * Math.cos(t), y: radius * Math.sin(t) }];
    }),
  );
}

/** Where an actor not drawn before starts. */
export function placeNew(id: string, neighbours: readonly string[], known: ReadonlyMap<string, Point>): Point {
  const t = angleOf(id);
  const near = neighbours.map((n) => known.get(n)).filter((p): p is Point => !!p);
  if (near.length) {
    const x = near.reduce((s, p) => s + p.x, 0) / near.length;
    const y = near.reduce((s, p) => s + p.y, 0) / near.length;
    return { x: x + 60 * Math.cos(t), y: y + 60 * Math.sin(t) };
  }
  let cx = 0;
  let cy = 0;
  let r = 150;
  if (known.size) {
    const xs = [...known.values()].map((p) => p.x);
    const ys = [...known.values()].map((p) => p.y);
    cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    r = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2 + 60;
  }
  return { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) };
}

type Tie = { source: string; target: string; weight: number };

/** Let newly added actors settle among the others, which do not move. */
export function settle(
  ids: readonly string[],
  newIds: ReadonlySet<string>,
  ties: readonly Tie[],
  known: Map<string, Point>,
): Map<string, Point> {
  const fixed = new Set(ids.filter((id) => !newIds.has(id)));
  const out = signedForceLayout(ids, ties, known, fixed, { iterations: 80, temperature: 30 });
  for (const id of newIds) known.set(id, out.get(id)!);
  return out;
}

/** Lay out everything from the current positions, then show it all (no closer than 125 %). */
export function runLayout(cy: Core, known: Map<string, Point>): void {
  const ids = cy.nodes().map((n) => n.id());
  const ties = cy
    .edges()
    .map((e) => ({ source: e.source().id(), target: e.target().id(), weight: Number(e.data('weight')) }));
  const start = new Map(ids.map((id) => [id, known.get(id) ?? { ...cy.getElementById(id).position() }]));
  const pos = signedForceLayout(ids, ties, start);
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = pos.get(n.id())!;
      n.position({ ...p });
      known.set(n.id(), p);
    });
  });
  fitView(cy);
}

export function fitView(cy: Core): void {
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
}
