/** The timeline's filters as URL parameters and as the /api/events query. */
import { query } from '../../api/client';
import { listParam } from '../../url/state';

export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];
export const STATUSES = ['asserted', 'disputed', 'denied', 'retracted'];
export const ORIGINS = ['curated', 'coded', 'imported'];
export const PAGE = 50;

export interface Filters {
  actor: string;
  pair: string;
  type: string[];
  from: string;
  to: string;
  status: string;
  origin: string;
  text: string;
}

export function readFilters(p: URLSearchParams): Filters {
  return {
    actor: p.get('actor') ?? '',
    pair: p.get('pair') ?? '',
    type: listParam(p, 'type'),
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    status: p.get('status') ?? '',
    origin: p.get('origin') ?? '',
    text: p.get('text') ?? '',
  };
}

export function eventsPath(f: Filters, offset: number): string {
  return `/api/events${query({ actor: f.actor, pair: f.pair, type: f.type, from: f.from, to: f.to, status: f.status, origin: f.origin, text: f.text, limit: PAGE, offset: offset || undefined })}`;
}
