/**
 * Planning what an ingested document adds to the store: each coded candidate either corroborates an
 * event already there (a citation is added), joins an event coded earlier from the same document,
 * becomes a new event awaiting review, or becomes a new event linked to a date conflict with the
 * event it contradicts. Reads the store; writes nothing (the pipeline commits the plan whole).
 *
 * The events to compare a candidate with are looked up by index (Store.findCandidates: same type,
 * a shared actor or state, dates within the conflict window), curated and coded ones only, so the
 * cost of a candidate does not grow with the imported rows a store holds. With `matchImported`, a
 * candidate that matches nothing curated or coded is then compared with the imported rows of its
 * very day, and corroborates one only when it is exactly that row (corroborate.ts, findImportedMatch).
 */
import { createHash } from 'node:crypto';
import { resolveCountries, type Actor, type Citation, type Conflict, type Event, type Source } from '../model/index.js';
import { eventVersion } from '../store/event-version.js';
import { withWorldActors } from './coder/index.js';
import type { DocumentCommit, Store } from '../store/store.js';
import {
  DEFAULT_CORROBORATE,
  findImportedMatch,
  findMatch,
  sidesKey,
  type CorroborateOptions,
  type ResolvedEvent,
} from './corroborate.js';

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

const hex = (s: string, n = 8): string => createHash('sha256').update(s).digest('hex').slice(0, n);

function newId(sourceId: string, c: Candidate, i: number): string {
  return `${c.event.event_type.toLowerCase()}-${c.event.date}-${hex(`${sourceId}:${c.sentence_start}:${c.event.event_type}:${i}`)}`;
}

const sameCitation = (a: Citation, b: Citation): boolean =>
  a.source === b.source && a.start === b.start && a.end === b.end;

function dateConflict(existing: ResolvedEvent, fresh: Event, source: Source): Conflict {
  return {
    id: `date-conflict-${hex(`${existing.id}:${fresh.id}`, 12)}`,
    kind: 'date',
    topic: `When it happened: ${existing.summary}`.slice(0, 400),
    claims: [
      {
        says: `Dated ${existing.date} by the record already stored`,
        value: existing.date,
        record: existing.id,
        citations: existing.citations.slice(0, 5),
      },
      {
        says: `Dated ${fresh.date} by ${source.title}`.slice(0, 400),
        value: fresh.date,
        record: fresh.id,
        citations: fresh.citations,
      },
    ],
  };
}

/** The actors of both sides of an event and the states they resolve to: what its candidates share with it. */
const sidesOf = (e: ResolvedEvent): string[] => [
  ...new Set([...e.actor, ...e.recipient, ...e.actor_country, ...e.recipient_country]),
];

export async function planDocument(
  store: Store,
  source: Source,
  text: string,
  candidates: Candidate[],
  actors: Actor[],
  opts: CorroborateOptions = DEFAULT_CORROBORATE,
): Promise<Plan> {
  // the world's states, bodies and groups too: a coded UN agency or armed group resolves as the coder read it
  const byId = new Map(withWorldActors(actors).map((a) => [a.id, a]));
  const lookup = (id: string): Actor | undefined => byId.get(id);
  const resolve = (e: Event): ResolvedEvent => ({
    ...e,
    actor_country: resolveCountries(e.actor, e.date, lookup),
    recipient_country: resolveCountries(e.recipient, e.date, lookup),
  });
  const fresh: ResolvedEvent[] = [];
  // The document's new events by sidesKey: a candidate is compared only with those it could be.
  const freshByKey = new Map<string, ResolvedEvent[]>();
  const corroborations = new Map<string, DocumentCommit['corroborations'][number][]>();
  const conflicts: Conflict[] = [];
  const corroborated = new Set<string>();
  for (const [i, c] of candidates.entries()) {
    const e = resolve({ ...c.event, id: newId(source.id, c, i) });
    const key = sidesKey(e);
    const inDoc = findMatch(e, freshByKey.get(key) ?? [], opts);
    if (inDoc?.kind === 'same') {
      const target = inDoc.event;
      for (const cit of e.citations)
        if (!target.citations.some((x) => sameCitation(x, cit))) target.citations.push(cit);
      continue;
    }
    const look = { type: e.event_type, actors: sidesOf(e), date: e.date, end_date: e.end_date };
    const match = findMatch(e, await store.findCandidates({ ...look, windowDays: opts.conflictWindowDays }), opts);
    const same =
      match?.kind === 'same'
        ? match.event
        : !match && opts.matchImported
          ? findImportedMatch(e, await store.findCandidates({ ...look, windowDays: 0, origin: ['imported'] }))
          : null;
    if (same) {
      const list = corroborations.get(same.id) ?? [];
      for (const cit of e.citations) list.push({ event: same.id, citation: cit, ifMatch: eventVersion(same) });
      corroborations.set(same.id, list);
      corroborated.add(same.id);
      continue;
    }
    if (match?.kind === 'date-conflict') {
      const conflict = dateConflict(match.event, e, source);
      conflicts.push(conflict);
      e.status = 'disputed';
      e.counter_claims = [...e.counter_claims, conflict.id];
    }
    fresh.push(e);
    const group = freshByKey.get(key);
    if (group) group.push(e);
    else freshByKey.set(key, [e]);
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
