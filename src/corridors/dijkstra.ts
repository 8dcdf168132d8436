/**
 * Shortest paths on the state graph (graph.ts) by Dijkstra's algorithm (E. W. Dijkstra, "A note on
 * two problems in connexion with graphs", Numerische Mathematik 1, 1959), with a binary heap. The
 * weight of an edge taken from a state is its km, or its hours plus the border delay when the
 * state's side differs from the country the edge starts in.
 */
import type { Edge, Graph } from './graph.js';
import { MinHeap } from './heap.js';
import type { RouteMetric } from './params.js';

export interface StatePath {
  /** States visited, from the start state to the target state. */
  states: number[];
  /** Edges taken; edges[i] leads from states[i] to states[i + 1]. */
  edges: Edge[];
  cost: number;
}

export interface SearchLimits {
  /** Places (by index) the path must not enter. */
  blockedPlaces?: Uint8Array;
  /** "state:edge" pairs the path must not take. */
  blockedMoves?: Set<number>;
  /** Edges (by id) closed to this route's traffic (graph.ts closedEdgesFor). */
  closedEdges?: Uint8Array;
  /** The route's origin place (by index), where an end-only transfer may be taken; the starts' place when absent. */
  origin?: number;
}

/** May the path take `e` from a state at `place`? An end-only transfer only leaves the origin or enters the target. */
export function endAllowed(e: Edge, place: number, origin: number, target: number): boolean {
  return !e.endOnly || place === origin || e.to === target;
}

export function moveKey(g: Graph, state: number, edge: Edge): number {
  return state * g.edges.length + edge.id;
}

/** Weight of taking `e` from `state`. */
export function weight(g: Graph, state: number, e: Edge, by: RouteMetric): number {
  if (by === 'distance') return e.km;
  return e.hours + (g.stateCountry[state] !== e.countries[0] ? g.params.border_hours : 0);
}

/** The cheapest path from any of `starts` to any state of place `target`, or null. */
export function shortestPath(
  g: Graph,
  starts: readonly number[],
  target: number,
  by: RouteMetric,
  limits: SearchLimits = {},
): StatePath | null {
  const n = g.stateCountry.length;
  const dist = new Float64Array(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  const prevEdge: Array<Edge | undefined> = new Array(n);
  const heap = new MinHeap();
  for (const s of starts) {
    dist[s] = 0;
    heap.push(0, s);
  }
  const { blockedPlaces, blockedMoves, closedEdges } = limits;
  const origin = limits.origin ?? (g.statePlace[starts[0] as number] as number);
  while (heap.size) {
    const s = heap.pop();
    const d = heap.lastKey;
    if (d > (dist[s] as number)) continue;
    const place = g.statePlace[s] as number;
    if (place === target) return unwind(s, d, prev, prevEdge);
    for (const e of g.out[place] as Edge[]) {
      if (blockedPlaces && blockedPlaces[e.to]) continue;
      if (blockedMoves && blockedMoves.has(moveKey(g, s, e))) continue;
      if (closedEdges && closedEdges[e.id]) continue;
      if (!endAllowed(e, place, origin, target)) continue;
      const nd = d + weight(g, s, e, by);
      if (nd < (dist[e.toState] as number)) {
        dist[e.toState] = nd;
        prev[e.toState] = s;
        prevEdge[e.toState] = e;
        heap.push(nd, e.toState);
      }
    }
  }
  return null;
}

function unwind(end: number, cost: number, prev: Int32Array, prevEdge: Array<Edge | undefined>): StatePath {
  const states = [end];
  const edges: Edge[] = [];
  for (let s = end; prev[s] !== -1; s = prev[s] as number) {
    edges.push(prevEdge[s] as Edge);
    states.push(prev[s] as number);
  }
  return { states: states.reverse(), edges: edges.reverse(), cost };
}

/** Costs from the starts to every state (one search), for all-pairs work; end-only transfers are taken only from the starts' place, and no traffic closure applies. */
export function costsFrom(g: Graph, starts: readonly number[], by: RouteMetric): Float64Array {
  const dist = new Float64Array(g.stateCountry.length).fill(Infinity);
  const heap = new MinHeap();
  for (const s of starts) {
    dist[s] = 0;
    heap.push(0, s);
  }
  const origin = g.statePlace[starts[0] as number] as number;
  while (heap.size) {
    const s = heap.pop();
    const d = heap.lastKey;
    if (d > (dist[s] as number)) continue;
    const place = g.statePlace[s] as number;
    for (const e of g.out[place] as Edge[]) {
      if (e.endOnly && place !== origin) continue;
      const nd = d + weight(g, s, e, by);
      if (nd < (dist[e.toState] as number)) {
        dist[e.toState] = nd;
        heap.push(nd, e.toState);
      }
    }
  }
  return dist;
}
