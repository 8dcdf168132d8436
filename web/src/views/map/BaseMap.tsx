/**
 * The base map: Natural Earth countries, disputed areas (hatched) and lakes from /api/geo, projected
 * once. The Nagorno-Karabakh polygon of this extract is the 1994 ceasefire area (see ../shared/geo).
 * The extract stops at lon 52° E, before the Caspian's south-east shore: everything beyond its box is
 * covered by a neutral "beyond the base map" layer (in the legend) rather than left to look like sea.
 */
import { memo, useMemo } from 'react';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoPath } from 'd3-geo';
import { cachedJson } from '../../api/client';
import { ErrorBox } from '../../ui/Status';
import { useApi } from '../../ui/useApi';

type Props = Record<string, unknown>;

const GEO = ['/api/geo/countries', '/api/geo/disputed_areas', '/api/geo/lakes'] as const;

// The layers do not depend on the date: ask for them as soon as the map's code arrives (it is fetched
// while the app is still finding the newest date), so they are in the client cache when the map mounts.
for (const path of GEO) cachedJson(path).catch(() => undefined);

const FILLS: Record<string, string> = {
  ARM: '#f1e4c8',
  AZE: '#e3ecd3',
  GEO: '#efdbe0',
  RUS: '#e6e6e6',
  TUR: '#eadfd4',
  IRN: '#dfe7ec',
  KAZ: '#ececec',
  IRQ: '#ececec',
  SYR: '#ececec',
};

function label(f: Feature<Geometry, Props>): string {
  const p = f.properties ?? {};
  return String(p.BRK_NAME ?? p.name ?? p.NAME ?? p.ADMIN ?? '');
}

/** The extract's box (lon 36–52, lat 36–45), densified and clockwise as d3-geo wants: the sea inside it, "no base map" outside. */
function boxOutline(): Feature<Geometry, Props> {
  const ring: [number, number][] = [];
  for (let lat = 36; lat <= 45; lat += 0.5) ring.push([36, lat]);
  for (let lon = 36.5; lon <= 52; lon += 0.5) ring.push([lon, 45]);
  for (let lat = 44.5; lat >= 36; lat -= 0.5) ring.push([52, lat]);
  for (let lon = 51.5; lon >= 36; lon -= 0.5) ring.push([lon, 36]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export const BaseMap = memo(function BaseMap({ path }: { path: GeoPath }) {
  const countries = useApi<FeatureCollection<Geometry, Props>>(GEO[0]);
  const disputed = useApi<FeatureCollection<Geometry, Props>>(GEO[1]);
  const lakes = useApi<FeatureCollection<Geometry, Props>>(GEO[2]);
  const shapes = useMemo(
    () =>
      (countries.data?.features ?? []).map((f) => ({
        id: String(f.properties?.iso_a3 ?? f.properties?.adm0_a3 ?? label(f)),
        name: label(f),
        d: path(f) ?? '',
        c: path.centroid(f),
      })),
    [countries.data, path],
  );
  return (
    <g className="basemap">
      <path className="sea" d={path(boxOutline()) ?? ''}>
        <title>Outside this box the map has no base layer (Natural Earth extract, lon 36–52, lat 36–45)</title>
      </path>
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9a6b6b" strokeWidth="1.2" />
        </pattern>
      </defs>
      {shapes.map((s) => (
        <path key={s.id} className="country" d={s.d} fill={FILLS[s.id] ?? '#eeeeee'}>
          <title>{s.name}</title>
        </path>
      ))}
      {(lakes.data?.features ?? []).map((f, i) => (
        <path key={i} className="lake" d={path(f) ?? ''} />
      ))}
      {(disputed.data?.features ?? []).map((f, i) => (
        <path key={i} className="disputed" d={path(f) ?? ''} fill="url(#hatch)">
          <title>{`${label(f)} (disputed area; Natural Earth's outline)`}</title>
        </path>
      ))}
      {shapes.map((s) =>
        Number.isFinite(s.c[0]) ? (
          <text key={s.id} className="country-label" x={s.c[0]} y={s.c[1]}>
            {s.name}
          </text>
        ) : null,
      )}
      <path className="beyond" d={`M-5000,-5000H5000V5000H-5000Z ${path(boxOutline()) ?? ''}`} fillRule="evenodd">
        <title>Beyond the base map: the Natural Earth extract covers lon 36–52° E, lat 36–45° N only</title>
      </path>
      {countries.error && (
        <foreignObject x={20} y={20} width={400} height={80}>
          <ErrorBox what="the countries layer" error={countries.error} retry={countries.reload} />
        </foreignObject>
      )}
    </g>
  );
});
