/**
 * Structural balance: the share of triangles whose sign product is positive (friends of friends
 * are friends, enemies of enemies are friends), after
 *   F. Heider (1946), "Attitudes and cognitive organization", J. Psychology 21;
 *   D. Cartwright & F. Harary (1956), "Structural balance: a generalization of Heider's theory",
 *   Psychological Review 63(5).
 * Each triangle weighs the geometric mean of its three absolute edge weights, so strong triangles
 * count more than faint ones; the unweighted share is given too.
 */
import type { SignedGraph } from './graph.js';

export interface BalanceResult {
  /** Weighted share of balanced triangles (0..1), or null when there is no triangle. */
  balance: number | null;
  /** Share of balanced triangles, each counting once. */
  balanceUnweighted: number | null;
  triangles: number;
  /** Triangles by signs: "+++" and "+--" are balanced, "++-" and "---" are not. */
  bySigns: Record<'+++' | '++-' | '+--' | '---', number>;
}

export interface Triangle {
  nodes: [string, string, string];
  weights: [number, number, number];
}

/** Every triangle of non-zero edges, each once (node ids in sorted order). */
export function triangles(graph: SignedGraph): Triangle[] {
  const w = (a: string, b: string): number => {
    const e = graph.edge(a, b);
    return e === undefined ? 0 : graph.getEdgeAttribute(e, 'weight');
  };
  const out: Triangle[] = [];
  const nodes = [...graph.nodes()].sort();
  for (const a of nodes) {
    const na = graph
      .neighbors(a)
      .filter((x) => x > a && w(a, x) !== 0)
      .sort();
    for (let i = 0; i < na.length; i++) {
      for (let j = i + 1; j < na.length; j++) {
        const b = na[i]!;
        const c = na[j]!;
        const bc = w(b, c);
        if (bc !== 0) out.push({ nodes: [a, b, c], weights: [w(a, b), w(a, c), bc] });
      }
    }
  }
  return out;
}

export function structuralBalance(graph: SignedGraph): BalanceResult {
  const bySigns = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
  let total = 0;
  let balanced = 0;
  let count = 0;
  let countBalanced = 0;
  for (const t of triangles(graph)) {
    const negatives = t.weights.filter((x) => x < 0).length;
    const key = (['+++', '++-', '+--', '---'] as const)[negatives]!;
    bySigns[key] += 1;
    const weight = Math.cbrt(Math.abs(t.weights[0] * t.weights[1] * t.weights[2]));
    total += weight;
    count += 1;
    if (negatives % 2 === 0) {
      balanced += weight;
      countBalanced += 1;
    }
  }
  return {
    balance: total > 0 ? balanced / total : null,
    balanceUnweighted: count > 0 ? countBalanced / count : null,
    triangles: count,
    bySigns,
  };
}
