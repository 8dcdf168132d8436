/**
 * The shapes the web app reads from /api, taken from the operations' contracts (src/contracts): each
 * type is the output of the schema the server's answer is checked against, so nothing here is typed
 * by hand and a change to an answer shows up in the web typecheck.
 */
import type { z } from 'zod';
import type { ResultOf } from '../../../src/contracts/contract';
import type {
  Actor as ActorSchema,
  CitationRef,
  CitedPassage,
  Conflict as ConflictSchema,
  ConflictWithPassages,
  ExchangeEvent as ExchangeEventSchema,
  Passage as PassageSchema,
  Source as SourceSchema,
} from '../../../src/contracts/records';
import type { eventContract, eventsContract, sourceContract } from '../../../src/contracts/reads/index';

export type Citation = z.output<typeof CitationRef>;
export type Source = z.output<typeof SourceSchema>;
export type SourcePassage = z.output<typeof CitedPassage>;
export type CitedRecord = SourcePassage['records'][number];
export type SourceDetail = ResultOf<typeof sourceContract>;
export type Passage = z.output<typeof PassageSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type ExchangeEvent = z.output<typeof ExchangeEventSchema>;
export type EventsPage = ResultOf<typeof eventsContract>;
/** A conflict as /api/conflicts gives it (each claim with its passages) or as an event carries it (without). */
export type Conflict = z.output<typeof ConflictSchema> | z.output<typeof ConflictWithPassages>;
export type Claim = Conflict['claims'][number] & { passages?: Passage[] };
export type EventDetail = ResultOf<typeof eventContract>;

export * from './corridor-types';
