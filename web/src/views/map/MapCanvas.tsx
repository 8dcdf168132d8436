/**
 * A zoomable, pannable SVG for the map: mouse wheel or + / − to zoom, drag or arrow keys to pan, 0 to
 * reset. Children receive the zoom factor so marks keep their size on screen. `fit`, when it changes,
 * zooms to a box of the drawing (a chosen route, a selected segment) with a margin around it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { HEIGHT, WIDTH } from './projection';

interface View {
  k: number;
  x: number;
  y: number;
}

const HOME: View = { k: 1, x: 0, y: 0 };

function zoomAt(v: View, factor: number, cx: number, cy: number): View {
  const k = Math.max(0.5, Math.min(12, v.k * factor));
  const f = k / v.k;
  return { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
}

/** Projected bounds, [[x0, y0], [x1, y1]], as d3-geo's path.bounds gives them. */
export type Box = [[number, number], [number, number]];

/** The view that shows a box with a margin, no closer than 12× and never farther out than the home view. */
export function fitTo(b: Box): View {
  const [[x0, y0], [x1, y1]] = b;
  const w = Math.max(x1 - x0, 8);
  const h = Math.max(y1 - y0, 8);
  const k = Math.max(1, Math.min(12, WIDTH / (w * 1.6), HEIGHT / (h * 1.6)));
  return { k, x: WIDTH / 2 - ((x0 + x1) / 2) * k, y: HEIGHT / 2 - ((y0 + y1) / 2) * k };
}

export function MapCanvas({
  label,
  children,
  fit,
}: {
  label: string;
  children: (k: number) => ReactNode;
  fit?: Box | null;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(HOME);
  const fitKey = fit
    ? fit
        .flat()
        .map((n) => n.toFixed(1))
        .join(',')
    : '';
  useEffect(() => {
    if (fit && fit.flat().every(Number.isFinite)) setView(fitTo(fit));
    // only when the box itself changes
  }, [fitKey]);
  const drag = useRef<{ x: number; y: number; v: View; moved: boolean } | null>(null);

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const cx = ((e.clientX - r.left) / r.width) * WIDTH;
      const cy = ((e.clientY - r.top) / r.height) * HEIGHT;
      setView((v) => zoomAt(v, e.deltaY < 0 ? 1.25 : 0.8, cx, cy));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const scale = () => {
    const r = svg.current?.getBoundingClientRect();
    return r ? WIDTH / r.width : 1;
  };

  return (
    <div className="map-canvas">
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`${label}. Zoom with + and −, pan with the arrow keys, 0 resets.`}
        tabIndex={0}
        onKeyDown={(e) => {
          const step = 60;
          const keys: Record<string, (v: View) => View> = {
            '+': (v) => zoomAt(v, 1.25, WIDTH / 2, HEIGHT / 2),
            '=': (v) => zoomAt(v, 1.25, WIDTH / 2, HEIGHT / 2),
            '-': (v) => zoomAt(v, 0.8, WIDTH / 2, HEIGHT / 2),
            '0': () => HOME,
            ArrowLeft: (v) => ({ ...v, x: v.x + step }),
            ArrowRight: (v) => ({ ...v, x: v.x - step }),
            ArrowUp: (v) => ({ ...v, y: v.y + step }),
            ArrowDown: (v) => ({ ...v, y: v.y - step }),
          };
          const f = keys[e.key];
          if (f && e.target === e.currentTarget) {
            e.preventDefault();
            setView(f);
          }
        }}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, y: e.clientY, v: view, moved: false };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || e.buttons !== 1) return;
          const s = scale();
          const dx = (e.clientX - d.x) * s;
          const dy = (e.clientY - d.y) * s;
          if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
          if (d.moved) setView({ ...d.v, x: d.v.x + dx, y: d.v.y + dy });
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
      >
        <g className="zoomed" data-k={view.k.toFixed(2)} transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
          {children(view.k)}
        </g>
      </svg>
      <div className="zoom" role="group" aria-label="zoom">
        <button
          type="button"
          onClick={() => setView((v) => zoomAt(v, 1.25, WIDTH / 2, HEIGHT / 2))}
          aria-label="zoom in"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => setView((v) => zoomAt(v, 0.8, WIDTH / 2, HEIGHT / 2))}
          aria-label="zoom out"
        >
          −
        </button>
        <button type="button" onClick={() => setView(HOME)} aria-label="reset the map view">
          ⌂
        </button>
      </div>
    </div>
  );
}
