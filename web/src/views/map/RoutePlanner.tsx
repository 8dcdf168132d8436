/**
 * The route planner: from, to, states and territories to avoid, modes, metric, alternatives, planned
 * links and the date. Submitting writes the query into the URL, so a planned route can be shared.
 */
import { useNames } from '../../ui/names';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PlaceFeature } from '../../api/types';
import { listParam, type ParamPatch } from '../../url/state';
import { MODES, TRANSPORT_MODES } from './style';

export const AVOIDABLE: [string, string][] = [
  ['RUS', 'Russia'],
  ['IRN', 'Iran'],
  ['GEO', 'Georgia'],
  ['TUR', 'Turkey'],
  ['ARM', 'Armenia'],
  ['AZE', 'Azerbaijan'],
  ['KAZ', 'Kazakhstan'],
  ['TKM', 'Turkmenistan'],
  ['NAKHCHIVAN', 'Nakhchivan'],
  ['SYUNIK', 'Syunik'],
  ['NK', 'Nagorno-Karabakh'],
];

export interface RouteQuery {
  from: string;
  to: string;
  avoid: string[];
  modes: string[];
  by: string;
  alt: number;
  planned: boolean;
}

export function routeQuery(params: URLSearchParams): RouteQuery | null {
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return null;
  const modes = listParam(params, 'modes');
  return {
    from,
    to,
    avoid: listParam(params, 'avoid'),
    modes: modes.length ? modes : TRANSPORT_MODES,
    by: params.get('by') === 'time' ? 'time' : 'distance',
    alt: Math.max(1, Math.min(6, Number(params.get('alt') ?? 3) || 3)),
    planned: params.get('rplanned') === 'true',
  };
}

export function RoutePlanner({
  places,
  params,
  onSubmit,
}: {
  places: PlaceFeature[];
  params: URLSearchParams;
  onSubmit: (patch: ParamPatch) => void;
}) {
  const id = useId();
  const initial = routeQuery(params) ?? {
    from: 'baku',
    to: 'nakhchivan',
    avoid: [],
    modes: TRANSPORT_MODES,
    by: 'distance',
    alt: 3,
    planned: false,
  };
  const [q, setQ] = useState<RouteQuery>(initial);
  const key = params.toString();
  useEffect(() => {
    const r = routeQuery(new URLSearchParams(key));
    if (r) setQ(r);
  }, [key]);
  const sorted = [...places].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      from: q.from,
      to: q.to,
      avoid: q.avoid,
      modes: q.modes.join(',') === TRANSPORT_MODES.join(',') ? null : q.modes,
      by: q.by === 'distance' ? null : q.by,
      alt: q.alt,
      rplanned: q.planned || null,
      route: null,
    });
  };
  const { country } = useNames();
  const placeSelect = (which: 'from' | 'to') => (
    <label htmlFor={`${id}-${which}`}>
      {which === 'from' ? 'From' : 'To'}
      <select
        id={`${id}-${which}`}
        name={which}
        value={q[which]}
        onChange={(e) => setQ({ ...q, [which]: e.target.value })}
      >
        {!places.some((p) => p.properties.id === q[which]) && <option value={q[which]}>{q[which]}</option>}
        {sorted.map((p) => (
          <option key={p.properties.id} value={p.properties.id}>
            {p.properties.name} ({country(p.properties.country)})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="route-planner" onSubmit={submit} aria-label="route planner">
      <div className="row">
        {placeSelect('from')}
        <button
          type="button"
          className="swap"
          aria-label="swap from and to"
          onClick={() => setQ({ ...q, from: q.to, to: q.from })}
        >
          ⇄
        </button>
        {placeSelect('to')}
      </div>
      <fieldset>
        <legend>Avoid crossing</legend>
        {AVOIDABLE.map(([code, name]) => (
          <label key={code} className="check">
            <input
              type="checkbox"
              name="avoid"
              value={code}
              checked={q.avoid.includes(code)}
              onChange={() => setQ({ ...q, avoid: toggle(q.avoid, code) })}
            />{' '}
            {name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Modes</legend>
        {MODES.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              name="modes"
              value={m}
              checked={q.modes.includes(m)}
              onChange={() => setQ({ ...q, modes: toggle(q.modes, m) })}
            />{' '}
            {m}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label>
          By{' '}
          <select name="by" value={q.by} onChange={(e) => setQ({ ...q, by: e.target.value })}>
            <option value="distance">distance</option>
            <option value="time">time</option>
          </select>
        </label>
        <label>
          Routes{' '}
          <input
            type="number"
            name="alt"
            min={1}
            max={6}
            value={q.alt}
            onChange={(e) => setQ({ ...q, alt: Number(e.target.value) || 1 })}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="planned"
            checked={q.planned}
            onChange={(e) => setQ({ ...q, planned: e.target.checked })}
          />{' '}
          planned links
        </label>
      </div>
      <button type="submit" className="primary" disabled={!q.modes.length}>
        Find routes
      </button>
    </form>
  );
}
