/**
 * The corridor network at a date on the map: each segment a line coloured by mode and dashed by its
 * status then; places as dots. Segments are focusable buttons (Enter opens their facts).
 */
import { memo, useMemo } from 'react';
import type { GeoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { PlaceFeature, SegmentFeature } from '../../api/types';
import { MODE_COLOURS, STATUS_DASH, statusOpacity } from './style';

export const SegmentLines = memo(function SegmentLines({
  segments,
  path,
  selected,
  corridor,
  onSelect,
}: {
  segments: SegmentFeature[];
  path: GeoPath;
  selected: string | null;
  corridor: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <g className="segments">
      {segments.map((f) => {
        const p = f.properties;
        const inCorridor = !!corridor && (p.corridors ?? []).includes(corridor);
        const d = path(f) ?? '';
        return (
          <g key={p.id}>
            {(p.id === selected || inCorridor) && <path className="halo" d={d} vectorEffect="non-scaling-stroke" />}
            <path
              className="segment"
              data-id={p.id}
              data-mode={p.mode}
              data-status={p.status}
              d={d}
              stroke={MODE_COLOURS[p.mode] ?? '#555'}
              strokeDasharray={p.status ? STATUS_DASH[p.status] : undefined}
              strokeOpacity={statusOpacity(p.status ?? '')}
              vectorEffect="non-scaling-stroke"
              tabIndex={0}
              role="button"
              aria-label={`${p.name ?? p.id}: ${p.mode}, ${p.status}`}
              onClick={() => onSelect(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(p.id);
                }
              }}
            >
              <title>{`${p.name ?? p.id} — ${p.mode}, ${p.status}`}</title>
            </path>
          </g>
        );
      })}
    </g>
  );
});

const KIND_RANK: Record<string, number> = { city: 0, port: 1, 'border-crossing': 2, junction: 3 };

/**
 * Which place names to write at a zoom: cities and ports first, then crossings and junctions, each
 * only where its label does not overlap one already placed (labels are about 6 px a character).
 */
function labelled(
  places: PlaceFeature[],
  projection: GeoProjection,
  k: number,
  highlight: ReadonlySet<string>,
): Set<string> {
  const order = [...places].sort((a, b) => {
    const ha = highlight.has(a.properties.id) ? -1 : 0;
    const hb = highlight.has(b.properties.id) ? -1 : 0;
    return (
      ha - hb ||
      (KIND_RANK[a.properties.kind] ?? 9) - (KIND_RANK[b.properties.kind] ?? 9) ||
      a.properties.name.length - b.properties.name.length
    );
  });
  const boxes: [number, number, number, number][] = [];
  const out = new Set<string>();
  for (const f of order) {
    const xy = projection(f.geometry.coordinates as [number, number]);
    if (!xy) continue;
    const x = xy[0] * k;
    const y = xy[1] * k;
    const box: [number, number, number, number] = [x + 3, y - 9, x + 6 + f.properties.name.length * 6, y + 4];
    if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    boxes.push(box);
    out.add(f.properties.id);
  }
  return out;
}

export const PlaceDots = memo(function PlaceDots({
  places,
  projection,
  k,
  highlight,
}: {
  places: PlaceFeature[];
  projection: GeoProjection;
  k: number;
  highlight: ReadonlySet<string>;
}) {
  const named = useMemo(() => labelled(places, projection, k, highlight), [places, projection, k, highlight]);
  return (
    <g className="places">
      {places.map((f) => {
        const xy = projection(f.geometry.coordinates as [number, number]);
        if (!xy) return null;
        const p = f.properties;
        const big = p.kind === 'city' || p.kind === 'port' || highlight.has(p.id);
        return (
          <g
            key={p.id}
            transform={`translate(${xy[0]} ${xy[1]})`}
            className={`place ${p.kind}${highlight.has(p.id) ? ' on-route' : ''}`}
          >
            <circle r={(big ? 3.2 : 2) / k} />
            {named.has(p.id) && (
              <text x={5 / k} y={3 / k} style={{ fontSize: `${(big ? 11 : 9.5) / k}px` }}>
                {p.name}
              </text>
            )}
            <title>{`${p.name} (${p.kind}, ${p.country}${p.territory ? `, ${p.territory}` : ''})`}</title>
          </g>
        );
      })}
    </g>
  );
});
