/**
 * Routes between two places: the best K (Yen) by distance or time on the graph of a date and a set
 * of constraints, reported in the JSON contract documented in docs/corridors.md.
 */
import { UsageError } from '../model/errors.js';
import type { TransportNetwork, TransportMode, Place, SegmentStatus } from '../model/transport.js';
import type { StatePath } from './dijkstra.js';
import { buildGraph, closedEdgesFor, type Graph, type GraphOptions } from './graph.js';
import type { RouteMetric } from './params.js';
import { findPlace } from './places.js';
import { explainNoRoute } from './reason.js';
import { kShortestPaths } from './yen.js';

export interface RouteSegment {
  id: string;
  from: string;
  to: string;
  mode: TransportMode;
  km: number;
  status: SegmentStatus | null;
  controlled_by: string[];
}

export interface Route {
  distance_km: number;
  hours: number;
  /** States crossed, in order (ISO 3166-1 alpha-3). */
  countries: string[];
  modes: TransportMode[];
  segments: RouteSegment[];
  territories: string[];
  borders: number;
  /** Km in each state crossed. */
  km_by_country: Record<string, number>;
}

export interface RouteResult {
  from: string;
  to: string;
  at: string;
  by: RouteMetric;
  routes: Route[];
  reason?: string;
}

export interface RouteQuery extends GraphOptions {
  /** How many routes (1 = only the best). */
  alternatives?: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Turn a state path into the reported route. */
export function toRoute(g: Graph, p: StatePath): Route {
  const countries: string[] = [];
  const kmBy: Record<string, number> = {};
  const territories = new Set<string>();
  let hours = 0;
  let borders = 0;
  p.edges.forEach((e, i) => {
    const crossing = i > 0 && g.stateCountry[p.states[i] as number] !== e.countries[0];
    borders += e.borders + (crossing ? 1 : 0);
    hours += e.hours + (crossing ? g.params.border_hours : 0);
    for (const c of e.countries) if (countries[countries.length - 1] !== c) countries.push(c);
    const split = e.segment.km_by_country;
    for (const c of new Set(e.countries)) kmBy[c] = (kmBy[c] ?? 0) + (split?.[c] ?? e.km / new Set(e.countries).size);
    e.segment.territories.forEach((t) => territories.add(t));
  });
  const segments = p.edges.map((e) => ({
    id: e.segment.id,
    from: (g.places[e.from] as Place).id,
    to: (g.places[e.to] as Place).id,
    mode: e.segment.mode,
    km: round1(e.km),
    status: e.status,
    controlled_by: e.controlledBy,
  }));
  return {
    distance_km: round1(p.edges.reduce((n, e) => n + e.km, 0)),
    hours: round1(hours),
    countries,
    modes: [...new Set(segments.map((s) => s.mode))],
    segments,
    territories: [...territories],
    borders,
    km_by_country: Object.fromEntries(Object.entries(kmBy).map(([c, km]) => [c, round1(km)])),
  };
}

/** Best routes on a prepared graph between two places (ids or names). */
export function routesOnGraph(g: Graph, from: Place, to: Place, by: RouteMetric, k: number): Route[] {
  const a = g.index.get(from.id);
  const b = g.index.get(to.id);
  if (a === undefined || b === undefined) return [];
  const closedEdges = closedEdgesFor(g, from, to);
  return kShortestPaths(g, g.sides[a] as number[], b, k, by, { closedEdges, origin: a }).map((p) => toRoute(g, p));
}

export function findRoutes(net: TransportNetwork, fromName: string, toName: string, q: RouteQuery = {}): RouteResult {
  const from = findPlace(net, fromName);
  const to = findPlace(net, toName);
  if (from.id === to.id) throw new UsageError(`"${fromName}" and "${toName}" are the same place`);
  const k = q.alternatives ?? 1;
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError('alternatives must be a whole number from 1 to 50');
  const by = q.by ?? 'distance';
  const g = buildGraph(net, { ...q, by });
  const routes = routesOnGraph(g, from, to, by, k);
  const result: RouteResult = { from: from.id, to: to.id, at: g.at, by, routes };
  if (!routes.length) result.reason = explainNoRoute(net, from, to, q, g.at);
  return result;
}
