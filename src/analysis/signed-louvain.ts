/**
 * Signed bloc detection: maximises the signed modularity of
 *   V. A. Traag & J. Bruggeman (2009), "Community detection in networks with positive and negative
 *   links", Physical Review E 80, 036115,
 * with the Louvain heuristic of
 *   V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre (2008), "Fast unfolding of communities
 *   in large networks", J. Stat. Mech. P10008.
 *
 *   Q = 1/(2m⁺ + 2m⁻) · Σ_ij [ (A⁺_ij − γ⁺·k⁺_i·k⁺_j / 2m⁺) − (A⁻_ij − γ⁻·k⁻_i·k⁻_j / 2m⁻) ] · δ(c_i, c_j)
 *
 * Positive ties pull actors into one bloc, negative ties push them apart, each against what chance
 * would give with the same degrees. Local moving visits nodes in an order drawn from the injected
 * `rng` (seeded: same seed, same blocs), then blocs are merged into super-nodes and the moving repeats
 * until nothing improves. Same shape as graphology-communities-louvain, which handles positive weights
 * only.
 */
import type { SignedGraph } from './graph.js';
import { mulberry32, shuffle, type Rng } from './random.js';

export interface SignedLouvainOptions {
  /** Random numbers in [0, 1) for the visiting order (default: mulberry32(1)). */
  rng?: Rng;
  /** γ⁺: higher values give more, smaller blocs (default 1). */
  resolutionPositive?: number;
  /** γ⁻: higher values tolerate more negative ties inside blocs (default 1). */
  resolutionNegative?: number;
  /** Smallest gain that counts as an improvement (default 1e-10). */
  tolerance?: number;
}

export interface SignedLouvainResult {
  /** Bloc of each node, numbered 0.. by decreasing size (ties: first member's id). */
  communities: Record<string, number>;
  count: number;
  modularity: number;
}

interface Level {
  n: number;
  /** Adjacency (no self loops): neighbour, positive and negative weight. */
  adj: Array<Array<[number, number, number]>>;
  kp: Float64Array;
  kn: Float64Array;
}

function baseLevel(graph: SignedGraph, nodes: string[]): Level {
  const at = new Map(nodes.map((id, i) => [id, i]));
  const adj: Level['adj'] = nodes.map(() => []);
  const kp = new Float64Array(nodes.length);
  const kn = new Float64Array(nodes.length);
  graph.forEachEdge((_e, attrs, s, t) => {
    const i = at.get(s)!;
    const j = at.get(t)!;
    const w = attrs.weight;
    if (i === j || !w) return;
    const p = Math.max(w, 0);
    const q = Math.max(-w, 0);
    adj[i]!.push([j, p, q]);
    adj[j]!.push([i, p, q]);
    kp[i]! += p;
    kp[j]! += p;
    kn[i]! += q;
    kn[j]! += q;
  });
  return { n: nodes.length, adj, kp, kn };
}

/** Local moving until no node gains by moving; returns each node's community and whether anything moved. */
function localMoving(
  level: Level,
  m2p: number,
  m2n: number,
  o: Required<Omit<SignedLouvainOptions, 'rng'>>,
  rng: Rng,
): [Int32Array, boolean] {
  const comm = Int32Array.from({ length: level.n }, (_, i) => i);
  const size = new Int32Array(level.n).fill(1);
  const empties: number[] = [];
  const totP = Float64Array.from(level.kp);
  const totN = Float64Array.from(level.kn);
  const gp = m2p > 0 ? o.resolutionPositive / m2p : 0;
  const gn = m2n > 0 ? o.resolutionNegative / m2n : 0;
  let movedAny = false;
  for (let pass = 0, improved = true; improved && pass < 1000; pass++) {
    improved = false;
    for (const i of shuffle([...Array(level.n).keys()], rng)) {
      const own = comm[i]!;
      const links = new Map<number, number>();
      for (const [j, p, q] of level.adj[i]!) links.set(comm[j]!, (links.get(comm[j]!) ?? 0) + p - q);
      totP[own]! -= level.kp[i]!;
      totN[own]! -= level.kn[i]!;
      size[own]! -= 1;
      const gain = (c: number): number =>
        (links.get(c) ?? 0) - gp * level.kp[i]! * totP[c]! + gn * level.kn[i]! * totN[c]!;
      let best = own;
      let bestGain = gain(own);
      for (const c of links.keys()) {
        const g = gain(c);
        if (g > bestGain + o.tolerance) {
          best = c;
          bestGain = g;
        }
      }
      // Standing alone (an empty bloc, gain 0) is a candidate too: a node hostile to all its neighbours.
      if (bestGain < -o.tolerance && size[own]! > 0 && empties.length > 0) best = empties.pop()!;
      totP[best]! += level.kp[i]!;
      totN[best]! += level.kn[i]!;
      size[best]! += 1;
      if (best !== own) {
        if (size[own] === 0) empties.push(own);
        comm[i] = best;
        improved = true;
        movedAny = true;
      }
    }
  }
  return [comm, movedAny];
}

