/** `power`: an actor's capability index, or the ratio a/b on the index or one metric (the `power` analysis). */
import type { ClaimTest } from '../../model/index.js';
import type { BalanceOfPower } from '../../analysis/power.js';
import { judge, trendLine } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type Power = Extract<ClaimTest, { kind: 'power' }>;

export function powerAt(
  ctx: ClaimContext,
  t: Power,
  at: string,
): { figure: number | null; a: number | null; b: number | null; note: string | null } {
  if (!t.b) {
    const r = ctx.run<BalanceOfPower>('power', { ...t.options, at });
    const row = r.actors.find((x) => x.id === t.a);
    return {
      figure: row?.index ?? null,
      a: row?.index ?? null,
      b: null,
      note: row ? null : `${t.a} has no capability index at ${at}`,
    };
  }
  const spec = `${t.a}:${t.b}${t.metric ? `:${t.metric}` : ''}`;
  const r = ctx.run<BalanceOfPower>('power', { ...t.options, at, ratios: [spec] });
  const ratio = r.ratios[0];
  return {
    figure: ratio?.ratio ?? null,
    a: ratio?.valueA ?? null,
    b: ratio?.valueB ?? null,
    note: ratio?.note ?? null,
  };
}

export function checkPower(t: Power, ctx: ClaimContext): CheckResult {
  const after = powerAt(ctx, t, t.at);
  const before = t.from ? powerAt(ctx, t, t.from) : undefined;
  const verdict = judge(t.expect, after.figure, before?.figure ?? null, t.value);
  const what = t.b ? `${t.a}/${t.b} ${t.metric ?? 'capability index'} ratio` : `${t.a} capability index`;
  const note = after.note ?? before?.note ?? null;
  return {
    kind: 'power',
    verdict,
    figures: {
      a: t.a,
      b: t.b ?? null,
      metric: t.metric ?? 'index',
      at: t.at,
      figure: after.figure,
      valueA: after.a,
      valueB: after.b,
      ...(before ? { from: t.from ?? null, before: before.figure } : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
    },
    key: trendLine(what, t.expect, after.figure, t.at, before?.figure, t.from, t.value),
    ...(verdict === 'undetermined' && note ? { reason: note } : {}),
  };
}
