/**
 * GET /api/brief: the briefing (as `orrery brief`), as JSON by default, or rendered with
 * `format=md` (text/markdown) or `format=html` (one self-contained text/html page). The route is
 * the operation's own (query read and checked by the contract, names resolved); only the answer's
 * form depends on `format`.
 */
import type { Context } from 'hono';
import { Briefing, briefContract } from '../../contracts/brief.js';
import { readText } from '../../contracts/text.js';
import { buildBriefing, briefingOperation } from '../../operations/briefing/operation.js';
import { renderHtml } from '../../operations/briefing/render-html.js';
import { renderMarkdown } from '../../operations/briefing/render-md.js';
import { resolveParams } from '../../operations/resolve.js';
import type { ServerContext } from '../context.js';
import { operationRoute } from '../operation-route.js';
import { json } from '../respond.js';
import { check, queryOf, type Route } from '../route.js';

const base = operationRoute(briefingOperation);
const query = briefContract.input.strict();

const MEDIA = { md: 'text/markdown; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

export const briefingRoutes: Route[] = [
  {
    ...base,
    produces: ['text/markdown', 'text/html'],
    async handle(hc: Context, ctx: ServerContext): Promise<Response> {
      const q = check('query', query, readText(query, queryOf(hc)));
      const p = (await resolveParams(ctx.store, briefContract.input, q)) as typeof q;
      const briefing = Briefing.parse(await buildBriefing(ctx, p));
      if (p.format === 'json') return json(briefing);
      const text = p.format === 'html' ? renderHtml(briefing, p.linkBase) : renderMarkdown(briefing, p.linkBase);
      return new Response(text, {
        headers: {
          'content-type': MEDIA[p.format],
          'content-disposition': `inline; filename="brief-${p.at}.${p.format}"`,
        },
      });
    },
  },
];