function aggregate(level: Level, comm: Int32Array): [Level, Int32Array] {
  const ids = new Map<number, number>();
  const renum = Int32Array.from(comm, (c) => {
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
  const n = ids.size;
  const w = Array.from({ length: n }, () => new Map<number, [number, number]>());
  const kp = new Float64Array(n);
  const kn = new Float64Array(n);
  for (let i = 0; i < level.n; i++) {
    const ci = renum[i]!;
    kp[ci]! += level.kp[i]!;
    kn[ci]! += level.kn[i]!;
    for (const [j, p, q] of level.adj[i]!) {
      const cj = renum[j]!;
      if (ci === cj) continue;
      const cur = w[ci]!.get(cj) ?? [0, 0];
      w[ci]!.set(cj, [cur[0] + p, cur[1] + q]);
    }
  }
  const adj = w.map((m) => [...m].map(([j, [p, q]]) => [j, p, q] as [number, number, number]));
  return [{ n, adj, kp, kn }, renum];
}

/** Signed modularity Q of a partition (Traag & Bruggeman 2009, equation above). */
export function signedModularity(
  graph: SignedGraph,
  communities: Record<string, number>,
  options: SignedLouvainOptions = {},
): number {
  const nodes = graph.nodes();
  const level = baseLevel(graph, nodes);
  const m2p = level.kp.reduce((a, b) => a + b, 0);
  const m2n = level.kn.reduce((a, b) => a + b, 0);
  if (m2p + m2n === 0) return 0;
  const gp = m2p > 0 ? (options.resolutionPositive ?? 1) / m2p : 0;
  const gn = m2n > 0 ? (options.resolutionNegative ?? 1) / m2n : 0;
  let q = 0;
  for (let i = 0; i < level.n; i++) {
    for (const [j, p, n] of level.adj[i]!) if (communities[nodes[i]!] === communities[nodes[j]!]) q += p - n;
    for (let j = 0; j < level.n; j++) {
      if (communities[nodes[i]!] !== communities[nodes[j]!]) continue;
      q -= gp * level.kp[i]! * level.kp[j]! - gn * level.kn[i]! * level.kn[j]!;
    }
  }
  return q / (m2p + m2n);
}

export function signedLouvain(graph: SignedGraph, options: SignedLouvainOptions = {}): SignedLouvainResult {
  const o = {
    resolutionPositive: options.resolutionPositive ?? 1,
    resolutionNegative: options.resolutionNegative ?? 1,
    tolerance: options.tolerance ?? 1e-10,
  };
  const rng = options.rng ?? mulberry32(1);
  const nodes = [...graph.nodes()].sort();
  let level = baseLevel(graph, nodes);
  const m2p = level.kp.reduce((a, b) => a + b, 0);
  const m2n = level.kn.reduce((a, b) => a + b, 0);
  let membership = Int32Array.from(nodes, (_, i) => i);
  for (let round = 0; round < 32; round++) {
    const [comm, moved] = localMoving(level, m2p, m2n, o, rng);
    if (!moved) break;
    const [next, renum] = aggregate(level, comm);
    membership = membership.map((c) => renum[c]!);
    if (next.n === level.n) break;
    level = next;
  }
  // Number blocs by decreasing size, then by their first member, so labels are stable.
  const members = new Map<number, string[]>();
  nodes.forEach((id, i) => members.set(membership[i]!, [...(members.get(membership[i]!) ?? []), id]));
  const order = [...members.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const communities: Record<string, number> = {};
  order.forEach((ids, k) => ids.forEach((id) => (communities[id] = k)));
  return { communities, count: order.length, modularity: signedModularity(graph, communities, options) };
}
