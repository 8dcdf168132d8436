/**
 * What the transport network's operations return (docs/corridors.md): the network as GeoJSON, routes,
 * corridors and impact reports, each type the output of its contract's result schema.
 */
import type { z } from 'zod';
import type { ResultOf } from '../../../src/contracts/contract';
import type {
  CorridorRow,
  ImpactReport as ImpactReportSchema,
  NetworkGeo as NetworkGeoSchema,
  Place as PlaceSchema,
  PlaceFeature as PlaceFeatureSchema,
  Route as RouteSchema,
  RouteCore,
  RouteSegment as RouteSegmentSchema,
  SegmentFeature as SegmentFeatureSchema,
} from '../../../src/contracts/records';
import type { routeContract } from '../../../src/contracts/reads/index';

export type Place = z.output<typeof PlaceSchema>;
export type NetworkGeo = z.output<typeof NetworkGeoSchema>;
export type SegmentFeature = z.output<typeof SegmentFeatureSchema>;
export type PlaceFeature = z.output<typeof PlaceFeatureSchema>;
export type SegmentProps = SegmentFeature['properties'];
export type PlaceProps = PlaceFeature['properties'];
export type RouteSegment = z.output<typeof RouteSegmentSchema>;
/** A route; those of an impact report come without their GeoJSON. */
export type Route = z.output<typeof RouteCore> & Partial<Pick<z.output<typeof RouteSchema>, 'geojson'>>;
export type RouteAnswer = ResultOf<typeof routeContract>;
export type CorridorSummary = z.output<typeof CorridorRow>;
export type ImpactReport = z.output<typeof ImpactReportSchema>;
export type ImpactPair = ImpactReport['pairs'][number];
export type ImpactCountry = ImpactReport['countries'][number];
