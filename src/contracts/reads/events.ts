/** Events: the filtered, paged list (also streamed as JSON lines or CSV), one event, and the conflicts. */
import { z } from 'zod';
import { defineContract } from '../contract.js';
import { EVENT_TYPES } from '../../model/plover.js';
import { STATUSES } from '../../model/status.js';
import { actorsParam, dateParam } from '../../model/param-kinds.js';
import { Conflict, ConflictWithPassages, EVENT_ORIGINS, ExchangeEvent, Passage, REVIEW_STATES } from '../records.js';
import { id, integer, oneOf } from '../text.js';

/** Events per page when the answer is one JSON page. */
export const PAGE_SIZE = 1000;
/** The page size when none is asked for (JSON). */
export const DEFAULT_PAGE = 50;

const eventType = z.enum(EVENT_TYPES, {
  error: (iss) => `"${String(iss.input)}" is not a PLOVER type; use one of ${EVENT_TYPES.join(', ')}`,
});

/** The filters of an event query: all must hold. `orrery events`, `GET /api/events` and the web timeline share them. */
export const EventFilters = z
  .object({
    actor: actorsParam('events involving any of these actors (ids or names, comma-separated)').optional(),
    pair: z
      .array(z.string().min(1))
      .length(2, 'a pair is two actors, e.g. ARM,RUS')
      .meta({ kind: 'actors', description: 'events between two actors, either direction' })
      .optional(),
    type: z.array(eventType).optional().describe('PLOVER event types, comma-separated'),
    from: dateParam('on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)').optional(),
    to: dateParam('on or before this date').optional(),
    text: z.string().min(1).max(500).optional().describe('full-text search in summaries'),
    status: z.array(oneOf(STATUSES)).optional().describe('statuses, comma-separated'),
    origin: z.array(oneOf(EVENT_ORIGINS)).optional().describe('curated, coded, imported (default: all)'),
    review: z.array(oneOf(REVIEW_STATES)).optional().describe('for coded events: which review states'),
  })
  .strict();

export const eventsContract = defineContract({
  id: 'events',
  title: 'Events',
  description: 'events, filtered (all filters must hold) and paged; as JSON lines or CSV, streamed',
  tag: 'events',
  method: 'get',
  path: '/api/events',
  input: EventFilters.extend({
    // Absent, a JSON page has DEFAULT_PAGE events and a stream every match; the default is documented.
    limit: integer(1)
      .meta({ default: DEFAULT_PAGE })
      .optional()
      .describe(
        `events per page (default ${DEFAULT_PAGE}, at most ${PAGE_SIZE} as JSON; jsonl and csv stream every match when absent)`,
      ),
    offset: integer(0).default(0).describe('skip this many events first'),
    format: oneOf(['json', 'jsonl', 'csv']).default('json').describe('json (a page), jsonl or csv (streamed)'),
  }).strict(),
  result: z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(ExchangeEvent),
  }),
  formats: ['jsonl', 'csv'],
});

export const eventContract = defineContract({
  id: 'event',
  title: 'Event',
  description:
    'one event with the exact passages that report it (read from the source texts), conflicting claims and the sources that report it',
  tag: 'events',
  method: 'get',
  path: '/api/events/:id',
  input: z.object({ id: id.describe('the event id') }).strict(),
  result: z.object({
    event: ExchangeEvent,
    note: z.string().optional().describe("the curator's note on the event"),
    passages: z.array(Passage),
    conflicts: z.array(Conflict),
    corroborating_sources: z.array(z.string()),
  }),
  positional: ['id'],
});

export const conflictsContract = defineContract({
  id: 'conflicts',
  title: 'Conflicts',
  description: 'where sources disagree, where a claim was denied, where a source slipped; each claim with its passages',
  tag: 'events',
  method: 'get',
  path: '/api/conflicts',
  input: z.object({ record: id.optional().describe('only conflicts that involve this record') }).strict(),
  result: z.array(ConflictWithPassages),
});
