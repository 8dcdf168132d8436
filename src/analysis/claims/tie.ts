/** `tie`: the weight between two actors in the alignment network (the `network` analysis), at one date or two. */
import type { ClaimTest } from '../../model/index.js';
import type { NetworkResult } from '../describe/network.js';
import { judge, trendLine } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type Tie = Extract<ClaimTest, { kind: 'tie' }>;

/** The tie's weight at a date; 0 when the network has no edge between them (no relation, no event in the window). */
export function tieWeight(ctx: ClaimContext, a: string, b: string, at: string, options: Record<string, unknown> = {}): { weight: number; edge: boolean } {
  const net = ctx.run<NetworkResult>('network', { ...options, at, explain: false });
  const [s, t] = a < b ? [a, b] : [b, a];
  const e = net.edges.find((x) => x.source === s && x.target === t);
  return { weight: e?.weight ?? 0, edge: e !== undefined };
}

export function checkTie(t: Tie, ctx: ClaimContext): CheckResult {
  const after = tieWeight(ctx, t.a, t.b, t.at, t.options);
  const before = t.from ? tieWeight(ctx, t.a, t.b, t.from, t.options) : undefined;
  const verdict = judge(t.expect, after.weight, before?.weight ?? null, t.value);
  return {
    kind: 'tie',
    verdict,
    figures: {
      pair: `${t.a}–${t.b}`,
      at: t.at,
      weight: after.weight,
      ...(before ? { from: t.from ?? null, before: before.weight, change: after.weight - before.weight } : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
    },
    key: trendLine(`${t.a}–${t.b} tie`, t.expect, after.weight, t.at, before?.weight, t.from, t.value),
  };
}
