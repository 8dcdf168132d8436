/**
 * The routing graph for one date and one set of constraints. Nodes are states (place, side): a
 * border crossing has a side per country its segments reach, so crossing a border is the move from
 * one side to the other and can carry a delay. Edges are segments usable that day (operational, or
 * planned when asked), in each direction they run, minus those the constraints exclude.
 */
import type { TransportNetwork, TransportMode, Place, Segment, SegmentStatus } from '../model/transport.js';
import { segmentKm } from './geometry.js';
import { DEFAULT_PARAMS, TRANSPORT_MODES, today, type RouteMetric, type RouteParams } from './params.js';
import { closedScopes, controlledBy, isTraffic, statusAt, usable } from './status.js';

export interface GraphOptions {
  /** The day (YYYY, YYYY-MM or YYYY-MM-DD); today when absent. */
  at?: string;
  /** Also use links planned or under construction on that day. */
  planned?: boolean;
  /** Allowed modes; TRANSPORT_MODES when absent. Transfers are allowed at either end of a route whatever the modes (see Edge.endOnly). */
  modes?: readonly TransportMode[];
  /** States or territories a route must not cross. */
  avoid?: readonly string[];
  /** Parties whose segments a route must not use (see status.ts for who controls a segment). */
  avoidControlledBy?: readonly string[];
  /** Segment ids usable whatever their status (an impact analysis: the corridor built or open). */
  force?: ReadonlySet<string>;
  /** Segment ids never used (an impact analysis: the corridor absent or closed). */
  remove?: ReadonlySet<string>;
  /** Traffic scopes ("A|B", sorted) whose closures are lifted on every segment (an impact analysis: the corridor open to that traffic again). */
  liftTraffic?: ReadonlySet<string>;
  params?: RouteParams;
  /** Parallel links between the same two places (a road beside a railway) are reduced to the best by this metric. */
  by?: RouteMetric;
}

export interface Edge {
  id: number;
  segment: Segment;
  status: SegmentStatus | null;
  controlledBy: string[];
  from: number;
  to: number;
  /** Countries in the order this direction crosses them. */
  countries: string[];
  toState: number;
  km: number;
  /** Travel hours, fixed hours and borders inside the segment; not the crossing into it. */
  hours: number;
  borders: number;
  /** Traffic scopes ([A, B], see status.ts isTraffic) the segment is closed to that day. */
  closedFor: Array<[string, string]>;
  /**
   * A transfer link (between a city and its own terminal or port) taken although `transfer` is not
   * among the allowed modes: usable only as the first or the last leg of a route.
   */
  endOnly: boolean;
}

export interface Graph {
  at: string;
  options: GraphOptions;
  params: RouteParams;
  places: Place[];
  index: Map<string, number>;
  out: Edge[][];
  edges: Edge[];
  stateCountry: string[];
  statePlace: number[];
  sides: number[][];
}

function internalBorders(countries: readonly string[]): number {
  let n = 0;
  for (let i = 1; i < countries.length; i++) if (countries[i] !== countries[i - 1]) n++;
  return n;
}

/** A traffic scope as a key, the same whichever way round: "AZE|NAKHCHIVAN". */
export function scopeKey(t: readonly string[]): string {
  return [...t].sort().join('|');
}

/** Why a segment is left out under these options, or null when it is usable. */
export function exclusion(s: Segment, g: Pick<Graph, 'at' | 'options'>): string | null {
  const o = g.options;
  if (o.remove?.has(s.id)) return 'removed';
  if (s.mode !== 'transfer' && !(o.modes ?? TRANSPORT_MODES).includes(s.mode)) return 'mode';
  if (!o.force?.has(s.id) && !usable(statusAt(s, g.at), o.planned ?? false)) return 'status';
  if (o.avoid?.some((a) => s.countries.includes(a) || s.territories.includes(a))) return 'avoid';
  if (o.avoidControlledBy?.length && controlledBy(s, g.at).some((p) => o.avoidControlledBy?.includes(p)))
    return 'controlled';
  return null;
}

