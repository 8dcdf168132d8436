/** `tie`: the weight between two actors in the alignment network (the `network` analysis), at one date or two. */
import type { ClaimTest } from '../../model/index.js';
import type { NetworkResult } from '../analyses/network.js';
import { judge, trendLine } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type Tie = Extract<ClaimTest, { kind: 'tie' }>;

/** The tie's weight at a date; 0 when the network has no edge between them (no relation, no event in the window). */
export function tieWeight(
  ctx: ClaimContext,
  a: string,
  b: string,
  at: string,
  options: Record<string, unknown> = {},
): { weight: number; edge: boolean } {
  const net = ctx.run<NetworkResult>('network', { ...options, at, explain: false });
  const [s, t] = a < b ? [a, b] : [b, a];
  const e = net.edges.find((x) => x.source === s && x.target === t);
  return { weight: e?.weight ?? 0, edge: e !== undefined };
}

/** The figure a tie test judges: the pair's weight, less the other pair's when the test compares two. */
function figureAt(ctx: ClaimContext, t: Tie, at: string): { figure: number; weight: number; versus: number | null } {
  const { weight } = tieWeight(ctx, t.a, t.b, at, t.options);
  if (!t.versus) return { figure: weight, weight, versus: null };
  const other = tieWeight(ctx, t.versus[0], t.versus[1], at, t.options).weight;
  return { figure: weight - other, weight, versus: other };
}

export function checkTie(t: Tie, ctx: ClaimContext): CheckResult {
  const after = figureAt(ctx, t, t.at);
  const before = t.from ? figureAt(ctx, t, t.from) : undefined;
  const verdict = judge(t.expect, after.figure, before?.figure ?? null, t.value);
  const other = t.versus ? `${t.versus[0]}–${t.versus[1]}` : null;
  return {
    kind: 'tie',
    verdict,
    figures: {
      pair: `${t.a}–${t.b}`,
      at: t.at,
      weight: after.weight,
      ...(other ? { versus: other, versus_weight: after.versus, difference: after.figure } : {}),
      ...(before
        ? {
            from: t.from ?? null,
            before: before.weight,
            ...(other ? { versus_before: before.versus, difference_before: before.figure } : {}),
            change: after.figure - before.figure,
          }
        : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
    },
    key: trendLine(
      other ? `${t.a}–${t.b} tie minus ${other}` : `${t.a}–${t.b} tie`,
      t.expect,
      after.figure,
      t.at,
      before?.figure,
      t.from,
      t.value,
    ),
  };
}
