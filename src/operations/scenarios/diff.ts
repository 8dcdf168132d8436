/**
 * `scenario diff`: what a scenario changes against the evidence alone at one date, engine by engine.
 * Each engine runs twice, on the evidence and under the scenario, with its default parameters:
 * - ties (the network analysis): pairs whose signed weight moves by at least `threshold`, named
 *   flips (the sign changes), appears, vanishes, strengthens or weakens (|weight| grows or shrinks);
 * - blocs (signed Louvain): actors whose bloc-mates change, since bloc numbers themselves are
 *   arbitrary; and balance, polarisation and modularity before and after;
 * - exposures: each dependent's share from each supplier, per commodity, that moves by `threshold`;
 * - routes: the shortest route by distance between every pair of ROUTE_HUBS (no planned
 *   segments), lengthened, shortened, vanished, appeared or rerouted through other countries;
 * - issues: every model's forecast of each bargaining issue that a `set-position` change touches.
 */
import { z } from 'zod';
import type { AnalysisData } from '../../analysis/input.js';
import { scenarioDiffContract, type ScenarioDiff } from '../../contracts/scenarios.js';
import { routesOnGraph } from '../../corridors/index.js';
import type { TransportNetwork } from '../../model/index.js';
import { parseParams } from '../analyses/analysis.js';
import { blocsAnalysis } from '../analyses/blocs.js';
import { exposureAnalysis } from '../analyses/exposure.js';
import { networkAnalysis } from '../analyses/network.js';
import type { OperationContext } from '../context.js';
import { defineOperation } from '../operation.js';
import { findIssue } from '../../dataset/issues.js';
import { applyScenarioToIssue } from '../../forecast/bargaining/scenario.js';
import { issueForecast } from '../forecast/bargaining.js';
import { contextIssues } from '../forecast/issues.js';
import { evidence } from './evidence.js';

/** The places routed pairwise: the capitals, the exclave, and the gateways to the neighbours and the seas. */
export const ROUTE_HUBS = [
  'baku',
  'yerevan',
  'tbilisi',
  'nakhchivan',
  'gyumri',
  'poti',
  'kars',
  'vladikavkaz',
  'tabriz',
  'aktau',
  'istanbul',
] as const;

type Diff = z.input<typeof ScenarioDiff>;
const round = (x: number): number => Math.round(x * 1000) / 1000;
const move = (before: number | null, after: number | null) => ({
  before: before === null ? null : round(before),
  after: after === null ? null : round(after),
  delta: before === null || after === null ? null : round(after - before),
});

function tieMoves(before: Map<string, number>, after: Map<string, number>, hyp: Set<string>, threshold: number) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: Diff['ties'] = [];
  for (const key of keys) {
    const b = before.get(key) ?? 0;
    const a = after.get(key) ?? 0;
    if (Math.abs(a - b) < threshold) continue;
    const [x, y] = key.split('|') as [string, string];
    const change = !before.has(key)
      ? 'appears'
      : !after.has(key)
        ? 'vanishes'
        : Math.sign(a) !== Math.sign(b) && a !== 0 && b !== 0
          ? 'flips'
          : Math.abs(a) > Math.abs(b)
            ? 'strengthens'
            : 'weakens';
    out.push({ a: x, b: y, ...move(b, a), change, hypothetical: hyp.has(key) });
  }
  return out.sort((p, q) => Math.abs(q.delta ?? 0) - Math.abs(p.delta ?? 0));
}

function mates(blocs: ReadonlyArray<{ members: readonly string[] }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of blocs) for (const m of b.members) out.set(m, b.members.filter((x) => x !== m).sort());
  return out;
}

function bestRoute(ctx: OperationContext, net: TransportNetwork, at: string, key: string, from: string, to: string) {
  const a = net.places.find((p) => p.id === from);
  const b = net.places.find((p) => p.id === to);
  if (!a || !b) return null;
  const g = ctx.data.routeGraph(net, { at, planned: false, by: 'distance', scenario: key });
  return routesOnGraph(g, a, b, 'distance', 1)[0] ?? null;
}

