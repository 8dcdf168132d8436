/** The impact report as tables: pairs with and without the corridor, and each state's transit position. */
import type { ImpactReport, Route } from '../../api/types';

function km(r: Route | null): string {
  return r ? `${r.distance_km.toLocaleString('en-GB', { maximumFractionDigits: 0 })} km` : 'no route';
}

function via(r: Route | null): string {
  return r ? r.countries.join('→') : '';
}

export function ImpactTables({
  report,
  chosen,
  onChoose,
}: {
  report: ImpactReport;
  chosen: number;
  onChoose: (i: number) => void;
}) {
  return (
    <section className="panel impact" aria-label="impact report">
      <h2>Routes with and without {report.corridor.name.split(' (')[0]}</h2>
      <table>
        <thead>
          <tr>
            <th>pair</th>
            <th>with</th>
            <th>without</th>
            <th>saved</th>
            <th>effect</th>
          </tr>
        </thead>
        <tbody>
          {report.pairs.map((p, i) => (
            <tr key={`${p.from}-${p.to}`} className={`${i === chosen ? 'chosen ' : ''}${p.effect}`}>
              <td>
                <button type="button" className="link" aria-pressed={i === chosen} onClick={() => onChoose(i)}>
                  {p.from} → {p.to}
                </button>
              </td>
              <td title={via(p.with)}>
                {km(p.with)}
                <div className="muted small">{via(p.with)}</div>
              </td>
              <td title={via(p.without)}>
                {km(p.without)}
                <div className="muted small">{via(p.without)}</div>
              </td>
              <td className="num">{p.saved_km === null ? '—' : `${p.saved_km.toFixed(0)} km`}</td>
              <td>{p.effect}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
              <td>{c.country}</td>
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
