/**
 * Planning what an ingested document adds to the store: each coded candidate either corroborates an
 * event already there (a citation is added), joins an event coded earlier from the same document,
 * becomes a new event awaiting review, or becomes a new event linked to a date conflict with the
 * event it contradicts. Reads the store; writes nothing (the pipeline commits the plan whole).
 */
import { createHash } from 'node:crypto';
import {
  dayNumber, firstDay, lastDay, resolveCountries, type Actor, type Citation, type Conflict, type Event, type Source,
} from '../model/index.js';
import { eventVersion } from '../model/index.js';
import type { DocumentCommit, Store } from '../store/store.js';
import { DEFAULT_CORROBORATE, findMatch, type CorroborateOptions, type ResolvedEvent } from './corroborate.js';

export interface Candidate {
  event: Event;
  sentence_start: number;
  sentence_end: number;
}

export interface Plan {
  commit: DocumentCommit;
  created: string[];
  corroborated: string[];
  conflicts: string[];
}

/** The day `days` after (or before) the first or last day a partial date can mean, as YYYY-MM-DD. */
function addDays(date: string, days: number, edge: 'first' | 'last' = 'first'): string {
  const day = dayNumber(edge === 'first' ? firstDay(date) : lastDay(date)) + days;
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const hex = (s: string, n = 8): string => createHash('sha256').update(s).digest('hex').slice(0, n);

function newId(sourceId: string, c: Candidate, i: number): string {
  return `${c.event.event_type.toLowerCase()}-${c.event.date}-${hex(`${sourceId}:${c.sentence_start}:${c.event.event_type}:${i}`)}`;
}

const sameCitation = (a: Citation, b: Citation): boolean => a.source === b.source && a.start === b.start && a.end === b.end;

function dateConflict(existing: ResolvedEvent, fresh: Event, source: Source): Conflict {
  return {
    id: `date-conflict-${hex(`${existing.id}:${fresh.id}`, 12)}`,
    kind: 'date',
    topic: `When it happened: ${existing.summary}`.slice(0, 400),
    claims: [
      { says: `Dated ${existing.date} by the record already stored`, value: existing.date, record: existing.id, citations: existing.citations.slice(0, 5) },
      { says: `Dated ${fresh.date} by ${source.title}`.slice(0, 400), value: fresh.date, record: fresh.id, citations: fresh.citations },
    ],
  };
}

export async function planDocument(
  store: Store,
  source: Source,
  text: string,
  candidates: Candidate[],
  actors: Actor[],
  opts: CorroborateOptions = DEFAULT_CORROBORATE,
): Promise<Plan> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const lookup = (id: string): Actor | undefined => byId.get(id);
  const resolve = (e: Event): ResolvedEvent => ({
    ...e, actor_country: resolveCountries(e.actor, e.date, lookup), recipient_country: resolveCountries(e.recipient, e.date, lookup),
  });
  const fresh: ResolvedEvent[] = [];
  const corroborations = new Map<string, DocumentCommit['corroborations'][number][]>();
  const conflicts: Conflict[] = [];
  const corroborated = new Set<string>();
  for (const [i, c] of candidates.entries()) {
    const e = resolve({ ...c.event, id: newId(source.id, c, i) });
    const window = opts.conflictWindowDays;
    const stored = (await store.listEvents({ types: [e.event_type], from: addDays(e.date, -window), to: addDays(e.end_date ?? e.date, window, 'last') }))
      .filter((x) => !fresh.some((f) => f.id === x.id));
    const inDoc = findMatch(e, fresh, opts);
    if (inDoc?.kind === 'same') {
      const target = inDoc.event;
      for (const cit of e.citations) if (!target.citations.some((x) => sameCitation(x, cit))) target.citations.push(cit);
      continue;
    }
    const match = findMatch(e, stored, opts);
    if (match?.kind === 'same') {
      const list = corroborations.get(match.event.id) ?? [];
      for (const cit of e.citations) list.push({ event: match.event.id, citation: cit, ifMatch: eventVersion(match.event) });
      corroborations.set(match.event.id, list);
      corroborated.add(match.event.id);
      continue;
    }
    if (match?.kind === 'date-conflict') {
      const conflict = dateConflict(match.event, e, source);
      conflicts.push(conflict);
      e.status = 'disputed';
      e.counter_claims = [...e.counter_claims, conflict.id];
    }
    fresh.push(e);
  }
  const plain = (e: ResolvedEvent): Event => {
    const { actor_country: _a, recipient_country: _r, ...rest } = e;
    return rest;
  };
  return {
    commit: { source, text, events: fresh.map(plain), corroborations: [...corroborations.values()].flat(), conflicts },
    created: fresh.map((e) => e.id),
    corroborated: [...corroborated],
    conflicts: conflicts.map((c) => c.id),
  };
}
