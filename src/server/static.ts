/**
 * The built web app (web/dist, made by `npm run build:web`): its files, and index.html for any other
 * path outside /api (the app's own routes: /map, /timeline?...). Before it is built, / says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';

/** A strict policy for the app: scripts only from this server, nothing inline, no framing. */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const NOT_BUILT = (dir: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Orrery</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40em; margin: 3em auto">
<h1>Orrery</h1>
<p>The web app is not built yet: there is no <code>${dir.replace(/[<>&"]/g, '')}/index.html</code>. Run <code>npm run build:web</code> (or <code>npm start</code>) and reload.</p>
<p>The API works: <a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>, <a href="/api/events">/api/events</a>.</p>
</body></html>
`;

export function webApp(dir: string): MiddlewareHandler {
  let files: MiddlewareHandler | undefined;
  let index: MiddlewareHandler | undefined;
  return async (c: Context, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    c.header('Content-Security-Policy', APP_CSP);
    if (!existsSync(join(dir, 'index.html'))) return c.html(NOT_BUILT(dir), 503);
    files ??= serveStatic({ root: dir });
    index ??= serveStatic({ root: dir, path: 'index.html' });
    const served = await files(c, async () => {});
    if (served) return served;
    // A file name with an extension that is not there is a missing asset, not an app route.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text(`no file ${c.req.path}`, 404);
    return (await index(c, async () => {})) ?? next();
  };
}
