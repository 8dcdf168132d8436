/** The corridor network: places, the network as GeoJSON at a date, segments, corridors, impact reports and routing. */
import { z } from 'zod';
import {
  explainNoRoute,
  findPlace,
  impact,
  matchRecord,
  networkGeoJson,
  routeGeoJson,
  routesOnGraph,
  statusAt,
  today,
  type RouteResult as RouteAnswer,
} from '../../corridors/index.js';
import { TRANSPORT_MODES, NotFoundError, PLACE_KINDS, UsageError } from '../../model/index.js';
import { passages } from '../../dataset/passages.js';
import { citationsOf } from '../../model/index.js';
import { LIMITS, atMost } from '../limits.js';
import { bool, date, id, int, list } from '../params.js';
import { stringify, jsonText } from '../respond.js';
import { route } from '../route.js';
import {
  Corridor,
  FeatureCollection as FeatureCollectionSchema,
  NetworkCorridor,
  Passage,
  Place,
  RouteResult,
  Segment,
} from '../schemas.js';

const tag = 'corridors';
const upper = (ids: string[] | undefined): string[] => (ids ?? []).map((s) => s.toUpperCase());
const by = z.enum(['distance', 'time']).default('distance').describe('what "best" means');
const modes = list(z.enum(TRANSPORT_MODES))
  .optional()
  .describe('allowed modes, comma-separated (default: rail, road, ferry, sea)');

const CorridorRow = z
  .object({
    id: z.string(),
    name: z.string(),
    network: NetworkCorridor.nullable().describe(
      'the corridor of the network (null for a dataset record the network does not draw)',
    ),
    segments: z.array(z.string()),
    km: z.number(),
    statuses: z.record(z.string(), z.number()).describe('how many segments are in each status at the date'),
    modes: z.array(z.string()),
    countries: z.array(z.string()),
    record: Corridor.nullable().describe(
      "the dataset's Corridor record (names and who uses them, rights, status history, citations)",
    ),
  })
  .meta({ id: 'CorridorRow' });

