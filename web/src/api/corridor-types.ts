/** What the corridor endpoints return (docs/corridors.md): the network as GeoJSON, routes, corridors, impact reports. */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Citation } from './citation';

export interface Place {
  id: string;
  name: string;
  kind: string;
  country: string;
  territory?: string | null;
  lat: number;
  lon: number;
}

export interface SegmentProps {
  id: string;
  name?: string;
  mode: string;
  km?: number;
  length_basis?: string;
  status: string;
  controlled_by?: string[];
  countries?: string[];
  corridors?: string[];
  citations?: Citation[];
  [key: string]: unknown;
}

export interface PlaceProps {
  id: string;
  name: string;
  kind: string;
  country: string;
  territory?: string | null;
}

export type SegmentFeature = Feature<LineString, SegmentProps>;
export type PlaceFeature = Feature<Point, PlaceProps>;
export type NetworkGeo = FeatureCollection<LineString | Point, SegmentProps | PlaceProps>;

export interface RouteSegment {
  id: string;
  from: string;
  to: string;
  mode: string;
  km: number;
  status: string;
  controlled_by: string[];
}

export interface Route {
  distance_km: number;
  hours: number;
  countries: string[];
  modes: string[];
  segments: RouteSegment[];
  territories?: string[];
  borders?: number;
  km_by_country?: Record<string, number>;
  geojson?: FeatureCollection;
}

export interface RouteAnswer {
  from: string;
  to: string;
  at?: string;
  by?: string;
  routes: Route[];
  reason?: string;
}

export interface CorridorSummary {
  id: string;
  name: string;
  record?: string | null | { id: string; [key: string]: unknown };
  segments: number | string[];
  km?: number;
  statuses?: Record<string, number>;
  modes?: string[];
  countries?: string[];
  summary?: string;
  citations?: Citation[];
  [key: string]: unknown;
}

export interface ImpactPair {
  from: string;
  to: string;
  with: Route | null;
  without: Route | null;
  saved_km: number | null;
  saved_hours: number | null;
  effect: string;
}

export interface ImpactCountry {
  country: string;
  transit_pairs_with: number;
  transit_pairs_without: number;
  transit_km_with: number;
  transit_km_without: number;
  leverage: string;
}

export interface ImpactReport {
  corridor: { id: string; name: string; segments: string[] };
  at: string;
  by: string;
  pairs: ImpactPair[];
  countries: ImpactCountry[];
}
