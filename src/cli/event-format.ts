/** How events are shown on the command line; the exchange format and `sides` are defined with the model. */
export { exchangeEvent, sides } from '../model/exchange-event.js';
