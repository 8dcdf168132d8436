/**
 * The cooperation/conflict series of a pair, drawn by hand in SVG: per bucket, cooperation counts
 * stacked above the axis (verbal, material), conflict counts below, and the summed intensity as a
 * line. Each bucket is a focusable button that lists its events. The chart takes the width of its
 * container; when the buckets would be thinner than MIN_STEP (months over decades) it keeps that
 * width per bucket and scrolls sideways inside its own box, never the page.
 */
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { QuadClass } from '../../../../src/model/plover';
import type { SeriesBucket as BucketSchema } from '../../../../src/contracts/analyses/series';

type SeriesBucket = z.output<typeof BucketSchema>;

export const QUADS: [QuadClass, string, string][] = [
  ['material-cooperation', '#3182bd', 'material cooperation'],
  ['verbal-cooperation', '#9ecae1', 'verbal cooperation'],
  ['verbal-conflict', '#fcae91', 'verbal conflict'],
  ['material-conflict', '#de2d26', 'material conflict'],
];

const H = 320;
const PAD = { l: 58, r: 58, t: 22, b: 50 };
/** The narrowest a bucket gets, px: below this the chart scrolls inside its box. */
export const MIN_STEP = 9;

/** The width of an element, followed as it changes. */
function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [w, setW] = useState(860);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setW(Math.max(280, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, w];
}

export function SeriesChart({
  buckets,
  selected,
  onSelect,
  unit: bucketUnit,
}: {
  buckets: SeriesBucket[];
  selected: string | null;
  onSelect: (bucket: string) => void;
  /** What one bucket is: month, quarter or year (the x axis's title). */
  unit: string;
}) {
  const [box, boxWidth] = useWidth();
  const W = Math.max(boxWidth, PAD.l + PAD.r + buckets.length * MIN_STEP);
  const coop = (b: SeriesBucket) => (b.counts['verbal-cooperation'] ?? 0) + (b.counts['material-cooperation'] ?? 0);
  const conf = (b: SeriesBucket) => (b.counts['verbal-conflict'] ?? 0) + (b.counts['material-conflict'] ?? 0);
  const up = Math.max(1, ...buckets.map(coop));
  const down = Math.max(1, ...buckets.map(conf));
  const innerH = H - PAD.t - PAD.b;
  const zero = PAD.t + innerH * (up / (up + down));
  const unit = innerH / (up + down);
  const step = (W - PAD.l - PAD.r) / Math.max(1, buckets.length);
  const bar = Math.max(2, Math.min(40, step * 0.7));
  const maxI = Math.max(1, ...buckets.map((b) => Math.abs(b.intensity)));
  const iy = (v: number) => zero - (v / maxI) * Math.min(zero - PAD.t, H - PAD.b - zero);
  const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(4, Math.floor((W - PAD.l - PAD.r) / 70))));
  const line = buckets.map((b, i) => `${i ? 'L' : 'M'}${PAD.l + step * (i + 0.5)},${iy(b.intensity)}`).join(' ');
  return (
    <div className="chart-scroll" ref={box} data-scrolls={W > boxWidth ? 'true' : 'false'}>
      <svg
        className="series-chart"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="group"
        aria-label="cooperation above the axis, conflict below, intensity as a line"
      >
        <line x1={PAD.l} x2={W - PAD.r} y1={zero} y2={zero} className="axis" />
        <text x={PAD.l - 6} y={PAD.t + 8} className="tick" textAnchor="end">
          +{up}
        </text>
        <text x={PAD.l - 6} y={zero + 4} className="tick" textAnchor="end">
          0
        </text>
        <text x={PAD.l - 6} y={H - PAD.b} className="tick" textAnchor="end">
          −{down}
        </text>
        <text className="axis-title" transform={`translate(14 ${PAD.t + innerH / 2}) rotate(-90)`} textAnchor="middle">
          events: cooperation (+) above, conflict (−) below
        </text>
        <text x={W - PAD.r + 6} y={PAD.t + 8} className="tick intensity">
          +{maxI.toFixed(0)}
        </text>
        <text x={W - PAD.r + 6} y={H - PAD.b} className="tick intensity">
          −{maxI.toFixed(0)}
        </text>
        <text
          className="axis-title"
          transform={`translate(${W - 12} ${PAD.t + innerH / 2}) rotate(90)`}
          textAnchor="middle"
        >
          intensity (dashed line), summed
        </text>
        <text className="axis-title" x={PAD.l + (W - PAD.l - PAD.r) / 2} y={H - 8} textAnchor="middle">
          {bucketUnit}
        </text>
        {buckets.map((b, i) => {
          const x = PAD.l + step * (i + 0.5) - bar / 2;
          let y = zero;
          let yd = zero;
          const rects = QUADS.map(([q, colour]) => {
            const n = b.counts[q] ?? 0;
            if (!n) return null;
            const h = n * unit;
            if (q.endsWith('cooperation')) {
              y -= h;
              return <rect key={q} x={x} y={y} width={bar} height={h} fill={colour} />;
            }
            const r = <rect key={q} x={x} y={yd} width={bar} height={h} fill={colour} />;
            yd += h;
            return r;
          });
          const active = b.bucket === selected;
          return (
            <g
              key={b.bucket}
              className={`bucket${active ? ' selected' : ''}${b.total ? '' : ' empty'}`}
              role="button"
              tabIndex={b.total ? 0 : -1}
              aria-pressed={active}
              aria-label={`${b.bucket}: ${b.total} events, intensity ${b.intensity.toFixed(1)}`}
              onClick={() => b.total && onSelect(b.bucket)}
              onKeyDown={(e) => {
                if ((e.key === 'Enter' || e.key === ' ') && b.total) {
                  e.preventDefault();
                  onSelect(b.bucket);
                }
              }}
            >
              <rect className="hit" x={PAD.l + step * i} y={PAD.t} width={step} height={innerH} />
              {rects}
              {b.imprecise > 0 && (
                <text x={x + bar / 2} y={y - 3} className="imprecise" textAnchor="middle">
                  *
                </text>
              )}
              {i % labelEvery === 0 && (
                <text x={x + bar / 2} y={H - PAD.b + 14} className="tick" textAnchor="middle">
                  {b.bucket}
                </text>
              )}
              <title>{`${b.bucket}: ${b.total} events (${QUADS.map(([q, , l]) => `${b.counts[q] ?? 0} ${l}`).join(', ')}), intensity ${b.intensity.toFixed(1)}${b.imprecise ? `, ${b.imprecise} dated less precisely` : ''}`}</title>
            </g>
          );
        })}
        <path d={line} className="intensity-line" />
      </svg>
    </div>
  );
}
