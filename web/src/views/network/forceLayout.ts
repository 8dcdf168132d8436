/**
 * Signed force-directed layout after T. M. J. Fruchterman and E. M. Reingold, "Graph drawing by
 * force-directed placement", Software: Practice and Experience 21(11), 1991: every pair of nodes
 * repels (k²/d), friendly ties attract (d²/k, stronger for heavier ties), hostile ties add repulsion,
 * a weak pull to the centre keeps loose actors in view, and the step size cools linearly. Nodes closer
 * than `minDistance` are pushed apart so labels stay readable. Deterministic: the same start gives the
 * same drawing. Nodes listed in `fixed` do not move (an actor that appears as the slider moves is
 * placed among actors that stay where they were).
 */

export interface Point {
  x: number;
  y: number;
}

export interface ForceOptions {
  /** Iterations (default 300). */
  iterations?: number;
  /** Ideal distance between nodes, px (default 110: room for a wrapped name under each node). */
  k?: number;
  /** Minimum distance between node centres, px (default 64). */
  minDistance?: number;
  /** Pull towards the centre, per px of distance (default 0.02). */
  gravity?: number;
  /** Largest step of the first iteration, px (default 60). */
  temperature?: number;
}

export function signedForceLayout(
  ids: readonly string[],
  edges: readonly { source: string; target: string; weight: number }[],
  start: ReadonlyMap<string, Point>,
  fixed: ReadonlySet<string> = new Set(),
  opts: ForceOptions = {},
): Map<string, Point> {
  const iterations = opts.iterations ?? 300;
  const k = opts.k ?? 110;
  const minD = opts.minDistance ?? 64;
  const gravity = opts.gravity ?? 0.02;
  const t0 = opts.temperature ?? 60;
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  ids.forEach((id, i) => {
    const p = start.get(id) ?? { x: 0, y: 0 };
    x[i] = p.x;
    y[i] = p.y;
  });
  const still = ids.map((id) => fixed.has(id));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: Math.max(-3, Math.min(3, e.weight)) }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined);
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += x[i]! / Math.max(1, n);
    cy += y[i]! / Math.max(1, n);
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const temp = t0 * (1 - it / iterations) + 0.5;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = x[i]! - x[j]!;
        let ey = y[i]! - y[j]!;
        let d = Math.hypot(ex, ey);
        if (d < 0.01) {
          // coincident: separate along a direction fixed by the pair
          ex = Math.cos(i * 2.4 + j);
          ey = Math.sin(i * 2.4 + j);
          d = 0.01;
        }
        let f = (k * k) / d;
        if (d < minD) f += (minD - d) * 8;
        const fx = (ex / d) * f;
        const fy = (ey / d) * f;
        dx[i]! += fx;
        dy[i]! += fy;
        dx[j]! -= fx;
        dy[j]! -= fy;
      }
    }
    for (const { a, b, w } of links) {
      const ex = x[a]! - x[b]!;
      const ey = y[a]! - y[b]!;
      const d = Math.max(0.01, Math.hypot(ex, ey));
      // attraction for friends, extra repulsion (fading beyond 3k) for enemies
      const f = w > 0 ? -((d * d) / k) * (0.3 + Math.abs(w) / 3) : d < 3 * k ? ((k * k) / d) * (Math.abs(w) / 1.5) : 0;
      const fx = (ex / d) * f;
      const fy = (ey / d) * f;
      dx[a]! += fx;
      dy[a]! += fy;
      dx[b]! -= fx;
      dy[b]! -= fy;
    }
    for (let i = 0; i < n; i++) {
      if (still[i]) continue;
      const gx = dx[i]! - (x[i]! - cx) * gravity * k;
      const gy = dy[i]! - (y[i]! - cy) * gravity * k;
      const len = Math.hypot(gx, gy);
      if (len > 0) {
        const step = Math.min(len, temp);
        x[i]! += (gx / len) * step;
        y[i]! += (gy / len) * step;
      }
    }
  }
  return new Map(ids.map((id, i) => [id, { x: x[i]!, y: y[i]! }]));
}
