/**
 * The transport and energy network: its places, the network as GeoJSON at a date, one segment, the
 * named corridors, what a corridor changes, and the best routes between two places.
 */
import { z } from 'zod';
import { scenarioParam, withScenarioMark } from '../scenario.js';
import { defineContract } from '../contract.js';
import { TRANSPORT_MODES, PLACE_KINDS } from '../../model/transport.js';
import { dateParam } from '../../model/param-kinds.js';
import { CorridorRow, ImpactReport, NetworkGeo, Passage, Place, RouteResult, Segment } from '../records.js';
import { flag, id, integer, oneOf } from '../text.js';

/** Route alternatives per request. */
export const MAX_ALTERNATIVES = 10;

const by = oneOf(['distance', 'time']).default('distance').describe('what "best" means: distance or time');
const modes = z
  .array(oneOf(TRANSPORT_MODES))
  .optional()
  .describe('allowed modes, comma-separated (default: rail, road, ferry, sea)');

export const placesContract = defineContract({
  id: 'places',
  title: 'Places',
  description: 'the places of the transport and energy network (ids, names and aliases work in routes)',
  tag: 'corridors',
  method: 'get',
  path: '/api/places',
  input: z
    .object({
      country: z.array(z.string()).optional().describe('only places in these states or territories'),
      kind: z.enum(PLACE_KINDS).optional().describe('only this kind'),
    })
    .strict(),
  result: z.array(Place),
});

export const networkGeoContract = defineContract({
  id: 'network-geojson',
  title: 'Transport network',
  description:
    'the network as GeoJSON: places as points, segments as lines with mode, status and control at the date. Segments that did not exist yet at the date (no status recorded by then) are left out; planned=false also leaves out planned links and those under construction.',
  tag: 'corridors',
  method: 'get',
  path: '/api/network',
  input: z
    .object({
      at: dateParam('the date (default today)').optional(),
      planned: flag().default(true).describe('include planned links and those under construction'),
      scenario: scenarioParam,
    })
    .strict(),
  result: withScenarioMark(NetworkGeo),
});

export const segmentContract = defineContract({
  id: 'segment',
  title: 'Segment',
  description: 'one segment of the network: its record (status history, parties, length) and the passages it cites',
  tag: 'corridors',
  method: 'get',
  path: '/api/segments/:id',
  input: z.object({ id, at: dateParam('the date for status (default today)').optional() }).strict(),
  result: z.object({ segment: Segment, status: z.string().nullable(), passages: z.array(Passage) }),
  positional: ['id'],
});

export const corridorsContract = defineContract({
  id: 'corridors',
  title: 'Corridors',
  description:
    "the named corridors: the network's (segments, km, status at the date, modes, countries) joined to the dataset's Corridor records",
  tag: 'corridors',
  method: 'get',
  path: '/api/corridors',
  input: z.object({ at: dateParam('the date for statuses (default today)').optional() }).strict(),
  result: z.array(CorridorRow),
});

export const impactContract = defineContract({
  id: 'corridor-impact',
  title: 'Corridor impact',
  description:
    "what a corridor changes: best routes for standard origin–destination pairs with and without it, and each state's transit position",
  tag: 'corridors',
  method: 'get',
  path: '/api/corridors/:id/impact',
  input: z
    .object({
      id: id.describe('corridor id, name or alias (TRIPP, Zangezur, Lachin, "Middle Corridor"...)'),
      at: dateParam("the date (default: the corridor's impact date, else today)").optional(),
      by,
      modes,
      scenario: scenarioParam,
    })
    .strict(),
  result: withScenarioMark(ImpactReport),
  positional: ['id'],
});

export const routeContract = defineContract({
  id: 'route',
  title: 'Route',
  description:
    'the best routes between two places at a date, under constraints; each with its segments as GeoJSON. No route is not an error: the answer has routes [] and a reason.',
  tag: 'corridors',
  method: 'get',
  path: '/api/route',
  input: z
    .object({
      from: z.string().min(1).describe('origin: place id, name or alias'),
      to: z.string().min(1).describe('destination'),
      at: dateParam('the date (default today)').optional(),
      planned: flag().default(false).describe('also use links planned or under construction'),
      avoid: z.array(z.string()).optional().describe('states or territories not to cross (RUS,IRN)'),
      avoid_controlled_by: z.array(z.string()).optional().describe('parties whose segments not to use'),
      modes,
      by,
      alternatives: integer(1, 50)
        .default(1)
        .describe(`how many routes (the API gives at most ${MAX_ALTERNATIVES} per request)`),
      scenario: scenarioParam,
    })
    .strict(),
  result: withScenarioMark(RouteResult),
  positional: ['from', 'to'],
});