export const corridorRoutes = [
  route({
    method: 'get',
    path: '/api/places',
    tag,
    summary: 'the places of the transport and energy network (ids, names and aliases work in /api/route)',
    query: z
      .object({
        country: list(z.string()).optional().describe('only places in these states or territories'),
        kind: z.enum(PLACE_KINDS).optional(),
      })
      .strict(),
    response: z.array(Place),
    handler: async ({ query, ctx }) => {
      const countries = upper(query.country);
      return (await ctx.data.network()).places.filter(
        (p) =>
          (!countries.length || countries.some((c) => c === p.country || c === p.territory || p.border?.includes(c))) &&
          (!query.kind || p.kind === query.kind),
      );
    },
  }),

  route({
    method: 'get',
    path: '/api/network',
    tag,
    summary:
      'the network as GeoJSON: places as points, segments as lines with mode, status and control at the date, countries and corridors',
    description:
      'Segments that did not exist yet at the date (no status recorded by then) are left out; planned=false also leaves out planned links and those under construction.',
    query: z
      .object({
        at: date.optional().describe('the date (default today)'),
        planned: bool.default(true).describe('include planned links and those under construction'),
      })
      .strict(),
    response: FeatureCollectionSchema,
    handler: async ({ query, ctx }) => {
      const at = query.at ?? today();
      const key = `network-geojson|${at}|${query.planned}`;
      let text = ctx.data.results.get(key);
      if (text === undefined) {
        const all = networkGeoJson(await ctx.data.network(), at);
        const keep = all.features.filter((f) => {
          if (f.geometry.type !== 'LineString') return true;
          const status = f.properties.status;
          return status !== null && (query.planned || (status !== 'planned' && status !== 'under-construction'));
        });
        text = stringify({ type: 'FeatureCollection', at, features: keep });
        ctx.data.results.set(key, text);
      }
      return jsonText(text);
    },
  }),

  route({
    method: 'get',
    path: '/api/segments/:id',
    tag,
    summary: 'one segment of the network: its record (status history, parties, length) and the passages it cites',
    params: z.object({ id }),
    query: z.object({ at: date.optional().describe('the date for status (default today)') }).strict(),
    response: z.object({ segment: Segment, status: z.string().nullable(), passages: z.array(Passage) }),
    handler: async ({ params, query, ctx }) => {
      const net = await ctx.data.network();
      const segment = net.segments.find((s) => s.id === params.id);
      if (!segment) throw new NotFoundError('segment', params.id, 'see GET /api/network');
      const cited = passages(
        await ctx.data.texts(),
        citationsOf(segment).map((c) => c.citation),
      ).map((p) => ({ ...p, text: p.text ?? null }));
      return { segment, status: statusAt(segment, query.at ?? today()), passages: cited };
    },
  }),

  route({
    method: 'get',
    path: '/api/corridors',
    tag,
    summary:
      "the named corridors: the network's (segments, km, status at the date, modes, countries) joined to the dataset's Corridor records",
    query: z.object({ at: date.optional().describe('the date for statuses (default today)') }).strict(),
    response: z.array(CorridorRow),
    handler: async ({ query, ctx }) => {
      const at = query.at ?? today();
      const net = await ctx.data.network();
      const records = await ctx.store.listCorridors();
      const used = new Set<string>();
      const rows = net.corridors.map((c) => {
        const segs = net.segments.filter((s) => s.corridors.includes(c.id));
        const statuses: Record<string, number> = {};
        for (const s of segs) {
          const st = statusAt(s, at) ?? 'none';
          statuses[st] = (statuses[st] ?? 0) + 1;
        }
        const record = matchRecord(c, records) ?? null;
        if (record) used.add(record.id);
        return {
          id: c.id,
          name: c.name,
          network: c,
          segments: segs.map((s) => s.id),
          km: Math.round(segs.reduce((n, s) => n + (s.length.km ?? 0), 0)),
          statuses,
          modes: [...new Set(segs.map((s) => s.mode))],
          countries: [...new Set(segs.flatMap((s) => s.countries))],
          record,
        };
      });
      const unmatched = records
        .filter((r) => !used.has(r.id))
        .map((r) => ({
          id: r.id,
          name: r.names[0]!.name,
          network: null,
          segments: [],
          km: r.length_km?.value ?? 0,
          statuses: {},
          modes: r.kinds,
          countries: r.countries,
          record: r,
        }));
      return [...rows, ...unmatched];
    },
  }),

  route({
    method: 'get',
    path: '/api/corridors/:id/impact',
    tag,
    summary:
      "what a corridor changes: best routes for standard origin–destination pairs with and without it, and each state's transit position",
    params: z.object({ id: id.describe('corridor id, name or alias (TRIPP, Zangezur, Lachin, "Middle Corridor"...)') }),
    query: z
      .object({ at: date.optional().describe("the date (default: the corridor's impact date, else today)"), by, modes })
      .strict(),
    response: z
      .record(z.string(), z.unknown())
      .describe('the `orrery corridors impact --json` report: { corridor, at, by, pairs, countries }'),
    handler: async ({ params, query, ctx }) => {
      const key = `impact|${params.id}|${query.at ?? ''}|${query.by}|${(query.modes ?? []).join(',')}`;
      let text = ctx.data.results.get(key);
      if (text === undefined) {
        text = stringify(
          impact(await ctx.data.network(), params.id, { at: query.at, by: query.by, modes: query.modes }),
        );
        ctx.data.results.set(key, text);
      }
      return jsonText(text);
    },
  }),

  route({
    method: 'get',
    path: '/api/route',
    tag,
    summary: 'the best routes between two places at a date, under constraints; each with its segments as GeoJSON',
    description: 'No route is not an error: the answer is 200 with routes [] and a reason.',
    query: z
      .object({
        from: z.string().min(1).describe('origin: place id, name or alias'),
        to: z.string().min(1).describe('destination'),
        at: date.optional().describe('the date (default today)'),
        planned: bool.default(false).describe('also use links planned or under construction'),
        avoid: list(z.string()).optional().describe('states or territories not to cross (RUS,IRN)'),
        avoid_controlled_by: list(z.string()).optional().describe('parties whose segments not to use'),
        modes,
        by,
        alternatives: int(1).default(1).describe(`how many routes (at most ${LIMITS.alternatives})`),
      })
      .strict(),
    cost: (q) => atMost('alternatives', q.alternatives, LIMITS.alternatives),
    response: RouteResult,
    // What findRoutes (src/corridors/route.ts) does, on the graph the server keeps per date and
    // constraints; answers are kept per resolved query, so a repeated route costs a lookup.
    handler: async ({ query, ctx }) => {
      const net = await ctx.data.network();
      const from = findPlace(net, query.from);
      const to = findPlace(net, query.to);
      if (from.id === to.id) throw new UsageError(`"${query.from}" and "${query.to}" are the same place`);
      const options = {
        at: query.at ?? today(),
        planned: query.planned,
        avoid: upper(query.avoid),
        avoidControlledBy: upper(query.avoid_controlled_by),
        modes: query.modes,
        by: query.by,
      };
      const sorted = (xs: readonly string[] | undefined): string => [...new Set(xs ?? [])].sort().join(',');
      const key = [
        from.id,
        to.id,
        options.at,
        options.planned,
        sorted(options.avoid),
        sorted(options.avoidControlledBy),
        query.modes ? sorted(query.modes) : '*',
        query.by,
        query.alternatives,
      ].join('|');
      let text = ctx.data.routes.get(key);
      if (text === undefined) {
        const routes = routesOnGraph(ctx.data.routeGraph(net, options), from, to, query.by, query.alternatives);
        const res: RouteAnswer = { from: from.id, to: to.id, at: options.at, by: query.by, routes };
        if (!routes.length) res.reason = explainNoRoute(net, from, to, options, options.at);
        text = stringify({ ...res, routes: routes.map((r) => ({ ...r, geojson: routeGeoJson(net, r, res.at) })) });
        ctx.data.routes.set(key, text);
      }
      return jsonText(text);
    },
  }),
];
