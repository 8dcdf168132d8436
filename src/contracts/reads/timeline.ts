/** One actor's or one pair's history: events and relation changes in date order. */
import { z } from 'zod';
import { dateParam } from '../../model/param-kinds.js';
import { defineContract } from '../contract.js';
import { ExchangeEvent, Relation } from '../records.js';

export const TimelineRow = z
  .object({
    date: z.string(),
    kind: z.enum(['event', 'relation-start', 'relation-end']),
    id: z.string(),
    what: z.string().describe('the event type and its sides, or the relation and what happened to it'),
    detail: z.string().describe('the summary'),
  })
  .meta({ id: 'TimelineRow' });

export const timelineContract = defineContract({
  id: 'timeline',
  title: 'Timeline',
  description:
    'the history of one actor (e.g. ARM) or of a pair (e.g. ARM,RUS): events and relations in date order; coded events count once accepted',
  tag: 'events',
  method: 'get',
  path: '/api/timeline',
  input: z
    .object({
      who: z.string().trim().min(1).max(400).describe('an actor id or name, or two separated by a comma'),
      from: dateParam('on or after this date').optional(),
      to: dateParam('on or before this date').optional(),
    })
    .strict(),
  result: z.object({
    subject: z.union([z.string(), z.tuple([z.string(), z.string()])]),
    events: z.array(ExchangeEvent),
    relations: z.array(Relation),
    rows: z.array(TimelineRow),
  }),
  positional: ['who'],
});
