/**
 * Geometry on the sphere: great-circle (haversine) distances and the computed length of a segment,
 * the haversine length of from → waypoints → to times a detour factor (see DEFAULT_DETOUR in
 * src/model/transport.ts). Mean Earth radius 6371.0088 km (IUGG).
 */
import { DEFAULT_DETOUR, type Place, type Segment } from '../model/transport.js';

export const EARTH_RADIUS_KM = 6371.0088;

export type LatLon = readonly [number, number];

/** Great-circle distance in km between two [lat, lon] points. */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Sum of great-circle legs along a polyline. */
export function polylineKm(points: readonly LatLon[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1] as LatLon, points[i] as LatLon);
  return km;
}

/** The segment's line as [lat, lon] points, from its first place to its last. */
export function segmentLine(s: Pick<Segment, 'waypoints'>, from: Place, to: Place): LatLon[] {
  return [[from.lat, from.lon], ...s.waypoints, [to.lat, to.lon]];
}

/** The detour factor a computed length uses. */
export function detourOf(s: Pick<Segment, 'mode' | 'length'>): number {
  return s.length.detour ?? DEFAULT_DETOUR[s.mode];
}

/** A segment's length in km: the cited figure, or the computed one (rounded to 0.1 km). */
export function segmentKm(s: Pick<Segment, 'mode' | 'length' | 'waypoints'>, from: Place, to: Place): number {
  if (s.length.basis === 'cited' && s.length.km !== undefined) return s.length.km;
  return Math.round(polylineKm(segmentLine(s, from, to)) * detourOf(s) * 10) / 10;
}
