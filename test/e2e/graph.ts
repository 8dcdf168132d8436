/**
 * Reading the network view's cytoscape graph from a test: the view exposes its instance as
 * `window.orreryGraph`. These functions run inside the page (page.evaluate).
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

export interface DrawnTie {
  id: string;
  weight: number;
}

export function drawnTies(page: Page): Promise<DrawnTie[]> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { orreryGraph: Core }).orreryGraph;
    return cy
      .edges()
      .map((e) => ({ id: e.id(), weight: Number(e.data('weight')) }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

/** Tag the cytoscape instance, to tell later whether the view kept it or built a new one. */
export function tagGraph(page: Page, tag: string): Promise<void> {
  return page.evaluate((t) => {
    (globalThis as unknown as { orreryGraph: Core }).orreryGraph.scratch('_e2e', t);
  }, tag);
}

export function graphTag(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (globalThis as unknown as { orreryGraph: Core }).orreryGraph.scratch('_e2e') as string | undefined,
  );
}

/** The tie whose midpoint lies farthest from any node, with its on-screen midpoint relative to the graph's box. */
export function clearestTie(page: Page): Promise<{ id: string; x: number; y: number } | null> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { orreryGraph: Core }).orreryGraph;
    const nodes = cy.nodes().map((n) => n.renderedPosition());
    const w = cy.width();
    const h = cy.height();
    let best: { id: string; x: number; y: number; clear: number } | null = null;
    cy.edges().forEach((e) => {
      const m = e.renderedMidpoint();
      if (m.x < 10 || m.y < 10 || m.x > w - 10 || m.y > h - 10) return;
      const clear = Math.min(...nodes.map((p) => Math.hypot(p.x - m.x, p.y - m.y)));
      if (!best || clear > best.clear) best = { id: e.id(), x: m.x, y: m.y, clear };
    });
    return best;
  });
}

export function tiesWithClass(page: Page, cls: string): Promise<string[]> {
  return page.evaluate(
    (c) =>
      (globalThis as unknown as { orreryGraph: Core }).orreryGraph
        .edges(`.${c}`)
        .map((e) => e.id())
        .sort(),
    cls,
  );
}
