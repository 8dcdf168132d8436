/**
 * Shareable URLs: the view and its state live in the hash, `#/<view>?<params>`, so any link can be
 * copied and reopened (the server needs no route of its own for the views). `at` (the selected date)
 * and `scenario` are carried from view to view.
 */
import { useCallback, useEffect, useState } from 'react';

export const VIEWS = [
  'map',
  'impact',
  'network',
  'timeline',
  'pair',
  'sources',
  'claims',
  'ingest',
  'briefing',
] as const;
export type View = (typeof VIEWS)[number];

export interface Loc {
  view: View;
  params: URLSearchParams;
}

export type ParamPatch = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export function parseHash(hash: string): Loc {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const name = q < 0 ? raw : raw.slice(0, q);
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'network';
  return { view, params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

function apply(params: URLSearchParams, patch: ParamPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0))
      next.delete(k);
    else next.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return next;
}

/** The hash for a view with parameters: `#/network?at=2025-06-01`. */
export function hrefFor(view: View, params: ParamPatch = {}): string {
  const q = apply(new URLSearchParams(), params).toString();
  return `#/${view}${q ? `?${q}` : ''}`;
}

function go(hash: string, replace: boolean): void {
  if (hash === location.hash) return;
  if (replace) history.replaceState(history.state, '', hash);
  else history.pushState(history.state, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The current location and a setter that patches the parameters (push by default, replace on request). */
export function useLoc(): [Loc, (patch: ParamPatch, opts?: { replace?: boolean; view?: View }) => void] {
  const [loc, setLoc] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setLoc(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const update = useCallback((patch: ParamPatch, opts: { replace?: boolean; view?: View } = {}) => {
    const cur = parseHash(location.hash);
    const view = opts.view ?? cur.view;
    // A new view starts from its own parameters, keeping only the scenario (url/scenario.ts).
    const kept = new URLSearchParams(cur.params.has('scenario') ? { scenario: cur.params.get('scenario')! } : {});
    const params = opts.view && opts.view !== cur.view ? apply(kept, patch) : apply(cur.params, patch);
    const q = params.toString();
    go(`#/${view}${q ? `?${q}` : ''}`, opts.replace ?? false);
  }, []);
  return [loc, update];
}

/** A comma-separated list parameter. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
