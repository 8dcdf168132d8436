/**
 * K shortest loopless paths by Yen's algorithm (Jin Y. Yen, "Finding the K shortest loopless paths
 * in a network", Management Science 17(11):712–716, 1971). Each new path deviates from an accepted
 * one at a spur state: the root up to that state is kept, the moves the accepted paths with the
 * same root take next are blocked, the root's places are closed, and Dijkstra finds the spur. Paths
 * are loopless in places: no place is entered twice.
 */
import type { Graph } from './graph.js';
import { moveKey, shortestPath, weight, type SearchLimits, type StatePath } from './dijkstra.js';
import type { RouteMetric } from './params.js';

const keyOf = (p: StatePath): string => p.edges.map((e) => e.id).join(',');

function visitsPlaceTwice(g: Graph, p: StatePath): boolean {
  const seen = new Set<number>();
  for (const s of p.states) {
    const place = g.statePlace[s] as number;
    if (seen.has(place)) return true;
    seen.add(place);
  }
  return false;
}

/** `limits` (closed edges, origin) hold for every search; the origin defaults to the starts' place. */
export function kShortestPaths(
  g: Graph,
  starts: readonly number[],
  target: number,
  k: number,
  by: RouteMetric,
  limits: Pick<SearchLimits, 'closedEdges' | 'origin'> = {},
): StatePath[] {
  const base = {
    closedEdges: limits.closedEdges,
    origin: limits.origin ?? (g.statePlace[starts[0] as number] as number),
  };
  const first = shortestPath(g, starts, target, by, base);
  if (!first) return [];
  const accepted: StatePath[] = [first];
  const candidates: StatePath[] = [];
  const known = new Set<string>([keyOf(first)]);
  while (accepted.length < k) {
    const last = accepted[accepted.length - 1] as StatePath;
    let rootCost = 0;
    for (let i = 0; i < last.edges.length; i++) {
      const spur = last.states[i] as number;
      const blockedMoves = new Set<number>();
      for (const p of accepted) {
        if (p.edges.length > i && sameRoot(p, last, i))
          blockedMoves.add(moveKey(g, p.states[i] as number, p.edges[i]!));
      }
      const blockedPlaces = new Uint8Array(g.places.length);
      for (let j = 0; j < i; j++) blockedPlaces[g.statePlace[last.states[j] as number] as number] = 1;
      const tail = shortestPath(g, [spur], target, by, { ...base, blockedPlaces, blockedMoves });
      if (tail) {
        const path: StatePath = {
          states: [...last.states.slice(0, i), ...tail.states],
          edges: [...last.edges.slice(0, i), ...tail.edges],
          cost: rootCost + tail.cost,
        };
        const key = keyOf(path);
        if (!known.has(key) && !visitsPlaceTwice(g, path)) {
          known.add(key);
          candidates.push(path);
        }
      }
      rootCost += weight(g, spur, last.edges[i]!, by);
    }
    if (!candidates.length) break;
    candidates.sort((a, b) => a.cost - b.cost);
    accepted.push(candidates.shift() as StatePath);
  }
  return accepted;
}

function sameRoot(p: StatePath, q: StatePath, i: number): boolean {
  for (let j = 0; j < i; j++) if (p.edges[j] !== q.edges[j]) return false;
  return p.states[0] === q.states[0];
}
