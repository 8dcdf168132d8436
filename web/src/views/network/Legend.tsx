/** What the marks of the network mean. */
import { NEGATIVE, POSITIVE } from './graphStyle';

export function Legend() {
  return (
    <span className="legend" aria-label="legend">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={POSITIVE} strokeWidth="3" />
      </svg>{' '}
      friendly tie
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={NEGATIVE} strokeWidth="3" strokeDasharray="6 4" />
      </svg>{' '}
      hostile tie
      <span className="swatch changed" aria-hidden="true" /> changed
      <span className="swatch flip" aria-hidden="true" /> sign flip · width ∝ |weight| · colour = bloc · shape = kind (●
      state, ▢ organisation, ◆ alliance, ⬡ format, ▲ group)
    </span>
  );
}