export const scenarioDiffOperation = defineOperation({
  contract: scenarioDiffContract,
  async run(ctx, p) {
    const base = await evidence(ctx);
    const alt = await evidence(ctx, p.id);
    const [d0, d1] = await Promise.all([base.data(), alt.data()]);
    const mark = alt.mark!;
    const hypothetical = new Set(mark.records);

    const network = (data: AnalysisData) => networkAnalysis.run(data, parseParams(networkAnalysis, { at: p.at }));
    const [n0, n1] = [network(d0), network(d1)];
    const weights = (r: typeof n0) =>
      new Map(r.edges.map((e) => [[e.source, e.target].sort().join('|'), e.weight] as [string, number]));
    const hypTies = new Set(
      n1.edges
        .filter((e) => e.contributions.some((c) => hypothetical.has(c.id)))
        .map((e) => [e.source, e.target].sort().join('|')),
    );
    const ties = tieMoves(weights(n0), weights(n1), hypTies, p.threshold);

    const blocs = (data: AnalysisData) => blocsAnalysis.run(data, parseParams(blocsAnalysis, { at: p.at }));
    const [b0, b1] = [blocs(d0), blocs(d1)];
    const m0 = mates(b0.blocs);
    const m1 = mates(b1.blocs);
    const moved = [...new Set([...m0.keys(), ...m1.keys()])]
      .filter((x) => (m0.get(x) ?? []).join() !== (m1.get(x) ?? []).join())
      .sort()
      .map((actor) => ({ actor, before: m0.get(actor) ?? [], after: m1.get(actor) ?? [] }));

    const exposure = (data: AnalysisData) => exposureAnalysis.run(data, parseParams(exposureAnalysis, { at: p.at }));
    const shares = (r: ReturnType<typeof exposure>) => {
      const out = new Map<string, number>();
      for (const c of r.byCommodity)
        for (const s of c.suppliers) if (s.share !== null) out.set(`${c.actor}|${s.supplier}|${c.commodity}`, s.share);
      return out;
    };
    const [s0, s1] = [shares(exposure(d0)), shares(exposure(d1))];
    const exposures = [...new Set([...s0.keys(), ...s1.keys()])]
      .map((k) => {
        const [actor, supplier, commodity] = k.split('|') as [string, string, string];
        return { actor, supplier, commodity, ...move(s0.get(k) ?? null, s1.get(k) ?? null) };
      })
      .filter((e) => e.delta === null || Math.abs(e.delta) >= p.threshold)
      .sort((x, y) => Math.abs(y.delta ?? 1) - Math.abs(x.delta ?? 1));

    const routes: Diff['routes'] = [];
    let routePairs = 0;
    const nets = await Promise.all([base.network(), alt.network()]).catch(() => undefined);
    if (nets && alt.scenario!.changes.some((c) => c.change === 'set-segment')) {
      for (let i = 0; i < ROUTE_HUBS.length; i++)
        for (let j = i + 1; j < ROUTE_HUBS.length; j++) {
          routePairs++;
          const [from, to] = [ROUTE_HUBS[i]!, ROUTE_HUBS[j]!];
          const r0 = bestRoute(ctx, nets[0], p.at, '', from, to);
          const r1 = bestRoute(ctx, nets[1], p.at, mark.id, from, to);
          const via0 = r0?.countries ?? [];
          const via1 = r1?.countries ?? [];
          const km0 = r0?.distance_km ?? null;
          const km1 = r1?.distance_km ?? null;
          const change =
            !r0 && !r1
              ? null
              : !r1
                ? 'vanishes'
                : !r0
                  ? 'appears'
                  : km1! > km0! + 0.5
                    ? 'lengthens'
                    : km1! < km0! - 0.5
                      ? 'shortens'
                      : via0.join() !== via1.join()
                        ? 'reroutes'
                        : null;
          if (change) routes.push({ from, to, change, beforeKm: km0, afterKm: km1, beforeVia: via0, afterVia: via1 });
        }
    }
    const touched = [...new Set(alt.scenario!.changes.flatMap((c) => (c.change === 'set-position' ? [c.issue] : [])))];
    const loaded = touched.length ? await contextIssues(ctx) : [];
    const issues = touched.flatMap((id) => {
      const one = findIssue(loaded, id);
      const before = issueForecast(one).forecasts;
      const after = issueForecast({ ...one, issue: applyScenarioToIssue(one.issue, alt.scenario!) }).forecasts;
      return before.map((b, i) => ({
        issue: id,
        title: one.issue.title,
        model: b.name,
        ...move(b.forecast, after[i]?.forecast ?? null),
      }));
    });
    return {
      scenario: mark,
      at: p.at,
      ties,
      blocs: {
        moved,
        balance: move(b0.balance, b1.balance),
        polarisation: move(b0.polarisation, b1.polarisation),
        modularity: move(b0.modularity, b1.modularity),
      },
      exposures,
      routes,
      routePairs,
      issues,
    };
  },
});
