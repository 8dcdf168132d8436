/**
 * The base map: Natural Earth layers cut to the region (countries, disputed areas, boundary lines,
 * coastline, lakes, places, ports, airports), read from the geo directory (--geo / ORRERY_GEO,
 * default ../shared/geo) and named by their file: ne_10m_admin_0_countries_caucasus.geojson → countries.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EnvironmentError, NotFoundError } from '../../model/index.js';
import { id } from '../params.js';
import { route } from '../route.js';
import { FeatureCollection } from '../../contracts/records.js';

const tag = 'geo';

export function layerName(file: string): string {
  return file
    .replace(/\.geojson$/, '')
    .replace(/^ne_\d+m_(admin_0_)?/, '')
    .replace(/_caucasus$/, '');
}

export function layers(dir: string): Map<string, string> {
  if (!existsSync(dir))
    throw new EnvironmentError(
      `no geodata at ${dir} (set --geo or ORRERY_GEO to the directory holding the Natural Earth layers)`,
    );
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .map((f) => [layerName(f), join(dir, f)]),
  );
}

const cache = new Map<string, string>();

export const geoRoutes = [
  route({
    method: 'get',
    path: '/api/geo',
    tag,
    summary: 'the base-map layers this server has',
    response: z.array(z.object({ layer: z.string(), path: z.string() })),
    handler: ({ ctx }) =>
      [...layers(ctx.options.geoDir).keys()].sort().map((layer) => ({ layer, path: `/api/geo/${layer}` })),
  }),

  route({
    method: 'get',
    path: '/api/geo/:layer',
    tag,
    summary:
      'one base-map layer as GeoJSON (countries, disputed_areas, boundary_lines_land, boundary_lines_disputed_areas, coastline, lakes, populated_places_simple, ports, airports)',
    params: z.object({ layer: id }),
    response: FeatureCollection,
    handler: ({ params, ctx }) => {
      const all = layers(ctx.options.geoDir);
      const file = all.get(params.layer);
      if (!file) throw new NotFoundError('layer', params.layer, `known: ${[...all.keys()].sort().join(', ')}`);
      let text = cache.get(file);
      if (text === undefined) cache.set(file, (text = readFileSync(file, 'utf8')));
      return new Response(text, {
        headers: { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=3600' },
      });
    },
  }),
];
