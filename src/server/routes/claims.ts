/** The sources' claims, each evaluated over the engines: verdict, figures and citations (as `orrery claims --json`). */
import { z } from 'zod';
import { evaluateClaims, type Router } from '../../analysis/claims/index.js';
import { findRoutes } from '../../corridors/index.js';
import { route } from '../route.js';
import { CitationRef } from '../schemas.js';

const Figure = z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.string())]);
const Figures = z.record(z.string(), Figure);
const Verdict = z.enum(['agrees', 'disagrees', 'undetermined']);

export const ClaimResult = z
  .object({
    id: z.string(),
    statement: z.string(),
    verdict: Verdict,
    figures: z
      .union([Figures, z.array(Figures)])
      .describe('the numbers behind the verdict (a list, one per test, when a claim has several tests)'),
    key: z.string().describe('the key figure in one line'),
    checks: z.array(
      z.object({
        kind: z.string(),
        verdict: Verdict,
        figures: Figures,
        key: z.string(),
        reason: z.string().optional(),
      }),
    ),
    sources: z.array(z.string()),
    citations: z.array(CitationRef),
    known_disagreement: z
      .string()
      .optional()
      .describe('why the model keeps disagreeing: the source is contradicted by the others'),
  })
  .meta({ id: 'ClaimResult' });

export const claimRoutes = [
  route({
    method: 'get',
    path: '/api/claims',
    tag: 'claims',
    summary:
      "the sources' claims about the order, each evaluated over the engines: verdict (agrees, disagrees, undetermined), figures and citations",
    description: 'Route claims use the corridor network; when the server has none they are undetermined and say why.',
    query: z.object({ verdict: Verdict.optional().describe('only claims with this verdict') }).strict(),
    response: z.array(ClaimResult),
    handler: async ({ query, ctx }) => {
      const key = 'claims';
      let text = ctx.data.results.get(key);
      let results: z.input<typeof ClaimResult>[];
      if (text === undefined) {
        const net = await ctx.data.network().catch(() => undefined);
        const router: Router | undefined = net ? (from, to, q) => findRoutes(net, from, to, q) : undefined;
        results = evaluateClaims(await ctx.store.listClaims(), await ctx.data.analysisData(), router);
        text = JSON.stringify(results);
        ctx.data.results.set(key, text);
      } else results = JSON.parse(text) as z.input<typeof ClaimResult>[];
      return query.verdict ? results.filter((r) => r.verdict === query.verdict) : results;
    },
  }),
];
