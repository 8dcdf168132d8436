/**
 * The map's side of a scenario: the segments it changes (status on the evidence → under the scenario,
 * each opening its facts) and the routes between the main hubs that it lengthens, shortens, reroutes
 * or cuts (`/api/scenarios/:id/diff`). The map itself draws the network under the scenario with those
 * segments ringed, and the route planner answers under it.
 */
import { networkGeoContract } from '../../../../src/contracts/reads/index';
import { scenarioDiffContract } from '../../../../src/contracts/scenarios';
import { urlFor } from '../../api/call';
import type { NetworkGeo, RouteAnswer, SegmentFeature } from '../../api/types';
import { useNames, wordsOf } from '../../ui/names';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import type { ScenarioDiff } from '../network/ScenarioPanel';

export function ScenarioChanges({
  scenario,
  at,
  changed,
  onSegment,
}: {
  scenario: string;
  at: string;
  /** The segments the scenario alters, in the network under it. */
  changed: SegmentFeature[];
  onSegment: (id: string) => void;
}) {
  const { place, country } = useNames();
  const evidence = useApi<NetworkGeo>(urlFor(networkGeoContract, { at, scenario: undefined }));
  const before = new Map(
    (evidence.data?.features ?? []).map((f) => [
      (f.properties as { id?: string }).id,
      f.properties as { status?: string },
    ]),
  );
  const diff = useApi<ScenarioDiff>(urlFor(scenarioDiffContract, { id: scenario, at }));
  return (
    <section className="panel scenario-changes" aria-label="what the scenario changes on the map">
      <h2>
        <span className="badge hypothetical">hypothetical</span> What the scenario changes at {at}
      </h2>
      {changed.length === 0 ? (
        <p className="small">No segment of the network changes at this date.</p>
      ) : (
        <ul className="small scenario-segments">
          {changed.map((f) => {
            const p = f.properties;
            const was = before.get(p.id)?.status;
            return (
              <li key={p.id} data-id={p.id}>
                <button type="button" className="link" title={p.id} onClick={() => onSegment(p.id)}>
                  {p.name ?? p.id}
                </button>{' '}
                ({wordsOf(p.mode)}): {was ? wordsOf(was) : 'not there'} on the evidence →{' '}
                <strong>{wordsOf(p.status)}</strong> under the scenario
              </li>
            );
          })}
        </ul>
      )}
      {diff.loading && !diff.data && <Loading what="the routes the scenario changes" />}
      {diff.error && <ErrorBox what="what the scenario changes" error={diff.error} retry={diff.reload} />}
      {diff.data &&
        (diff.data.routes.length === 0 ? (
          <p className="small">
            {diff.data.routePairs === 0
              ? 'The scenario changes no segment: routes are as on the evidence.'
              : `No route between the ${diff.data.routePairs} pairs of hubs changes.`}
          </p>
        ) : (
          <details className="scenario-routes-box">
            <summary>
              Routes between the hubs: {diff.data.routes.length} of {diff.data.routePairs} pairs change
            </summary>
            <ul className="small scenario-routes">
              {diff.data.routes.map((r) => (
                <li key={`${r.from}-${r.to}`}>
                  {place(r.from)} → {place(r.to)}: <strong>{r.change}</strong>,{' '}
                  {r.beforeKm === null ? 'no route' : `${Math.round(r.beforeKm)} km`} via{' '}
                  {r.beforeVia.map(country).join(' → ') || '—'} on the evidence →{' '}
                  {r.afterKm === null ? 'no route' : `${Math.round(r.afterKm)} km`} via{' '}
                  {r.afterVia.map(country).join(' → ') || '—'}
                </li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  );
}

/**
 * Above the planner's routes under a scenario: they are hypothetical, and what the same query gives on
 * the evidence alone (`path`: the route call without the scenario).
 */
export function EvidenceRoutes({ path, title }: { path: string; title: string }) {
  const { country } = useNames();
  const ev = useApi<RouteAnswer>(path);
  return (
    <div className="evidence-routes small" role="note">
      <p>
        <span className="badge hypothetical">hypothetical</span> These routes are computed under “{title}”.
      </p>
      {ev.loading && !ev.data && <Loading what="the routes on the evidence alone" />}
      {ev.data && (
        <p>
          On the evidence alone:{' '}
          {ev.data.routes.length === 0 ? (
            <strong>no route</strong>
          ) : (
            ev.data.routes.map((r, i) => (
              <span key={i} className="evidence-chain" data-codes={r.countries.join(' → ')}>
                {i > 0 && '; '}
                {Math.round(r.distance_km)} km via {r.countries.map(country).join(' → ')}
              </span>
            ))
          )}
          .
        </p>
      )}
    </div>
  );
}
