/** `route`: the corridor router between two places at a date, under constraints (src/corridors, injected). */
import type { ClaimTest } from '../../model/index.js';
import type { CheckResult, ClaimContext } from './types.js';

type RouteT = Extract<ClaimTest, { kind: 'route' }>;

export function checkRoute(t: RouteT, ctx: ClaimContext): CheckResult {
  const base = { from: t.from, to: t.to, at: t.at, expect: t.expect };
  if (!ctx.route)
    return {
      kind: 'route',
      verdict: 'undetermined',
      figures: base,
      key: `${t.from} → ${t.to} (${t.at}): no network`,
      reason: 'no corridor network to route on',
    };
  let res;
  try {
    res = ctx.route(t.from, t.to, {
      at: t.at,
      planned: t.planned ?? false,
      ...(t.modes ? { modes: t.modes } : {}),
      avoid: t.avoid ?? [],
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'route',
      verdict: 'undetermined',
      figures: base,
      key: `${t.from} → ${t.to} (${t.at}): ${reason}`,
      reason,
    };
  }
  const best = res.routes[0];
  const figures = {
    ...base,
    found: best !== undefined,
    countries: best?.countries ?? [],
    territories: best?.territories ?? [],
    distance_km: best?.distance_km ?? null,
    segments: best?.segments.map((s) => s.id) ?? [],
    ...(res.reason ? { no_route: res.reason } : {}),
  };
  const path = best ? `${best.countries.join(' → ')}, ${best.distance_km} km` : 'no route';
  const key = `${t.from} → ${t.to} (${t.at}): ${path}; expected ${t.expect}`;
  if (t.expect === 'exists' || t.expect === 'none') {
    return {
      kind: 'route',
      verdict: (best !== undefined) === (t.expect === 'exists') ? 'agrees' : 'disagrees',
      figures,
      key,
    };
  }
  const [how, id] = t.expect.split(':') as ['avoids' | 'through', string];
  if (!best)
    return {
      kind: 'route',
      verdict: 'undetermined',
      figures,
      key,
      reason: `no route from ${t.from} to ${t.to} at ${t.at}, so none to pass through or avoid ${id}`,
    };
  const crosses = best.countries.includes(id) || best.territories.includes(id);
  return { kind: 'route', verdict: crosses === (how === 'through') ? 'agrees' : 'disagrees', figures, key };
}
