/** How events are shown on the command line; the exchange format itself is defined with the model. */
import type { StoredEvent } from '../store/store.js';

export { exchangeEvent } from '../model/index.js';

/** Who acted on whom: `A+B → C`, for a stored event or one in the exchange format. */
export function sides(e: Pick<StoredEvent, 'actor' | 'recipient'>): string {
  const who = e.actor.join('+');
  return e.recipient.length ? `${who} → ${e.recipient.join('+')}` : who;
}
