/**
 * Each actor's place in the signed network:
 *
 * - positive and negative degree: summed weight (and count) of friendly and hostile ties;
 * - brokerage: the participation coefficient of R. Guimerà & L. A. N. Amaral (2005), "Functional
 *   cartography of complex metabolic networks", Nature 433, over positive ties:
 *   1 − Σ_blocs (k⁺_i,bloc / k⁺_i)². 0 when all friends sit in one bloc, towards 1 when they spread
 *   evenly over many; `bridging` is the positive weight the actor sends outside its own bloc;
 * - multi-vector score: Σ over pairs (j, k) of the actor's friends who are hostile to each other of
 *   (w_ij·w_ik·|w_jk|)^(1/3). It is the weight of the unbalanced "friend of both enemies" triangles the
 *   actor sits at the apex of: an Azerbaijan on good terms with Turkey and Russia, Israel and Iran.
 */
import type { SignedGraph } from './graph.js';

export interface HostilePair {
  a: string;
  b: string;
  weight: number;
}

export interface ActorRole {
  id: string;
  bloc: number | null;
  positive: number;
  negative: number;
  positiveTies: number;
  negativeTies: number;
  brokerage: number | null;
  bridging: number;
  multiVector: number;
  /** The strongest pairs of mutually hostile friends (up to five). */
  hostilePairs: HostilePair[];
}

export function actorRoles(graph: SignedGraph, blocs: Record<string, number>): ActorRole[] {
  const weight = (a: string, b: string): number => {
    const e = graph.edge(a, b);
    return e === undefined ? 0 : graph.getEdgeAttribute(e, 'weight');
  };
  return [...graph.nodes()].sort().map((id) => {
    const role: ActorRole = {
      id,
      bloc: blocs[id] ?? null,
      positive: 0,
      negative: 0,
      positiveTies: 0,
      negativeTies: 0,
      brokerage: null,
      bridging: 0,
      multiVector: 0,
      hostilePairs: [],
    };
    const byBloc = new Map<number, number>();
    const friends: Array<[string, number]> = [];
    graph.forEachEdge(id, (_e, attrs, s, t) => {
      const other = s === id ? t : s;
      const w = attrs.weight;
      if (w > 0) {
        role.positive += w;
        role.positiveTies += 1;
        friends.push([other, w]);
        const b = blocs[other] ?? -1;
        byBloc.set(b, (byBloc.get(b) ?? 0) + w);
        if (b !== role.bloc) role.bridging += w;
      } else if (w < 0) {
        role.negative -= w;
        role.negativeTies += 1;
      }
    });
    if (role.positive > 0)
      role.brokerage = 1 - [...byBloc.values()].reduce((acc, k) => acc + (k / role.positive) ** 2, 0);
    const pairs: HostilePair[] = [];
    for (let i = 0; i < friends.length; i++) {
      for (let j = i + 1; j < friends.length; j++) {
        const [a, wa] = friends[i]!;
        const [b, wb] = friends[j]!;
        const wab = weight(a, b);
        if (wab >= 0) continue;
        const w = Math.cbrt(wa * wb * -wab);
        role.multiVector += w;
        pairs.push(a < b ? { a, b, weight: w } : { a: b, b: a, weight: w });
      }
    }
    role.hostilePairs = pairs.sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a)).slice(0, 5);
    return role;
  });
}
