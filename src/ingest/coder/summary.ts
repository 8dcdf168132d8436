/**
 * A coded event's one-line summary, generated from its parts in plain words ("Azerbaijan attacks
 * Armenia"), never copied from the sentence. The type, mode and origin are fields of the event, so
 * the summary carries no codes. Persons carry the office they
 * held at the event's date ("Vladimir Putin, Prime Minister of Russia").
 */
import { coversDate, type Actor, type EventType } from '../../model/index.js';
import { thirdPerson } from './inflect.js';
import type { Modality } from './modality.js';

const PHRASES: Record<EventType, [string, string]> = {
  // [with a recipient, without one]
  AGREE: ['reach an agreement with', 'reach an agreement'],
  CONSULT: ['hold talks with', 'hold talks'],
  SUPPORT: ['express support for', 'express support'],
  CONCEDE: ['make a concession to', 'make a concession'],
  COOPERATE: ['cooperate with', 'cooperate'],
  AID: ['give aid to', 'give aid'],
  RETREAT: ['pull back from', 'pull back'],
  REQUEST: ['make a demand of', 'make a demand'],
  ACCUSE: ['accuse', 'make accusations'],
  REJECT: ['reject', 'refuse'],
  THREATEN: ['threaten', 'issue threats'],
  PROTEST: ['protest against', 'protest'],
  SANCTION: ['sanction', 'impose sanctions'],
  MOBILIZE: ['mobilise forces against', 'mobilise forces'],
  COERCE: ['coerce', 'use coercion'],
  ASSAULT: ['attack', 'use force'],
};

const MODE_PHRASES: Record<string, [string, string]> = {
  'CONSULT/visit': ['visit', 'make a visit'],
  'CONSULT/host': ['host', 'host talks'],
  'CONSULT/phone': ['speak by phone with', 'make a phone call'],
  'AGREE/treaty': ['sign an agreement with', 'sign an agreement'],
  'AGREE/ceasefire': ['agree a ceasefire with', 'agree a ceasefire'],
  'SANCTION/recall': ['recall an envoy from', 'recall an envoy'],
  'SANCTION/expel': ['expel diplomats of', 'expel diplomats'],
  'COERCE/arrest': ['arrest people of', 'make arrests'],
  'COERCE/blockade': ['blockade', 'impose a blockade'],
  'ASSAULT/shoot-down': ['shoot down an aircraft of', 'shoot down an aircraft'],
  'MOBILIZE/exercise': ['hold military exercises with', 'hold military exercises'],
  'RETREAT/withdraw': ['withdraw forces from', 'withdraw forces'],
  'RETREAT/release': ['release detainees to', 'release detainees'],
  'CONCEDE/apologize': ['apologise to', 'apologise'],
};

const MODALITY_PREFIX: Record<Modality, string> = {
  actual: '',
  negated: 'Said not to have happened: ',
  hypothetical: 'Raised as a possibility: ',
  future: 'Announced or expected: ',
  demanded: 'Called for: ',
  opinion: 'Claimed or believed: ',
};

export function actorLabel(id: string, date: string, lookup: (id: string) => Actor | undefined): string {
  const a = lookup(id);
  if (!a) return id;
  if (a.kind !== 'person') return a.name;
  const role = a.roles.find((r) => coversDate(r.from, r.to, date));
  return role ? `${a.name}, ${role.title}` : a.name;
}

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function summarise(
  e: {
    actor: string[];
    recipient: string[];
    event_type: EventType;
    mode: string | null;
    date: string;
    modality: Modality;
    /**
     * Who acted for the state named as actor, when that is not its government: an unnamed
     * perpetrator (unattributed.ts), a group with no state word or a named group (domestic.ts). PLOVER
     * codes these as the state with a sector; the model has no sector, so the summary says who it was.
     */
    proxy?: { label: string; plural: boolean };
  },
  lookup: (id: string) => Actor | undefined,
): string {
  const place = list(e.actor.map((id) => actorLabel(id, e.date, lookup)));
  const who = e.proxy ? `${e.proxy.label} in ${place}` : place;
  const whom = list(e.recipient.map((id) => actorLabel(id, e.date, lookup)));
  const [withR, without] = MODE_PHRASES[`${e.event_type}/${e.mode}`] ?? PHRASES[e.event_type];
  const phrase = whom ? `${withR} ${whom}` : without;
  const [head, ...rest] = phrase.split(' ');
  const single = e.proxy ? !e.proxy.plural : e.actor.length === 1;
  const verb = single ? [thirdPerson(head as string)[0], ...rest].join(' ') : phrase;
  return `${MODALITY_PREFIX[e.modality]}${who} ${verb}`.slice(0, 400);
}
