/** The transport network: places, the network as GeoJSON, a segment, corridors, corridor impact, routes. */
import {
  closedScopes,
  explainNoRoute,
  findPlace,
  impact,
  matchRecord,
  networkGeoJson,
  routeGeoJson,
  routesOnGraph,
  statusAt,
  today,
  type RouteResult,
} from '../../corridors/index.js';
import { passages } from '../../dataset/passages.js';
import { citationsOf } from '../../model/citation.js';
import { NotFoundError, UsageError } from '../../model/errors.js';
import * as contracts from '../../contracts/reads/transport.js';
import type { NetworkGeo } from '../../contracts/records.js';
import type { z } from 'zod';
import { defineOperation } from '../operation.js';
import { shownPassage } from './passages.js';
import { evidence, marked } from '../scenarios/evidence.js';

const upper = (ids: readonly string[] | undefined): string[] => (ids ?? []).map((s) => s.toUpperCase());
const sorted = (xs: readonly string[] | undefined): string => [...new Set(xs ?? [])].sort().join(',');

export const placesOperation = defineOperation({
  contract: contracts.placesContract,
  async run(ctx, p) {
    const countries = upper(p.country);
    return (await ctx.data.network()).places.filter(
      (pl) =>
        (!countries.length ||
          countries.some((c) => c === pl.country || c === pl.territory || pl.border?.includes(c))) &&
        (!p.kind || pl.kind === p.kind),
    );
  },
});

export const networkGeoOperation = defineOperation({
  contract: contracts.networkGeoContract,
  async run(ctx, p) {
    const at = p.at ?? today();
    const ev = await evidence(ctx, p.scenario);
    const all = networkGeoJson(await ev.network(), at);
    const features = all.features.filter((f) => {
      if (f.geometry.type !== 'LineString') return true;
      const status = f.properties.status;
      return status !== null && (p.planned || (status !== 'planned' && status !== 'under-construction'));
    });
    return { type: 'FeatureCollection', at, features, ...marked(ev) } as z.input<typeof NetworkGeo>;
  },
  cache: { key: (_ctx, p) => `network-geojson|${p.at ?? today()}|${p.planned}|${p.scenario ?? ''}` },
});

export const segmentOperation = defineOperation({
  contract: contracts.segmentContract,
  async run(ctx, p) {
    const net = await ctx.data.network();
    const segment = net.segments.find((s) => s.id === p.id);
    if (!segment) throw new NotFoundError('segment', p.id, 'see GET /api/network');
    const cited = passages(
      await ctx.data.texts(),
      citationsOf(segment).map((c) => c.citation),
    ).map(shownPassage);
    return { segment, status: statusAt(segment, p.at ?? today()), passages: cited };
  },
});

export const corridorsOperation = defineOperation({
  contract: contracts.corridorsContract,
  async run(ctx, p) {
    const at = p.at ?? today();
    const net = await ctx.data.network();
    const records = await ctx.store.listCorridors();
    const used = new Set<string>();
    const rows = net.corridors.map((c) => {
      const segs = net.segments.filter((s) => s.corridors.includes(c.id));
      const statuses: Record<string, number> = {};
      const closedTo: Record<string, number> = {};
      for (const s of segs) {
        const st = statusAt(s, at) ?? 'none';
        statuses[st] = (statuses[st] ?? 0) + 1;
        for (const t of closedScopes(s, at, false)) closedTo[t.join('–')] = (closedTo[t.join('–')] ?? 0) + 1;
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
        closed_to: closedTo,
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
        closed_to: {},
        modes: r.kinds,
        countries: r.countries,
        record: r,
      }));
    return [...rows, ...unmatched];
  },
});

export const impactOperation = defineOperation({
  contract: contracts.impactContract,
  async run(ctx, p) {
    const ev = await evidence(ctx, p.scenario);
    return { ...impact(await ev.network(), p.id, { at: p.at, by: p.by, modes: p.modes }), ...marked(ev) };
  },
  cache: {
    key: (_ctx, p) => `impact|${p.id}|${p.at ?? ''}|${p.by}|${(p.modes ?? []).join(',')}|${p.scenario ?? ''}`,
  },
});

/** What findRoutes (src/corridors/route.ts) does, on the routing graph kept per date and constraints. */
export const routeOperation = defineOperation({
  contract: contracts.routeContract,
  async run(ctx, p) {
    const ev = await evidence(ctx, p.scenario);
    const net = await ev.network();
    const from = findPlace(net, p.from);
    const to = findPlace(net, p.to);
    if (from.id === to.id) throw new UsageError(`"${p.from}" and "${p.to}" are the same place`);
    const options = {
      at: p.at ?? today(),
      planned: p.planned,
      avoid: upper(p.avoid),
      avoidControlledBy: upper(p.avoid_controlled_by),
      modes: p.modes,
      by: p.by,
      scenario: p.scenario,
    };
    const routes = routesOnGraph(ctx.data.routeGraph(net, options), from, to, p.by, p.alternatives);
    const res: RouteResult = { from: from.id, to: to.id, at: options.at, by: p.by, routes };
    if (!routes.length)
      res.reason = explainNoRoute(net, from, to, options, options.at, (o) =>
        ctx.data.routeGraph(net, { ...o, at: options.at }),
      );
    return { ...res, routes: routes.map((r) => ({ ...r, geojson: routeGeoJson(net, r, res.at) })), ...marked(ev) };
  },
  // Answers depend on the network files only; kept per resolved query, so a repeated route costs a lookup.
  cache: {
    lasting: true,
    async key(ctx, p) {
      const net = await ctx.data.network();
      return [
        findPlace(net, p.from).id,
        findPlace(net, p.to).id,
        p.at ?? today(),
        p.planned,
        sorted(upper(p.avoid)),
        sorted(upper(p.avoid_controlled_by)),
        p.modes ? sorted(p.modes) : '*',
        p.by,
        p.alternatives,
        p.scenario ?? '',
      ].join('|');
    },
  },
});
