/**
 * The corridor network at a date on the map: each segment a line coloured by mode and dashed by its
 * status then; places as dots. The segments are one tab stop (a roving tab index): Tab reaches the
 * segment last used (or the first by name), the arrow keys move between segments in name order, Home
 * and End go to the first and last, and Enter opens a segment's facts.
 */
import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GeoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { PlaceFeature, SegmentFeature } from '../../api/types';
import { wordsOf } from '../../ui/names';
import { MODE_COLOURS, STATUS_DASH, statusOpacity } from './style';

/** The segments drawn within a few pixels of a screen point: lines that overlap there. */
export function linesNear(x: number, y: number, r = 5): string[] {
  const ids = new Set<string>();
  for (const dx of [-r, 0, r])
    for (const dy of [-r, 0, r])
      for (const el of document.elementsFromPoint(x + dx, y + dy))
        if (el.matches('path.segment')) ids.add(el.getAttribute('data-id') ?? '');
  ids.delete('');
  return [...ids];
}

export const SegmentLines = memo(function SegmentLines({
  segments,
  path,
  selected,
  corridor,
  hypothetical,
  onSelect,
}: {
  segments: SegmentFeature[];
  path: GeoPath;
  selected: string | null;
  corridor: string | null;
  /** Segments a scenario alters (ringed: their status is hypothetical), or null on the evidence alone. */
  hypothetical?: ReadonlySet<string> | null;
  /** A segment chosen; `near` lists every segment drawn where it was clicked, when several overlap. */
  onSelect: (id: string, near?: { ids: string[]; x: number; y: number }) => void;
}) {
  const box = useRef<SVGGElement>(null);
  const [active, setActive] = useState<string | null>(null);
  const order = useMemo(
    () =>
      [...segments]
        .sort((a, b) => (a.properties.name ?? a.properties.id).localeCompare(b.properties.name ?? b.properties.id))
        .map((f) => f.properties.id),
    [segments],
  );
  const stop = active && order.includes(active) ? active : selected && order.includes(selected) ? selected : order[0];
  const move = (e: KeyboardEvent<SVGPathElement>, id: string) => {
    const i = order.indexOf(id);
    const to: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(id);
      return;
    }
    const j = to[e.key];
    if (j === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const next = order[(j + order.length) % order.length]!;
    setActive(next);
    box.current?.querySelector<SVGPathElement>(`path.segment[data-id="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <g
      className="segments"
      ref={box}
      role="group"
      aria-label={`${order.length} segments; arrow keys move between them`}
    >
      {segments.map((f) => {
        const p = f.properties;
        const inCorridor = !!corridor && (p.corridors ?? []).includes(corridor);
        const d = path(f) ?? '';
        return (
          <g key={p.id}>
            {hypothetical?.has(p.id) && (
              <path className="scenario-ring" data-id={p.id} d={d} vectorEffect="non-scaling-stroke" />
            )}
            {(p.id === selected || inCorridor) && <path className="halo" d={d} vectorEffect="non-scaling-stroke" />}
            <path
              className="segment"
              data-id={p.id}
              data-mode={p.mode}
              data-status={p.status}
              data-hypothetical={hypothetical?.has(p.id) ? 'true' : undefined}
              d={d}
              stroke={MODE_COLOURS[p.mode] ?? '#555'}
              strokeDasharray={p.status ? STATUS_DASH[p.status] : undefined}
              strokeOpacity={statusOpacity(p.status ?? '')}
              vectorEffect="non-scaling-stroke"
              tabIndex={p.id === stop ? 0 : -1}
              role="button"
              aria-label={`${p.name ?? p.id}: ${wordsOf(p.mode)}, ${wordsOf(p.status)}${hypothetical?.has(p.id) ? ' (hypothetical)' : ''}`}
              onClick={(e) => {
                const ids = linesNear(e.clientX, e.clientY);
                onSelect(p.id, ids.length > 1 ? { ids, x: e.clientX, y: e.clientY } : undefined);
              }}
              onFocus={() => setActive(p.id)}
              onKeyDown={(e) => move(e, p.id)}
            >
              <title>{`${p.name ?? p.id} — ${wordsOf(p.mode)}, ${wordsOf(p.status)}`}</title>
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
              <text x={5 / k} y={3 / k} style={{ fontSize: `${(big ? 11 : 9.5) / k}px`, strokeWidth: `${2.5 / k}px` }}>
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
