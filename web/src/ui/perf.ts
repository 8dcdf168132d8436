/**
 * Performance marks the benchmark reads (bench/web/render.bench.ts): `orrery:ready:<view>` at the
 * frame after a view first shows its data, and `orrery:network-step:<cached|fetched>` per network
 * re-render, from the slider's input event to cytoscape's drawing of the new snapshot.
 */
const marked = new Set<string>();

export function markReady(view: string): void {
  if (marked.has(view)) return;
  marked.add(view);
  requestAnimationFrame(() => performance.mark(`orrery:ready:${view}`));
}

/** Record one network re-render, ending now (called when cytoscape has drawn it). */
export function measureStep(startedAt: number, cached: boolean): void {
  performance.measure(`orrery:network-step:${cached ? 'cached' : 'fetched'}`, {
    start: startedAt,
    end: performance.now(),
  });
}
