/** The planner's answer: each route's length, time, the countries it crosses (transit ones marked) and its segments, or why there is none. */
import type { Route, RouteAnswer } from '../../api/types';
import { useNames, wordsOf } from '../../ui/names';
import { ErrorBox, Loading } from '../../ui/Status';
import { HoursNote } from './HoursNote';
import { ROUTE_COLOURS } from './style';

/** States crossed that are neither the origin's nor the destination's. */
export function transitCountries(r: Route): string[] {
  const first = r.countries[0];
  const last = r.countries[r.countries.length - 1];
  return [...new Set(r.countries.filter((c) => c !== first && c !== last))];
}

export function RouteSummary({ route, index }: { route: Route; index: number }) {
  const transit = transitCountries(route);
  const { country } = useNames();
  return (
    <>
      <span
        className="route-swatch"
        style={{ background: ROUTE_COLOURS[index % ROUTE_COLOURS.length] }}
        aria-hidden="true"
      />
      <strong>{route.distance_km.toLocaleString('en-GB', { maximumFractionDigits: 1 })} km</strong>,{' '}
      {route.hours.toFixed(1)} h, {route.modes.map(wordsOf).join(' + ')}
      <div className="countries">
        via{' '}
        <span className="chain" title={route.countries.join(' → ')} data-codes={route.countries.join(' → ')}>
          {route.countries.map(country).join(' → ')}
        </span>
        {transit.length ? (
          <>
            {' '}
            · transit: <span className="transit">{transit.map(country).join(', ')}</span>
          </>
        ) : (
          ' · no transit state'
        )}
      </div>
    </>
  );
}

export function RouteResults({
  answer,
  error,
  loading,
  chosen,
  onChoose,
}: {
  answer: RouteAnswer | undefined;
  error: Error | undefined;
  loading: boolean;
  chosen: number;
  onChoose: (i: number) => void;
}) {
  const names = useNames();
  if (loading) return <Loading what="routes" />;
  if (error) return <ErrorBox what="routes" error={error} />;
  if (!answer) return null;
  if (!answer.routes.length)
    return (
      <p className="status empty" role="status">
        No route from {names.place(answer.from)} to {names.place(answer.to)}:{' '}
        {answer.reason ?? 'no link meets the constraints'}.
      </p>
    );
  const r = answer.routes[chosen] ?? answer.routes[0]!;
  return (
    <section className="route-results" aria-label="routes">
      <ol>
        {answer.routes.map((route, i) => (
          <li key={i} className={i === chosen ? 'chosen' : undefined}>
            <button type="button" className="route-choice" aria-pressed={i === chosen} onClick={() => onChoose(i)}>
              <RouteSummary route={route} index={i} />
            </button>
          </li>
        ))}
      </ol>
      <details open>
        <summary>
          Route {chosen + 1}: {r.segments.length} segments
        </summary>
        <table className="segments-table">
          <thead>
            <tr>
              <th>segment</th>
              <th>mode</th>
              <th>km</th>
              <th>status</th>
              <th>control</th>
            </tr>
          </thead>
          <tbody>
            {r.segments.map((s) => (
              <tr key={s.id}>
                <td title={`${s.id}: ${s.from} → ${s.to}`}>
                  {names.place(s.from)} → {names.place(s.to)}
                </td>
                <td>{wordsOf(s.mode)}</td>
                <td className="num">{s.km.toFixed(1)}</td>
                <td>{wordsOf(s.status)}</td>
                <td title={s.controlled_by.join(', ')}>{s.controlled_by.map(names.country).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {r.km_by_country && (
          <p className="muted">
            km by country:{' '}
            {Object.entries(r.km_by_country)
              .map(([c, km]) => `${names.country(c)} ${km.toFixed(0)}`)
              .join(', ')}
          </p>
        )}
        <HoursNote borders={r.borders} />
      </details>
    </section>
  );
}
