/** The impact report as tables: pairs with and without the corridor, and each state's transit position. */
import type { ImpactReport, Route } from '../../api/types';
import { useNames } from '../../ui/names';
import { HoursNote } from '../map/HoursNote';

/** A route's cost in the chosen metric: km by distance, hours (with the km beside) by time. */
function cost(r: Route | null, by: 'distance' | 'time'): string {
  if (!r) return 'no route';
  const km = `${r.distance_km.toLocaleString('en-GB', { maximumFractionDigits: 0 })} km`;
  return by === 'time' ? `${r.hours.toFixed(1)} h (${km})` : km;
}

export function ImpactTables({
  report,
  chosen,
  onChoose,
  by,
}: {
  by: 'distance' | 'time';
  report: ImpactReport;
  chosen: number;
  onChoose: (i: number) => void;
}) {
  const names = useNames();
  const via = (r: Route | null) => (r ? r.countries.map(names.country).join(' → ') : '');
  return (
    <section className="panel impact" aria-label="impact report">
      <h2>Routes with and without {report.corridor.name.split(' (')[0]}</h2>
      <table>
        <thead>
          <tr>
            <th>pair</th>
            <th>with</th>
            <th>without</th>
            <th>saved ({by === 'time' ? 'hours' : 'km'})</th>
            <th>effect</th>
          </tr>
        </thead>
        <tbody>
          {report.pairs.map((p, i) => (
            <tr key={`${p.from}-${p.to}`} className={`${i === chosen ? 'chosen ' : ''}${p.effect}`}>
              <td>
                <button type="button" className="link" aria-pressed={i === chosen} onClick={() => onChoose(i)}>
                  <span title={`${p.from} → ${p.to}`}>
                    {names.place(p.from)} → {names.place(p.to)}
                  </span>
                </button>
              </td>
              <td title={via(p.with)}>
                {cost(p.with, by)}
                <div className="muted small">{via(p.with)}</div>
              </td>
              <td title={via(p.without)}>
                {cost(p.without, by)}
                <div className="muted small">{via(p.without)}</div>
              </td>
              <td className="num">
                {by === 'time'
                  ? p.saved_hours === null
                    ? '—'
                    : `${p.saved_hours.toFixed(1)} h`
                  : p.saved_km === null
                    ? '—'
                    : `${p.saved_km.toFixed(0)} km`}
              </td>
              <td>{p.effect}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {by === 'time' && <HoursNote />}
      <h2>Transit position of each state</h2>
      <table>
        <thead>
          <tr>
            <th>state</th>
            <th>transit pairs with / without</th>
            <th>transit km with / without</th>
            <th>leverage from the corridor</th>
          </tr>
        </thead>
        <tbody>
          {report.countries.map((c) => (
            <tr key={c.country} className={c.leverage}>
              <td title={c.country}>{names.country(c.country)}</td>
              <td className="num">
                {c.transit_pairs_with} / {c.transit_pairs_without}
              </td>
              <td className="num">
                {c.transit_km_with.toFixed(0)} / {c.transit_km_without.toFixed(0)}
              </td>
              <td>
                <strong>{c.leverage}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
