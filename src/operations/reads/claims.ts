/** The sources' claims evaluated over the engines; route claims use the network when there is one. */
import { evaluateClaims, type Router } from '../claims/index.js';
import { findRoutes } from '../../corridors/index.js';
import { claimsContract } from '../../contracts/reads/claims.js';
import type { OperationContext } from '../context.js';
import { defineOperation } from '../operation.js';
import { evidence, marked } from '../scenarios/evidence.js';

/** Every claim evaluated, with why route claims are undetermined when the network cannot be read. */
export async function evaluateAll(ctx: OperationContext, scenario?: string) {
  let unrouted: string | undefined;
  const ev = await evidence(ctx, scenario);
  const net = await ev.network().catch((error: unknown) => {
    unrouted = error instanceof Error ? error.message : String(error);
    return undefined;
  });
  const router: Router | undefined = net ? (from, to, q) => findRoutes(net, from, to, q) : undefined;
  return {
    results: evaluateClaims(await ctx.store.listClaims(), await ev.data(), router).map((r) => ({
      ...r,
      ...marked(ev),
    })),
    unrouted,
  };
}

export const claimsOperation = defineOperation({
  contract: claimsContract,
  async run(ctx, p) {
    const { results } = await evaluateAll(ctx, p.scenario);
    return p.verdict ? results.filter((r) => r.verdict === p.verdict) : results;
  },
  cache: { key: (_ctx, p) => `claims|${p.verdict ?? ''}|${p.scenario ?? ''}` },
});
