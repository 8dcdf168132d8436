/** Routes drawn over the network: each route's segments in its colour, the chosen route on top. */
import { memo } from 'react';
import type { GeoPath } from 'd3-geo';
import type { Feature, LineString } from 'geojson';
import type { Route, SegmentFeature } from '../../api/types';
import { ROUTE_COLOURS } from './style';

/** The line features of a route: its own GeoJSON when the server sent one, else the network's segments by id. */
export function routeFeatures(route: Route, segments: ReadonlyMap<string, SegmentFeature>): Feature<LineString>[] {
  const own = route.geojson?.features.filter((f): f is Feature<LineString> => f.geometry?.type === 'LineString');
  if (own?.length) return own;
  return route.segments.map((s) => segments.get(s.id)).filter((f): f is SegmentFeature => !!f);
}

export const RouteLines = memo(function RouteLines({
  routes,
  segments,
  path,
  chosen,
  dashed,
}: {
  routes: Route[];
  segments: ReadonlyMap<string, SegmentFeature>;
  path: GeoPath;
  chosen: number;
  /** Draw every route dashed (an alternative "without" route in the impact view). */
  dashed?: boolean;
}) {
  const order = routes.map((_, i) => i).filter((i) => i !== chosen);
  if (chosen < routes.length) order.push(chosen);
  return (
    <g className="routes">
      {order.map((i) => (
        <g key={i} className={`route${i === chosen ? ' chosen' : ''}`} data-route={i + 1}>
          {routeFeatures(routes[i]!, segments).map((f, j) => {
            const d = path(f) ?? '';
            return (
              <g key={j}>
                <path
                  className="casing"
                  d={d}
                  strokeDasharray={dashed ? '8 6' : undefined}
                  vectorEffect="non-scaling-stroke"
                />
                <path
                  className="core"
                  d={d}
                  stroke={ROUTE_COLOURS[i % ROUTE_COLOURS.length]}
                  strokeDasharray={dashed ? '8 6' : undefined}
                  vectorEffect="non-scaling-stroke"
                />
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
});
