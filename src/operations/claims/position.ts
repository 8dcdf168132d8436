/**
 * `position` and `bloc`: an actor's place in the signed network at a date (the `blocs` analysis:
 * friendly and hostile weight, brokerage, multi-vector score), and whether two actors share a bloc.
 */
import type { ClaimTest } from '../../model/index.js';
import type { BlocsResult } from '../analyses/blocs.js';
import { judge, trendLine } from './compare.js';
import type { CheckResult, ClaimContext } from './types.js';

type Position = Extract<ClaimTest, { kind: 'position' }>;
type BlocT = Extract<ClaimTest, { kind: 'bloc' }>;

function blocs(ctx: ClaimContext, at: string, options: Record<string, unknown> = {}): BlocsResult {
  return ctx.run<BlocsResult>('blocs', { ...options, at });
}

/** The measure at a date; an actor with no tie at all has 0 weight and no brokerage. */
export function positionAt(ctx: ClaimContext, t: Position, at: string): number | null {
  const role = blocs(ctx, at, t.options).actors.find((a) => a.id === t.actor);
  if (t.measure === 'net') return role ? role.positive - role.negative : 0;
  if (t.measure === 'brokerage') return role?.brokerage ?? null;
  return role ? role[t.measure] : 0;
}

export function checkPosition(t: Position, ctx: ClaimContext): CheckResult {
  const after = positionAt(ctx, t, t.at);
  const before = t.from ? positionAt(ctx, t, t.from) : undefined;
  const verdict = judge(t.expect, after, before ?? null, t.value);
  return {
    kind: 'position',
    verdict,
    figures: {
      actor: t.actor,
      measure: t.measure,
      at: t.at,
      figure: after,
      ...(before !== undefined ? { from: t.from ?? null, before } : {}),
      ...(t.value !== undefined ? { value: t.value } : {}),
    },
    key: trendLine(`${t.actor} ${t.measure}`, t.expect, after, t.at, before, t.from, t.value),
    ...(verdict === 'undetermined'
      ? { reason: `${t.actor} has no ${t.measure} at ${after === null ? t.at : t.from}` }
      : {}),
  };
}

export function checkBloc(t: BlocT, ctx: ClaimContext): CheckResult {
  const r = blocs(ctx, t.at, t.options);
  const of = (id: string): number | null => r.actors.find((a) => a.id === id)?.bloc ?? null;
  const ba = of(t.a);
  const bb = of(t.b);
  const members = (b: number | null): string[] =>
    b === null ? [] : (r.blocs.find((x) => x.bloc === b)?.members ?? []);
  const known = ba !== null && bb !== null;
  const same = known && ba === bb;
  return {
    kind: 'bloc',
    verdict: !known ? 'undetermined' : (t.expect === 'same') === same ? 'agrees' : 'disagrees',
    figures: {
      a: t.a,
      b: t.b,
      at: t.at,
      blocA: ba,
      blocB: bb,
      membersA: members(ba),
      ...(same ? {} : { membersB: members(bb) }),
    },
    key: `${t.a} in bloc ${ba ?? '—'}, ${t.b} in bloc ${bb ?? '—'} (${t.at}); expected ${t.expect}`,
    ...(!known ? { reason: `${ba === null ? t.a : t.b} has no tie in the network at ${t.at}` } : {}),
  };
}
