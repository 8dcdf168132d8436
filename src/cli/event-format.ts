/** How events are shown on the command line; the exchange format itself is defined with the model. */
import type { StoredEvent } from '../store/store.js';

export { exchangeEvent } from '../model/index.js';

export function sides(e: StoredEvent): string {
  const who = e.actor.join('+');
  return e.recipient.length ? `${who} → ${e.recipient.join('+')}` : who;
}
