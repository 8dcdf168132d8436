/**
 * Why no route meets a query: the origin or destination lies in an avoided state or territory, or
 * no link at all joins the two places that day, or which constraints stand in the way (found by
 * relaxing each in turn and searching again).
 */
import type { TransportNetwork, Place } from '../model/transport.js';
import { shortestPath } from './dijkstra.js';
import { buildGraph, closedEdgesFor, type Graph, type GraphOptions } from './graph.js';
import { TRANSPORT_MODES } from './params.js';

/** How the graph of a set of options is had: built anew by default, or taken from a caller's cache. */
export type GraphOf = (o: GraphOptions) => Graph;

function reachable(from: Place, to: Place, o: GraphOptions, graphOf: GraphOf): boolean {
  const g = graphOf(o);
  const a = g.index.get(from.id);
  const b = g.index.get(to.id);
  if (a === undefined || b === undefined) return false;
  return (
    shortestPath(g, g.sides[a] as number[], b, 'distance', { closedEdges: closedEdgesFor(g, from, to), origin: a }) !==
    null
  );
}

export function explainNoRoute(
  net: TransportNetwork,
  from: Place,
  to: Place,
  q: GraphOptions,
  at: string,
  graphOf: GraphOf = (o) => buildGraph(net, o),
): string {
  const head = `no route from ${from.name} to ${to.name} on ${at}`;
  for (const p of [from, to]) {
    const hit = q.avoid?.find((a) => a === p.country || a === p.territory);
    if (hit) return `${head}: ${p.name} lies in ${hit}, which the route must avoid`;
  }
  const modes = q.modes ?? TRANSPORT_MODES;
  const told: string[] = [];
  if (q.avoid?.length) told.push(`avoiding ${q.avoid.join(', ')}`);
  if (q.avoidControlledBy?.length) told.push(`avoiding segments controlled by ${q.avoidControlledBy.join(', ')}`);
  told.push(`by ${modes.join(', ')}`);
  told.push(q.planned ? 'with planned links' : 'with operational links only');
  const relaxations: Array<[string, GraphOptions]> = [
    ['without the countries to avoid', { ...q, avoid: [] }],
    ['without the parties to avoid', { ...q, avoidControlledBy: [] }],
    ['with other modes', { ...q, modes: TRANSPORT_MODES.filter((m) => !modes.includes(m)).concat(modes) }],
    ['with planned links (--planned)', { ...q, planned: true }],
  ];
  const would = relaxations.filter(([, o]) => reachable(from, to, o, graphOf)).map(([label]) => label);
  const tail = would.length
    ? `; a route exists ${would.join(', or ')}`
    : '; no single constraint is to blame (the network has no such link that day, or several constraints together cut every route)';
  return `${head} ${told.join(', ')}${tail}`;
}
