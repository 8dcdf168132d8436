/**
 * Evaluating the sources' claims over the engines. Each test reads an analysis through the registry
 * (runAnalysis), the same engines and parameter checks the CLI and the API use, so a claim judges
 * what a user would see; routes go through the injected router. Pure: no I/O, results in claim order.
 *
 * A claim with several tests agrees when all of them agree, disagrees when any disagrees, and is
 * undetermined otherwise.
 */
import { claimSources, claimTests, type ClaimTest, type SourceClaim } from '../../model/index.js';
import type { AnalysisData } from '../../analysis/input.js';
import { runAnalysis } from '../analyses/registry.js';
import { checkPosition, checkBloc } from './position.js';
import { checkPower } from './power.js';
import { checkRoute } from './route.js';
import { checkSeries } from './series.js';
import { checkShare } from './share.js';
import { checkTie } from './tie.js';
import type { CheckResult, ClaimContext, ClaimResult, Router, Verdict } from './types.js';

export type { CheckResult, ClaimContext, ClaimResult, Router, Verdict } from './types.js';

/** Analyses run once per distinct parameters: many claims read the network at the same dates. */
export function claimContext(data: AnalysisData, route?: Router): ClaimContext {
  const memo = new Map<string, unknown>();
  return {
    data,
    ...(route ? { route } : {}),
    run<R>(analysis: string, params: Record<string, unknown>): R {
      const key = `${analysis}|${JSON.stringify(params, Object.keys(params).sort())}`;
      if (!memo.has(key)) memo.set(key, runAnalysis(analysis, data, params).result);
      return memo.get(key) as R;
    },
  };
}

/** The check of each kind of test. */
const CHECKS: { [K in ClaimTest['kind']]: (t: Extract<ClaimTest, { kind: K }>, ctx: ClaimContext) => CheckResult } = {
  tie: checkTie,
  share: checkShare,
  power: checkPower,
  position: checkPosition,
  bloc: checkBloc,
  route: checkRoute,
  series: checkSeries,
};

export function checkTest(t: ClaimTest, ctx: ClaimContext): CheckResult {
  try {
    return (CHECKS[t.kind] as (t: ClaimTest, ctx: ClaimContext) => CheckResult)(t, ctx);
  } catch (error) {
    // A parameter an analysis refuses (an unknown metric, an option it does not take) leaves the test unjudged and says why.
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: t.kind, verdict: 'undetermined', figures: {}, key: `${t.kind}: ${reason}`, reason };
  }
}

export function combine(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('disagrees')) return 'disagrees';
  return verdicts.every((v) => v === 'agrees') ? 'agrees' : 'undetermined';
}

export function evaluateClaim(c: SourceClaim, ctx: ClaimContext): ClaimResult {
  const checks = claimTests(c).map((t) => checkTest(t, ctx));
  return {
    id: c.id,
    statement: c.statement,
    verdict: combine(checks.map((x) => x.verdict)),
    figures: checks.length === 1 ? checks[0]!.figures : checks.map((x) => x.figures),
    key: checks.map((x) => x.key).join(' | '),
    checks,
    sources: claimSources(c),
    citations: c.citations,
    ...(c.known_disagreement ? { known_disagreement: c.known_disagreement } : {}),
  };
}

export function evaluateClaims(claims: readonly SourceClaim[], data: AnalysisData, route?: Router): ClaimResult[] {
  const ctx = claimContext(data, route);
  return claims.map((c) => evaluateClaim(c, ctx));
}

/** How many agree, disagree and are undetermined, and the share that agree. */
export function claimSummary(results: readonly ClaimResult[]): {
  claims: number;
  agrees: number;
  disagrees: number;
  undetermined: number;
  agreement: number | null;
} {
  const n = (v: Verdict): number => results.filter((r) => r.verdict === v).length;
  return {
    claims: results.length,
    agrees: n('agrees'),
    disagrees: n('disagrees'),
    undetermined: n('undetermined'),
    agreement: results.length ? n('agrees') / results.length : null,
  };
}
