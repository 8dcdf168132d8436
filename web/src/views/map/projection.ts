/**
 * The map's projection: Lambert conformal conic (d3-geo `geoConicConformal`) centred on the South
 * Caucasus, standard parallels 38° and 44°, fitted at first to lon 38.5–50.8, lat 37.2–44.2 (the
 * Natural Earth extract covers lon 36–52, lat 36–45). Lines that run beyond it (to Beyneu, Istanbul,
 * Ceyhan) are drawn where they fall; zoom out to see them.
 */
import { geoConicConformal, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';

export const WIDTH = 900;
export const HEIGHT = 560;

/** What the map shows at first: the three states, their neighbours' border regions and the Caspian shore. */
const VIEW = {
  type: 'MultiPoint' as const,
  coordinates: [
    [38.5, 37.2],
    [44.5, 37.2],
    [50.8, 37.2],
    [50.8, 44.2],
    [44.5, 44.2],
    [38.5, 44.2],
  ],
};

export function makeProjection(): { projection: GeoProjection; path: GeoPath } {
  const projection = geoConicConformal()
    .parallels([38, 44])
    .rotate([-44, 0])
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      VIEW,
    );
  return { projection, path: geoPath(projection) };
}