export function buildGraph(net: TransportNetwork, options: GraphOptions = {}): Graph {
  const params = options.params ?? DEFAULT_PARAMS;
  const at = options.at ?? today();
  const places = net.places;
  const index = new Map(places.map((p, i) => [p.id, i]));
  const stateOf = new Map<string, number>();
  const g: Graph = {
    at,
    options,
    params,
    places,
    index,
    out: places.map(() => []),
    edges: [],
    stateCountry: [],
    statePlace: [],
    sides: places.map(() => []),
  };
  const state = (place: number, country: string): number => {
    const key = `${place}|${country}`;
    let id = stateOf.get(key);
    if (id === undefined) {
      id = g.stateCountry.length;
      stateOf.set(key, id);
      g.stateCountry.push(country);
      g.statePlace.push(place);
      (g.sides[place] as number[]).push(id);
    }
    return id;
  };
  places.forEach((p, i) => state(i, p.country));
  for (const s of net.segments) {
    const a = index.get(s.from);
    const b = index.get(s.to);
    if (a === undefined || b === undefined) continue;
    state(a, s.countries[0] as string);
    state(b, s.countries[s.countries.length - 1] as string);
    if (exclusion(s, g)) continue;
    const km = s.length.km ?? segmentKm(s, places[a] as Place, places[b] as Place);
    const borders = internalBorders(s.countries);
    const hours = km / params.speed_kmh[s.mode] + params.fixed_hours[s.mode] + borders * params.border_hours;
    const closedFor = options.force?.has(s.id)
      ? []
      : closedScopes(s, at, options.planned ?? false).filter((t) => !options.liftTraffic?.has(scopeKey(t)));
    const endOnly = s.mode === 'transfer' && !(options.modes ?? TRANSPORT_MODES).includes('transfer');
    const base = {
      segment: s,
      status: statusAt(s, at),
      controlledBy: controlledBy(s, at),
      km,
      hours,
      borders,
      closedFor,
      endOnly,
    };
    const dirs: Array<[number, number, string[]]> = [[a, b, [...s.countries]]];
    if (!s.oneway) dirs.push([b, a, [...s.countries].reverse()]);
    for (const [from, to, countries] of dirs) {
      const e: Edge = {
        ...base,
        id: g.edges.length,
        from,
        to,
        countries,
        toState: state(to, countries[countries.length - 1] as string),
      };
      g.edges.push(e);
      (g.out[from] as Edge[]).push(e);
    }
  }
  g.out = g.out.map((list) => keepBest(list, options.by ?? 'distance'));
  return g;
}

/**
 * Of parallel edges (same end place, same countries, closed to the same traffic), the cheapest by
 * the metric, ties going to the faster. A transfer link is kept only when no line of an allowed
 * mode runs beside it: a route takes the transfer to reach a terminal it could not reach otherwise.
 */
function keepBest(list: Edge[], by: RouteMetric): Edge[] {
  const best = new Map<string, Edge>();
  const cost = (e: Edge): [number, number, number] => {
    const transfer = e.segment.mode === 'transfer' ? 1 : 0;
    return by === 'distance' ? [transfer, e.km, e.hours] : [transfer, e.hours, e.km];
  };
  for (const e of list) {
    const key = `${e.to}|${e.countries.join(',')}|${e.closedFor
      .map((t) => t.join('-'))
      .sort()
      .join(',')}`;
    const cur = best.get(key);
    const [t, a, b] = cost(e);
    if (!cur) best.set(key, e);
    else {
      const [u, c, d] = cost(cur);
      if (t < u || (t === u && (a < c || (a === c && b < d)))) best.set(key, e);
    }
  }
  return [...best.values()];
}

/** Edge ids closed to the traffic between two places (null when none is), for SearchLimits.closedEdges. */
export function closedEdgesFor(g: Graph, from: Place, to: Place): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  for (const e of g.edges) {
    if (e.closedFor.some((t) => isTraffic(t, from, to))) (out ??= new Uint8Array(g.edges.length))[e.id] = 1;
  }
  return out;
}
