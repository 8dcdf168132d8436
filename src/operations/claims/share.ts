/** `share`: a dependent's share of a commodity from a supplier (the `exposure` analysis). */
import type { ClaimTest } from '../../model/index.js';
import type { Exposure } from '../../analysis/exposure.js';
import { judge, trendLine } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type Share = Extract<ClaimTest, { kind: 'share' }>;

/** The share at a date, with the dependency record behind it; null when none is recorded or it gives no share. */
export function shareAt(
  ctx: ClaimContext,
  t: Share,
  at: string,
): { share: number | null; dependency: string | null; estimate: boolean } {
  const r = ctx.run<Exposure>('exposure', { ...t.options, actor: t.dependent, at, commodities: [t.commodity] });
  const c = r.byCommodity.find((x) => x.actor === t.dependent && x.commodity === t.commodity);
  const s = c?.suppliers.find((x) => x.supplier === t.supplier);
  // A curator's estimate says less than a figure a source reports: the verdict says which it rests on.
  return {
    share: s?.share ?? null,
    dependency: s?.dependency ?? null,
    estimate: (s as { estimate?: boolean } | undefined)?.estimate === true,
  };
}

export function checkShare(t: Share, ctx: ClaimContext): CheckResult {
  const after = shareAt(ctx, t, t.at);
  const before = t.from ? shareAt(ctx, t, t.from) : undefined;
  const verdict = judge(t.expect, after.share, before?.share ?? null, t.value);
  const missing = [after, ...(before ? [before] : [])].some((x) => x.share === null);
  return {
    kind: 'share',
    verdict,
    figures: {
      dependent: t.dependent,
      supplier: t.supplier,
      commodity: t.commodity,
      at: t.at,
      share: after.share,
      dependency: after.dependency,
      estimate: after.estimate || before?.estimate === true,
      ...(before ? { from: t.from ?? null, before: before.share, dependency_before: before.dependency } : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
    },
    key: `${trendLine(`${t.dependent}'s ${t.commodity} share from ${t.supplier}`, t.expect, after.share, t.at, before?.share, t.from, t.value)}${after.estimate || before?.estimate ? " (a curator's estimate)" : ''}`,
    ...(missing
      ? {
          reason: `no ${t.commodity} share of ${t.dependent} from ${t.supplier} is recorded in force at ${before && before.share === null ? t.from : t.at}`,
        }
      : {}),
  };
}
