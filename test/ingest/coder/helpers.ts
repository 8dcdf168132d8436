/** Coding sentences written for the tests with the shipped dictionaries and the shipped actors. */
import { fileURLToPath } from 'node:url';
import { datasetActors } from '../../../src/dataset/actors.js';
import { codeText, type CodedCandidate, type CoderResult } from '../../../src/ingest/coder/index.js';
import { resolveCountries, type Actor, type Event } from '../../../src/model/index.js';

export const DATA = fileURLToPath(new URL('../../../data/caucasus', import.meta.url));
export const ACTORS: Actor[] = datasetActors(DATA);
const byId = new Map(ACTORS.map((a) => [a.id, a]));
export const lookup = (id: string): Actor | undefined => byId.get(id);

export function code(text: string, published = '2025-07-15'): CoderResult {
  return codeText(text, { actors: ACTORS, published, sourceId: 'test-doc' });
}

export function events(text: string, published?: string): Event[] {
  return code(text, published).events.map((c: CodedCandidate) => c.event);
}

/** "TYPE ACTORS>RECIPIENTS" with countries resolved at the event date, for compact assertions. */
export function brief(e: Event): string {
  const a = resolveCountries(e.actor, e.date, lookup).join('+');
  const r = resolveCountries(e.recipient, e.date, lookup).join('+');
  return `${e.event_type} ${a}>${r}`;
}

export function confidence(e: Event): number {
  return e.origin.kind === 'coded' ? e.origin.confidence : 1;
}

export function rule(e: Event): string {
  return e.origin.kind === 'coded' ? e.origin.rule : '';
}

/** Briefs of the events a sentence reports as having happened (`modality: actual`), coded at a 2004 date. */
export function actualBriefs(text: string, published = '2004-05-10'): string[] {
  return events(text, published)
    .filter((e) => e.modality === 'actual')
    .map(brief);
}
