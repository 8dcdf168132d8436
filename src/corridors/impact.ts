/**
 * What a corridor changes: for a standard set of origin–destination pairs (plus the corridor's own),
 * the best route with the corridor usable (built, or open; a traffic closure its segments carry is
 * lifted on every segment) and without it (absent, or blocked), the
 * distance and time saved, and each state's transit position with and without. A state that is a
 * transit state on more pairs, or carries more transit km, gains leverage; one that carries less
 * loses it.
 */
import { NotFoundError } from '../model/errors.js';
import type { TransportNetwork, TransportCorridor, TransportMode } from '../model/transport.js';
import { buildGraph, scopeKey } from './graph.js';
import { DEFAULT_PARAMS, TRANSPORT_MODES, today, type RouteMetric, type RouteParams } from './params.js';
import { findPlace, normalizeName } from './places.js';
import { routesOnGraph, type Route } from './route.js';
import { trafficScopes } from './status.js';
import { compareTransit, transitShares, type TransitChange } from './transit.js';

/** The standard pairs: mainland Azerbaijan–Nakhchivan, Baku–Kars and Turkey's ports, Central Asia–Black Sea and Europe, Armenia–Iran. */
export const STANDARD_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['baku', 'nakhchivan'],
  ['baku', 'kars'],
  ['baku', 'ceyhan'],
  ['baku', 'trabzon'],
  ['beyneu', 'poti'],
  ['beyneu', 'istanbul'],
  ['yerevan', 'tabriz'],
];

export interface PairImpact {
  from: string;
  to: string;
  with: Route | null;
  without: Route | null;
  saved_km: number | null;
  saved_hours: number | null;
  /** "cut off" when only the corridor joins the pair; "unaffected" when the best route is the same. */
  effect: 'shorter' | 'cut-off' | 'unaffected' | 'no-route';
  transit: TransitChange[];
}

export interface CountryPosition {
  country: string;
  transit_pairs_with: number;
  transit_pairs_without: number;
  transit_km_with: number;
  transit_km_without: number;
  leverage: 'gains' | 'loses' | 'unchanged';
}

export interface ImpactReport {
  corridor: { id: string; name: string; segments: string[] };
  at: string;
  by: RouteMetric;
  pairs: PairImpact[];
  countries: CountryPosition[];
}

export interface ImpactOptions {
  at?: string;
  by?: RouteMetric;
  modes?: readonly TransportMode[];
  params?: RouteParams;
  /** Pairs to use instead of STANDARD_PAIRS (the corridor's own pairs are always added; a pipeline gets only its own). */
  pairs?: ReadonlyArray<readonly [string, string]>;
}

export function findCorridor(net: TransportNetwork, name: string): TransportCorridor {
  const q = normalizeName(name);
  const hit = net.corridors.find((c) => [c.id, c.name, ...c.aliases].some((n) => normalizeName(n) === q));
  if (!hit) throw new NotFoundError('corridor', name, `known: ${net.corridors.map((c) => c.id).join(', ')}`);
  return hit;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function effectOf(w: Route | null, wo: Route | null): PairImpact['effect'] {
  if (!w && !wo) return 'no-route';
  if (w && !wo) return 'cut-off';
  const same = w && wo && w.segments.map((s) => s.id).join() === wo.segments.map((s) => s.id).join();
  return same ? 'unaffected' : 'shorter';
}

function positions(pairs: PairImpact[]): CountryPosition[] {
  const by = new Map<string, CountryPosition>();
  for (const p of pairs) {
    for (const t of p.transit) {
      const c = by.get(t.country) ?? {
        country: t.country,
        transit_pairs_with: 0,
        transit_pairs_without: 0,
        transit_km_with: 0,
        transit_km_without: 0,
        leverage: 'unchanged',
      };
      if (t.transit_with) {
        c.transit_pairs_with++;
        c.transit_km_with = round1(c.transit_km_with + t.km_with);
      }
      if (t.transit_without) {
        c.transit_pairs_without++;
        c.transit_km_without = round1(c.transit_km_without + t.km_without);
      }
      by.set(t.country, c);
    }
  }
  for (const c of by.values()) {
    const d = c.transit_pairs_with - c.transit_pairs_without || Math.sign(c.transit_km_with - c.transit_km_without);
    c.leverage = d > 0 ? 'gains' : d < 0 ? 'loses' : 'unchanged';
  }
  return [...by.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** Transport modes, unless the corridor is made only of other modes (a pipeline): then its own. */
function modesOf(net: TransportNetwork, ids: ReadonlySet<string>): readonly TransportMode[] {
  const own = [...new Set(net.segments.filter((s) => ids.has(s.id)).map((s) => s.mode))];
  return own.some((m) => TRANSPORT_MODES.includes(m)) || !own.length ? TRANSPORT_MODES : own;
}

export function impact(net: TransportNetwork, corridorName: string, o: ImpactOptions = {}): ImpactReport {
  const corridor = findCorridor(net, corridorName);
  const ids = new Set(net.segments.filter((s) => s.corridors.includes(corridor.id)).map((s) => s.id));
  const at = o.at ?? corridor.impact_at ?? today();
  const by = o.by ?? 'distance';
  const modes = o.modes ?? modesOf(net, ids);
  const transport = modes.some((m) => TRANSPORT_MODES.includes(m));
  const base = { at, by, modes, params: o.params ?? DEFAULT_PARAMS };
  // "with": the corridor usable whatever its status, and open again to the traffic its own segments are closed to
  const liftTraffic = new Set(net.segments.filter((s) => ids.has(s.id)).flatMap((s) => trafficScopes(s).map(scopeKey)));
  const gWith = buildGraph(net, { ...base, force: ids, liftTraffic });
  const gWithout = buildGraph(net, { ...base, remove: ids });
  const list = [...(o.pairs ?? (transport ? STANDARD_PAIRS : [])), ...corridor.pairs];
  const pairs = list.map(([a, b]): PairImpact => {
    const from = findPlace(net, a);
    const to = findPlace(net, b);
    const w = routesOnGraph(gWith, from, to, by, 1)[0] ?? null;
    const wo = routesOnGraph(gWithout, from, to, by, 1)[0] ?? null;
    const ends = [from.country, to.country];
    return {
      from: from.id,
      to: to.id,
      with: w,
      without: wo,
      saved_km: w && wo ? round1(wo.distance_km - w.distance_km) : null,
      saved_hours: w && wo ? round1(wo.hours - w.hours) : null,
      effect: effectOf(w, wo),
      transit: compareTransit(transitShares(w, ends), transitShares(wo, ends)),
    };
  });
  return {
    corridor: { id: corridor.id, name: corridor.name, segments: [...ids] },
    at,
    by,
    pairs,
    countries: positions(pairs),
  };
}
