/**
 * Map view: countries and disputed areas, the corridor network at the date (colour = mode, dash =
 * status), places; a segment's or corridor's facts on click; the route planner and its routes.
 * URL: #/map?at=&seg=&corridor=&tab=&from=&to=&avoid=&modes=&by=&alt=&rplanned=&route=&scenario=
 * (under a scenario, the segments it alters are ringed and listed and routes set against the evidence's)
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { corridorsContract, networkGeoContract, routeContract } from '../../../../src/contracts/reads/index';
import type { TransportMode } from '../../../../src/model/transport';
import { urlFor } from '../../api/call';
import { cachedJson } from '../../api/client';
import { hypotheticalIds, scenarioMark } from '../../url/scenario';
import type { CorridorSummary, RouteAnswer } from '../../api/types';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { IsoDateInput } from '../../ui/IsoDateInput';
import { wordsOf } from '../../ui/names';
import { useApi } from '../../ui/useApi';
import { coverage } from '../../ui/coverage';
import { defaultDate, isDate } from '../../url/dates';
import { parseHash, useLoc } from '../../url/state';
import { BaseMap } from './BaseMap';
import { CorridorFacts } from './CorridorFacts';
import { SegmentFacts } from './SegmentFacts';
import { MapCanvas, type Box } from './MapCanvas';
import { EvidenceRoutes, ScenarioChanges } from './ScenarioChanges';
import { MapLegend } from './MapLegend';
import { PlaceDots, SegmentLines } from './NetworkLayer';
import { makeProjection } from './projection';
import { RouteLines, routeFeatures } from './RouteLines';
import { RoutePlanner, routeQuery } from './RoutePlanner';
import { RouteResults } from './RouteResults';
import { useNetworkGeo } from './useNetworkGeo';

// The corridor network and the corridors at the date the page opens on are asked for as soon as this
// code has arrived: at the URL's date, or at the newest evidence's date the moment the app has found it
// (the view mounts only after the app has put that date in the URL), so they are in the client cache or
// on their way when the view asks.
const opening = parseHash(location.hash);
if (opening.view === 'map') {
  const given = opening.params.get('at');
  (isDate(given) ? Promise.resolve(given) : coverage().then((c) => c.newest)).then(
    (at) => {
      for (const path of [urlFor(networkGeoContract, { at }), urlFor(corridorsContract, { at })])
        cachedJson(path).catch(() => undefined);
    },
    () => undefined,
  );
}

const TABS = [
  ['route', 'Route planner'],
  ['facts', 'Selection'],
  ['corridors', 'Corridors'],
] as const;

export function MapView() {
  const [loc, update] = useLoc();
  const canvasBox = useRef<HTMLDivElement>(null);
  const [picker, setPicker] = useState<{ ids: string[]; x: number; y: number } | null>(null);
  const p = loc.params;
  const at = isDate(p.get('at')) ? p.get('at')! : defaultDate();
  const showPlanned = p.get('planned') !== 'false';
  const { projection, path } = useMemo(makeProjection, []);
  const net = useNetworkGeo(at);
  const corridors = useApi<CorridorSummary[]>(urlFor(corridorsContract, { at }), { keep: true });
  const rq = routeQuery(p);
  const routeParams = rq && {
    from: rq.from,
    to: rq.to,
    at,
    planned: rq.planned || undefined,
    avoid: rq.avoid,
    modes: rq.modes as TransportMode[],
    by: rq.by === 'time' ? ('time' as const) : ('distance' as const),
    alternatives: rq.alt,
  };
  const routePath = routeParams ? urlFor(routeContract, routeParams) : null;
  const routes = useApi<RouteAnswer>(routePath);
  // Under a scenario: the segments it alters are ringed and listed, and routes are set against the evidence's.
  const scenario = p.get('scenario');
  const hypo = useMemo(() => hypotheticalIds(net.data), [net.data]);
  const altered = useMemo(() => net.segments.filter((f) => hypo?.has(f.properties.id)), [net.segments, hypo]);
  const evidenceRoutePath =
    routeParams && scenario ? urlFor(routeContract, { ...routeParams, scenario: undefined }) : null;
  const chosen = Number(p.get('route') ?? 0) || 0;
  const seg = p.get('seg');
  const corridor = p.get('corridor');
  const tab = p.get('tab') ?? (seg || corridor ? 'facts' : 'route');

  const shown = useMemo(
    () =>
      net.segments.filter(
        (f) => f.properties.status && (showPlanned || !['planned', 'under-construction'].includes(f.properties.status)),
      ),
    [net.segments, showPlanned],
  );
  // Zoom to the chosen route, else to the selected segment (a 40 km segment is invisible at region scale).
  const fit = useMemo((): Box | null => {
    const r = routes.data?.routes[chosen];
    if (r && tab === 'route') {
      const fc = { type: 'FeatureCollection' as const, features: routeFeatures(r, net.byId) };
      return fc.features.length ? (path.bounds(fc) as Box) : null;
    }
    const f = seg ? net.byId.get(seg) : undefined;
    return f ? (path.bounds(f) as Box) : null;
  }, [routes.data, chosen, tab, seg, net.byId, path]);
  const onRoute = useMemo(() => {
    const r = routes.data?.routes[chosen];
    return new Set(r ? r.segments.flatMap((s) => [s.from, s.to]) : []);
  }, [routes.data, chosen]);

  useEffect(() => {
    if (net.data) markReady('map');
  }, [net.data]);

  const segment = seg ? net.byId.get(seg) : undefined;
  const corridorRec = corridor ? corridors.data?.find((c) => c.id === corridor) : undefined;

  return (
    <div className="map-view">
      <div className="toolbar">
        <label>
          Date <IsoDateInput label="date" value={at} onChange={(d) => update({ at: d }, { replace: true })} />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={showPlanned}
            onChange={(e) => update({ planned: e.target.checked ? null : 'false' })}
          />{' '}
          show planned links
        </label>
        <MapLegend scenario={!!hypo} />
      </div>
      <div className="split">
        <div className="canvas" ref={canvasBox} data-ready={net.data ? 'true' : 'false'} data-segments={shown.length}>
          {picker && (
            <div
              className="line-picker"
              role="dialog"
              aria-label="lines drawn here"
              style={{ left: picker.x + 8, top: picker.y + 8 }}
            >
              <p>{picker.ids.length} lines are drawn here:</p>
              <ul>
                {picker.ids.map((id) => {
                  const f = net.byId.get(id)?.properties;
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="link"
                        title={id}
                        onClick={() => {
                          setPicker(null);
                          update({ seg: id, corridor: null, tab: 'facts' });
                        }}
                      >
                        {f?.name ?? id}
                      </button>{' '}
                      <span className="muted small">
                        {wordsOf(f?.mode)}, {wordsOf(f?.status)}
                      </span>
                    </li>
                  );
                })}
              </ul>
              <button type="button" onClick={() => setPicker(null)}>
                Close
              </button>
            </div>
          )}
          {net.loading && !net.data && <p className="overlay status loading">Loading the corridor network at {at}…</p>}
          {net.error && <ErrorBox what={`the corridor network at ${at}`} error={net.error} retry={net.reload} />}
          <MapCanvas label={`map of the corridor network at ${at}`} fit={fit}>
            {(k) => (
              <>
                <BaseMap path={path} />
                <SegmentLines
                  segments={shown}
                  path={path}
                  selected={seg}
                  corridor={corridor}
                  hypothetical={hypo}
                  onSelect={(id, near) => {
                    if (near) {
                      const r = canvasBox.current?.getBoundingClientRect();
                      setPicker({ ids: near.ids, x: near.x - (r?.left ?? 0), y: near.y - (r?.top ?? 0) });
                    } else {
                      setPicker(null);
                      update({ seg: id, corridor: null, tab: 'facts' });
                    }
                  }}
                />
                {routes.data && (
                  <RouteLines routes={routes.data.routes} segments={net.byId} path={path} chosen={chosen} />
                )}
                <PlaceDots places={net.places} projection={projection} k={k} highlight={onRoute} />
              </>
            )}
          </MapCanvas>
        </div>
        <aside className="side">
          {scenario && net.data && (
            <ScenarioChanges
              scenario={scenario}
              at={at}
              changed={altered}
              onSegment={(id) => update({ seg: id, corridor: null, tab: 'facts' })}
            />
          )}
          <div className="tabs" role="tablist" aria-label="map panels">
            {TABS.map(([id, label]) => (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={tab === id}
                onClick={() => update({ tab: id }, { replace: true })}
              >
                {label}
              </button>
            ))}
          </div>
          {tab === 'route' && (
            <>
              <RoutePlanner places={net.places} params={p} onSubmit={(patch) => update({ ...patch, tab: 'route' })} />
              {evidenceRoutePath && scenarioMark(routes.data) && (
                <EvidenceRoutes path={evidenceRoutePath} title={scenarioMark(routes.data)!.title} />
              )}
              <RouteResults
                answer={routes.data}
                error={routes.error}
                loading={routes.loading}
                chosen={chosen}
                onChoose={(i) => update({ route: i || null }, { replace: true })}
              />
            </>
          )}
          {tab === 'facts' && (
            <>
              {segment && (
                <SegmentFacts
                  segment={segment}
                  at={at}
                  corridors={corridors.data ?? []}
                  onCorridor={(c) => update({ corridor: c, seg: null })}
                />
              )}
              {corridorRec && <CorridorFacts corridor={corridorRec} />}
              {!segment && !corridorRec && (
                <p className="status empty">
                  Click a line on the map (or focus it and press Enter) to see its facts and sources.
                </p>
              )}
              {seg && !segment && net.data && (
                <p className="status empty">
                  No segment “{seg}” in the network at {at}.
                </p>
              )}
            </>
          )}
          {tab === 'corridors' && (
            <section className="panel" aria-label="corridors">
              {corridors.loading && <Loading what="corridors" />}
              {corridors.error && <ErrorBox what="corridors" error={corridors.error} retry={corridors.reload} />}
              <ul className="corridor-list">
                {(corridors.data ?? []).map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => update({ corridor: c.id, seg: null, tab: 'facts' })}
                    >
                      {c.name}
                    </button>{' '}
                    <span className="muted">
                      {c.km === undefined ? '' : c.km > 0 ? `${c.km} km` : 'not in the drawn network'}{' '}
                      {c.modes?.map(wordsOf).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}
