/**
 * A coded candidate in words, as a person would write it: "Azerbaijan accused Russia on 3 March 2026,
 * in Baku." The coder's own summary follows a template ("rejects Azerbaijan"); the card leads with
 * this sentence and keeps the stored summary beneath it.
 */
import { formatDate } from '../../url/dates';

/** What each PLOVER type's actor did to the recipient, in the past tense. */
const VERBS: Record<string, [withRecipient: string, alone: string]> = {
  AGREE: ['reached an agreement with', 'reached an agreement'],
  CONSULT: ['held talks with', 'held talks'],
  SUPPORT: ['backed', 'voiced support'],
  CONCEDE: ['made a concession to', 'made a concession'],
  COOPERATE: ['cooperated with', 'cooperated'],
  AID: ['gave aid to', 'gave aid'],
  RETREAT: ['pulled back from', 'pulled back'],
  REQUEST: ['made a request of', 'made a request'],
  ACCUSE: ['accused', 'made an accusation'],
  REJECT: ['turned down', 'refused'],
  THREATEN: ['threatened', 'issued a threat'],
  PROTEST: ['protested against', 'protested'],
  SANCTION: ['imposed sanctions on', 'imposed sanctions'],
  MOBILIZE: ['mobilised forces against', 'mobilised forces'],
  COERCE: ['used coercion against', 'used coercion'],
  ASSAULT: ['attacked', 'carried out an attack'],
};

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function inWords(
  e: { event_type: string; actor: string[]; recipient: string[]; date: string; location?: { name: string } | null },
  name: (id: string) => string,
): string {
  const [withRecipient, alone] = VERBS[e.event_type] ?? ['acted towards', 'acted'];
  const who = list(e.actor.map(name)) || 'Someone';
  const whom = list(e.recipient.map(name));
  const on = /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? `on ${formatDate(e.date)}` : `in ${formatDate(e.date)}`;
  const where = e.location?.name ? `, in ${e.location.name}` : '';
  return `${who} ${whom ? `${withRecipient} ${whom}` : alone} ${on}${where}.`;
}
