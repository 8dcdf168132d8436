/**
 * Analyses: the registry's descriptions, and one route per registered analysis whose query
 * parameters and response schema come from the analysis's contract (GET
 * /api/analyses/network?at=2025-06-01), so the OpenAPI document types every result. Results are kept
 * per process for the same parameters until the data change.
 */
import { z } from 'zod';
import { paramsSchema, render, type Analysis, type ExportFormat } from '../../operations/analyses/analysis.js';
import { ANALYSES, runAnalysisIn } from '../../operations/analyses/registry.js';
import { resolveParams } from '../../operations/resolve.js';
import { analysisCost, analysisQuery } from '../analysis-query.js';
import { stringify } from '../respond.js';
import { route, type Route } from '../route.js';

const tag = 'analyses';

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

function analysisRoute(a: Analysis): Route {
  return route({
    method: 'get',
    path: a.contract.path,
    tag: a.contract.tag,
    summary: a.title,
    description: `${a.description}\n\nCSV tables: ${Object.entries(a.outputs.tables)
      .map(([k, v]) => `${k} (${v})`)
      .join('; ')}`,
    query: analysisQuery(a),
    cost: (q) => analysisCost(q as Record<string, unknown>),
    response: a.contract.result,
    produces: ['text/csv', ...(a.graph ? ['application/gexf+xml', 'application/graphml+xml'] : [])],
    handler: async ({ query, ctx }) => {
      const { format, table, ...params } = query as Record<string, unknown> & { format: ExportFormat; table?: string };
      const resolved = await resolveParams(ctx.store, a.params, params);
      const key = `${a.id}|${format}|${table ?? ''}|${JSON.stringify(resolved)}`;
      let text = ctx.data.results.get(key);
      if (text === undefined) {
        const generation = ctx.data.generation;
        const result = await runAnalysisIn(ctx, a, resolved);
        text = format === 'json' ? stringify(result) : render(a, result, format, table);
        if (generation === ctx.data.generation) ctx.data.results.set(key, text);
      }
      return new Response(text, { headers: { 'content-type': TYPES[format] } });
    },
  });
}

const Description = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    positional: z.array(z.string()),
    needs: z.array(z.string()),
    outputs: z.object({ json: z.string(), tables: z.record(z.string(), z.string()), graph: z.string().optional() }),
    params: z
      .record(z.string(), z.unknown())
      .describe('the parameters as JSON Schema (types, defaults, descriptions, enums)'),
    path: z.string(),
  })
  .meta({ id: 'AnalysisDescription' });

export const analysisRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/analyses',
    tag,
    summary: 'the registered analyses: id, title, parameters (JSON Schema), outputs, and the path that runs each',
    response: z.array(Description),
    handler: () =>
      ANALYSES.map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        positional: [...a.positional],
        needs: [...a.needs],
        outputs: a.outputs,
        params: paramsSchema(a),
        path: a.contract.path,
      })),
  }),
  ...ANALYSES.map(analysisRoute),
];
