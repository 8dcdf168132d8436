/** What the map's colours and dashes mean. */
import { MODE_COLOURS, STATUS_DASH } from './style';

export function MapLegend() {
  return (
    <span className="legend" aria-label="legend">
      {Object.entries(MODE_COLOURS).map(([m, c]) => (
        <span key={m} className="item">
          <svg width="20" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="20" y2="4" stroke={c} strokeWidth="3" />
          </svg>
          {m}
        </span>
      ))}
      {Object.entries(STATUS_DASH).map(([s, d]) => (
        <span key={s} className="item">
          <svg width="20" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="20" y2="4" stroke="#444" strokeWidth="2" strokeDasharray={d} />
          </svg>
          {s}
        </span>
      ))}
    </span>
  );
}
