/**
 * The HTTP server as a Hono app: every route of routes/ mounted with its guard (token, origin, host)
 * and body limit, one error mapper (errors.ts), the API under /api and the web app at /.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { projectRoot } from '../dataset/paths.js';
import type { ServerContext, ServerOptions } from './context.js';
import { OperationData } from '../operations/data.js';
import { TooLargeError, toHttpError } from './errors.js';
import { guard } from './guard.js';
import { HttpCache, UNCACHED_PATHS } from './http-cache.js';
import { json } from './respond.js';
import type { Route } from './route.js';
import { actorRoutes } from './routes/actors.js';
import { analysisRoutes } from './routes/analyses.js';
import { catalogRoutes } from './routes/catalog.js';
import { claimRoutes } from './routes/claims.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { corridorRoutes } from './routes/corridors.js';
import { eventRoutes } from './routes/events.js';
import { forecastRoutes } from './routes/forecasts.js';
import { briefingRoutes } from './routes/briefing.js';
import { geoRoutes } from './routes/geo.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { monitoringRoutes } from './routes/monitoring.js';
import { openApiRoutes } from './routes/openapi.js';
import { reviewRoutes } from './routes/review.js';
import { sourceRoutes } from './routes/sources.js';
import { webApp } from './static.js';

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Every route of the API, in the order they are matched and documented. */
export function apiRoutes(): Route[] {
  const routes: Route[] = [];
  routes.push(
    ...healthRoutes,
    ...openApiRoutes(() => routes, version()),
    ...sourceRoutes,
    ...actorRoutes,
    ...eventRoutes,
    ...analysisRoutes,
    ...claimRoutes,
    ...scenarioRoutes,
    ...forecastRoutes,
    ...briefingRoutes,
    ...catalogRoutes,
    ...corridorRoutes,
    ...geoRoutes,
    ...monitoringRoutes,
    ...ingestRoutes,
    ...reviewRoutes,
  );
  return routes;
}

export interface OrreryApp {
  app: Hono;
  routes: Route[];
  ctx: ServerContext;
}

export function createApp(options: ServerOptions): OrreryApp {
  const ctx: ServerContext = {
    store: options.store,
    data: new OperationData(options.store, options.dataDir, options.sourcesDir),
    options,
  };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const routes = apiRoutes();
  const app = new Hono();
  const cache = new HttpCache(ctx);

  app.onError((error, c) => {
    const { status, body } = toHttpError(error);
    if (status === 500)
      log(
        `orrery serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    return json(body, status, status === 401 ? { 'www-authenticate': 'Bearer realm="orrery"' } : {});
  });
  app.use('*', secureHeaders({ xFrameOptions: 'DENY' }));

  for (const r of routes) {
    const limit = bodyLimit({
      maxSize: r.maxBodyBytes,
      onError: () => {
        throw new TooLargeError(r.maxBodyBytes);
      },
    });
    app.on(
      r.method.toUpperCase(),
      r.path,
      async (c: Context, next) => {
        guard(c, r.write, options);
        return r.write ? limit(c, next) : next();
      },
      ...(r.write || UNCACHED_PATHS.has(r.path) ? [] : [cache.middleware]),
      (c: Context) => r.handle(c, ctx),
    );
  }
  app.all('/api/*', (c) =>
    json(
      { error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}; see /api/openapi.json` } },
      404,
    ),
  );
  app.use('*', webApp(options.webDir));
  app.all('*', (c) => c.text('not found', 404));
  return { app, routes, ctx };
}
