/**
 * GeoJSON (RFC 7946) export: the network's places as Points and segments as LineStrings (status
 * and control at a date in the properties), and any route as a FeatureCollection of its segments.
 * Coordinates are [lon, lat], as RFC 7946 orders them.
 */
import type { TransportNetwork, Place, Segment } from '../model/transport.js';
import { segmentKm, segmentLine } from './geometry.js';
import { today } from './params.js';
import type { Route } from './route.js';
import { closedScopes, controlledBy, statusAt } from './status.js';

export interface Feature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] };
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

function placeFeature(p: Place): Feature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { id: p.id, name: p.name, kind: p.kind, country: p.country, territory: p.territory ?? null },
  };
}

function segmentFeature(s: Segment, a: Place, b: Place, at: string, reversed = false): Feature {
  const line = segmentLine(s, a, b).map(([lat, lon]) => [lon, lat]);
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: reversed ? line.reverse() : line },
    properties: {
      id: s.id,
      name: s.name,
      mode: s.mode,
      km: segmentKm(s, a, b),
      length_basis: s.length.basis,
      status: statusAt(s, at),
      controlled_by: controlledBy(s, at),
      countries: s.countries,
      corridors: s.corridors,
      /** Traffic the segment is closed to that day although open to others ("AZE–NAKHCHIVAN"). */
      closed_to: closedScopes(s, at, false).map((t) => t.join('–')),
    },
  };
}

export function networkGeoJson(net: TransportNetwork, at = today()): FeatureCollection {
  const places = new Map(net.places.map((p) => [p.id, p]));
  const features = net.places.map(placeFeature);
  for (const s of net.segments) {
    const a = places.get(s.from);
    const b = places.get(s.to);
    if (a && b) features.push(segmentFeature(s, a, b, at));
  }
  return { type: 'FeatureCollection', features };
}

export function routeGeoJson(net: TransportNetwork, route: Route, at = today()): FeatureCollection {
  const places = new Map(net.places.map((p) => [p.id, p]));
  const segs = new Map(net.segments.map((s) => [s.id, s]));
  const features: Feature[] = [];
  route.segments.forEach((rs, i) => {
    const s = segs.get(rs.id);
    const a = s && places.get(s.from);
    const b = s && places.get(s.to);
    if (!s || !a || !b) return;
    const f = segmentFeature(s, a, b, at, s.from !== rs.from);
    f.properties.order = i + 1;
    features.push(f);
  });
  const ends = [route.segments[0]?.from, route.segments[route.segments.length - 1]?.to];
  for (const id of ends) {
    const p = id ? places.get(id) : undefined;
    if (p) features.push(placeFeature(p));
  }
  return { type: 'FeatureCollection', features };
}
