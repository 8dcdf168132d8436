/** What the model holds: full-text search over every kind of record, and counts by kind, type, status and year. */
import { z } from 'zod';
import { RECORD_KINDS } from '../../model/dataset.js';
import { defineContract } from '../contract.js';
import { integer } from '../text.js';
import { EVENT_ORIGINS } from '../records.js';

const SEARCH_KINDS = ['actor', 'event', 'relation', 'indicator', 'dependency', 'corridor', 'conflict'] as const;

export const SearchHit = z
  .object({ kind: z.enum(SEARCH_KINDS), id: z.string(), text: z.string() })
  .meta({ id: 'SearchHit' });

export const searchContract = defineContract({
  id: 'search',
  title: 'Search',
  description:
    'full-text search over actor names and the summaries of events, relations, figures, corridors and conflicts',
  tag: 'catalog',
  method: 'get',
  path: '/api/search',
  input: z
    .object({
      words: z.string().trim().min(1).max(500).describe('words to find (all must occur; prefixes match)'),
      limit: integer(1, 1000).default(30).describe('at most this many hits'),
    })
    .strict(),
  result: z.array(SearchHit),
  positional: ['words'],
});

const Tally = z.record(z.string(), z.number().int());

export const Stats = z
  .object({
    counts: z.object({
      ...Object.fromEntries(RECORD_KINDS.map((k) => [k, z.number().int()])),
      events_by_origin: z.object(Object.fromEntries(EVENT_ORIGINS.map((o) => [o, z.number().int()]))),
    }),
    events_by_type: Tally,
    events_by_status: Tally,
    events_by_year: Tally,
    citations: z.number().int().describe('citations of events'),
    multi_source_events: z.number().int().describe('events reported by more than one source'),
    oldest_event: z
      .string()
      .nullable()
      .describe(
        'the first day the oldest event can mean (an event dated to a month or year counts from its first day)',
      ),
    newest_event: z
      .string()
      .nullable()
      .describe('the first day the newest event can mean: the date the web app opens at'),
  })
  .meta({ id: 'Stats' });

export const statsContract = defineContract({
  id: 'stats',
  title: 'Stats',
  description: 'counts of records by kind, and of events by type, status, origin and year',
  tag: 'catalog',
  method: 'get',
  path: '/api/stats',
  input: z.object({}).strict(),
  result: Stats,
});
