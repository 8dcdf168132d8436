/**
 * "What a corridor changes": the impact report (docs/corridors.md, `corridors impact`) for any
 * corridor, TRIPP by default: for each origin–destination pair the best route with and without the
 * corridor, and each state's transit position with and without it, with the chosen pair on the map.
 * URL: #/impact?corridor=tripp&at=&by=&pair=0
 */
import { useEffect, useMemo } from 'react';
import { corridorsContract, impactContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { CorridorSummary, ImpactReport, Route } from '../../api/types';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { IsoDateInput } from '../../ui/IsoDateInput';
import { useApi } from '../../ui/useApi';
import { isDate } from '../../url/dates';
import { useLoc } from '../../url/state';
import { BaseMap } from '../map/BaseMap';
import { MapCanvas } from '../map/MapCanvas';
import { PlaceDots, SegmentLines } from '../map/NetworkLayer';
import { makeProjection } from '../map/projection';
import { RouteLines } from '../map/RouteLines';
import { useNetworkGeo } from '../map/useNetworkGeo';
import { ImpactTables } from './ImpactTables';

export function ImpactView() {
  const [loc, update] = useLoc();
  const p = loc.params;
  const id = p.get('corridor') ?? 'tripp';
  const at = p.get('at');
  const by = p.get('by') === 'time' ? 'time' : 'distance';
  const pair = Number(p.get('pair') ?? 0) || 0;
  const corridors = useApi<CorridorSummary[]>(urlFor(corridorsContract, {}));
  const report = useApi<ImpactReport>(
    urlFor(impactContract, { id, at: isDate(at) ? at! : undefined, by: by === 'time' ? by : undefined }),
  );
  const r = report.data;
  const net = useNetworkGeo(r?.at ?? (isDate(at) ? at : '2026-12-31'));
  const { projection, path } = useMemo(makeProjection, []);
  const chosen = r?.pairs[pair];
  const drawn = useMemo(() => {
    const out: { routes: Route[]; dashed: boolean }[] = [];
    if (chosen?.without) out.push({ routes: [chosen.without], dashed: true });
    if (chosen?.with) out.push({ routes: [chosen.with], dashed: false });
    return out;
  }, [chosen]);
  const corridorSegs = useMemo(
    () => net.segments.filter((f) => (f.properties.corridors ?? []).includes(id)),
    [net.segments, id],
  );

  useEffect(() => {
    if (r) markReady('impact');
  }, [r]);

  return (
    <div className="impact-view">
      <div className="toolbar">
        <label>
          Corridor{' '}
          <select value={id} onChange={(e) => update({ corridor: e.target.value, pair: null })}>
            {!(corridors.data ?? []).some((c) => c.id === id) && <option value={id}>{id}</option>}
            {(corridors.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date{' '}
          <IsoDateInput
            label="date"
            value={isDate(at) ? at : (r?.at ?? '')}
            onChange={(d) => update({ at: d }, { replace: true })}
          />
        </label>
        <label>
          By{' '}
          <select value={by} onChange={(e) => update({ by: e.target.value === 'time' ? 'time' : null })}>
            <option value="distance">distance</option>
            <option value="time">time</option>
          </select>
        </label>
        {r && (
          <span className="muted">
            {r.corridor.name}: {r.corridor.segments.length} segments, judged at {r.at}
          </span>
        )}
      </div>
      {report.loading && <Loading what={`what ${id} changes`} />}
      {report.error && <ErrorBox what={`the impact report of ${id}`} error={report.error} retry={report.reload} />}
      <div className="split">
        <div className="canvas" data-ready={r ? 'true' : 'false'}>
          <MapCanvas label={`map of the routes with and without ${id}`}>
            {(k) => (
              <>
                <BaseMap path={path} />
                <SegmentLines
                  segments={corridorSegs}
                  path={path}
                  selected={null}
                  corridor={id}
                  onSelect={(s) => update({ seg: s, corridor: null, tab: 'facts' }, { view: 'map' })}
                />
                {drawn.map((d, i) => (
                  <RouteLines key={i} routes={d.routes} segments={net.byId} path={path} chosen={0} dashed={d.dashed} />
                ))}
                <PlaceDots
                  places={net.places.filter((f) => chosen && [chosen.from, chosen.to].includes(f.properties.id))}
                  projection={projection}
                  k={k}
                  highlight={new Set()}
                />
              </>
            )}
          </MapCanvas>
          {chosen && (
            <p className="map-note">
              {chosen.from} → {chosen.to}: solid with the corridor, dashed without.
            </p>
          )}
        </div>
        <aside className="side wide">
          {r && (
            <ImpactTables
              by={by}
              report={r}
              chosen={pair}
              onChoose={(i) => update({ pair: i || null }, { replace: true })}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
