/** The timeline's filters as URL parameters and as the events operation's input. */
import type { z } from 'zod';
import { eventsContract } from '../../../../src/contracts/reads/index';
import { EVENT_ORIGINS } from '../../../../src/contracts/records';
import { EVENT_TYPES } from '../../../../src/model/plover';
import { STATUSES } from '../../../../src/model/status';
import { urlFor } from '../../api/call';
import { listParam } from '../../url/state';

export { EVENT_TYPES, STATUSES };
export const ORIGINS = EVENT_ORIGINS;
export const PAGE = 50;

type EventsInput = z.input<typeof eventsContract.input>;
const list = (s: string): string[] | undefined =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : undefined;

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

/** The most events the timeline fetches at once; it orders and pages them itself (newest first by default). */
export const FETCH = 1000;

/** The events operation's input for the filters (rejected coded events left out unless asked for). */
function input(f: Filters, rejected: boolean): EventsInput {
  return {
    actor: list(f.actor),
    pair: list(f.pair),
    type: f.type as EventsInput['type'],
    from: f.from || undefined,
    to: f.to || undefined,
    status: list(f.status) as EventsInput['status'],
    origin: list(f.origin) as EventsInput['origin'],
    text: f.text || undefined,
    review: rejected ? undefined : ['pending', 'accepted'],
  };
}

export function eventsPath(f: Filters, rejected = false): string {
  // The filters come from the URL as the user wrote them; the server checks them against the contract.
  return urlFor(eventsContract, { ...input(f, rejected), limit: FETCH });
}

/** The same events as CSV (every match, streamed by the server), for the export link. */
export function csvPath(f: Filters, rejected = false): string {
  return urlFor(eventsContract, { ...input(f, rejected), format: 'csv' });
}
