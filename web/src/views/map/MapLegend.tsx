/**
 * What every line, dash and fill of the map means: modes by colour, statuses by dash, routes (wide, on
 * a dark casing, in colours no mode uses), a route without the corridor (the impact view, dashed), the
 * selection's halo, segments a scenario changes, disputed areas (hatched) and where the base map ends.
 */
import { wordsOf } from '../../ui/names';
import { MODE_COLOURS, ROUTE_COLOURS, SCENARIO_RING, SCENARIO_RING_DASH, STATUS_DASH } from './style';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="24" height="10" aria-hidden="true">
      {children}
    </svg>
  );
}

export function MapLegend({ scenario = false }: { scenario?: boolean }) {
  return (
    <span className="legend" aria-label="legend">
      {Object.entries(MODE_COLOURS).map(([m, c]) => (
        <span key={m} className="item" data-style={`mode:${m}`}>
          <Swatch>
            <line x1="0" y1="5" x2="24" y2="5" stroke={c} strokeWidth="3" />
          </Swatch>
          {wordsOf(m)}
        </span>
      ))}
      {Object.entries(STATUS_DASH).map(([s, d]) => (
        <span key={s} className="item" data-style={`status:${s}`}>
          <Swatch>
            <line x1="0" y1="5" x2="24" y2="5" stroke="#444" strokeWidth="2" strokeDasharray={d} />
          </Swatch>
          {wordsOf(s)}
        </span>
      ))}
      <span className="item" data-style="route">
        <Swatch>
          <line x1="0" y1="5" x2="24" y2="5" stroke="#111" strokeWidth="8" strokeOpacity="0.6" />
          <line x1="0" y1="5" x2="24" y2="5" stroke={ROUTE_COLOURS[0]} strokeWidth="5" />
        </Swatch>
        route found (1st, then{' '}
        {ROUTE_COLOURS.slice(1, 3).map((c) => (
          <span key={c} className="route-swatch" style={{ background: c }} aria-hidden="true" />
        ))}{' '}
        alternatives)
      </span>
      <span className="item" data-style="route-without">
        <Swatch>
          <line x1="0" y1="5" x2="24" y2="5" stroke={ROUTE_COLOURS[0]} strokeWidth="4" strokeDasharray="8 6" />
        </Swatch>
        route without the corridor
      </span>
      <span className="item" data-style="halo">
        <Swatch>
          <line x1="0" y1="5" x2="24" y2="5" stroke="#ffe066" strokeWidth="8" strokeOpacity="0.85" />
        </Swatch>
        selected
      </span>
      {scenario && (
        <span className="item" data-style="scenario">
          <Swatch>
            <line
              x1="2"
              y1="5"
              x2="24"
              y2="5"
              stroke={SCENARIO_RING}
              strokeWidth="8"
              strokeLinecap="round"
              strokeDasharray={SCENARIO_RING_DASH}
            />
            <line x1="0" y1="5" x2="24" y2="5" stroke="#444" strokeWidth="2" />
          </Swatch>
          changed by the scenario (hypothetical)
        </span>
      )}
      <span className="item" data-style="disputed">
        <Swatch>
          <rect width="24" height="10" fill="url(#legend-hatch)" stroke="#9a6b6b" />
          <defs>
            <pattern id="legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" stroke="#9a6b6b" strokeWidth="1" />
            </pattern>
          </defs>
        </Swatch>
        disputed area
      </span>
      <span className="item" data-style="beyond">
        <Swatch>
          <rect width="24" height="10" fill="#f4f4f1" stroke="#c9c9c0" strokeDasharray="2 2" />
        </Swatch>
        beyond the base map (lon 36–52° E, lat 36–45° N)
      </span>
    </span>
  );
}
