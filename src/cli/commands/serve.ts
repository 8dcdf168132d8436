/** `orrery serve`: the web app at / and the HTTP API at /api, on the store (loaded with the dataset when empty). */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../dataset/paths.js';
import {
  checkExposure,
  createApp,
  DEFAULT_PORT,
  isLoopback,
  jobs,
  listen,
  parsePort,
  startServerWatch,
  stopOnSignals,
} from '../../server/entry.js';
import { globals } from '../context.js';
import { openStore } from '../open.js';
import { print, safeText } from '../output.js';

interface ServeOptions {
  host: string;
  port?: string;
  token?: string;
  geo?: string;
  web?: string;
  watch?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web app (/) and the HTTP API (/api) until Ctrl-C; reads are open, writes need a token when one is set',
    )
    .option('--host <address>', 'address to listen on; anything but loopback needs a token', '127.0.0.1')
    .option('--port <n>', `port (env PORT; default ${DEFAULT_PORT}; 0 picks a free one)`)
    .option(
      '--token <secret>',
      'bearer token that writes must carry (env ORRERY_TOKEN, which keeps it out of the process list)',
    )
    .option('--geo <dir>', 'Natural Earth layers (env ORRERY_GEO; default ../shared/geo)')
    .option('--web <dir>', 'the built web app (default web/dist)')
    .option('--watch', 'also read the watched feeds on their schedule (`orrery watch`), off the request thread')
    .action(async (opts: ServeOptions, cmd: Command) => {
      const token = opts.token ?? (process.env.ORRERY_TOKEN || undefined);
      checkExposure(opts.host, token);
      const port = parsePort(opts.port ?? process.env.PORT);
      const g = globals(cmd);
      const store = await openStore(cmd);
      const { app, ctx } = createApp({
        store,
        dataDir: g.data,
        sourcesDir: g.sources,
        token,
        geoDir: resolve(opts.geo ?? process.env.ORRERY_GEO ?? join(projectRoot(), '..', 'shared', 'geo')),
        webDir: resolve(opts.web ?? join(projectRoot(), 'web', 'dist')),
        hosts: isLoopback(opts.host) ? undefined : 'any',
      });
      let server;
      try {
        server = await listen(app, opts.host, port);
      } catch (error) {
        await store.close();
        throw error;
      }
      print(
        `Orrery is serving ${server.url}/ (web app) and ${server.url}/api (API; ${server.url}/api/openapi.json describes it); Ctrl-C stops it`,
      );
      const watching = opts.watch
        ? startServerWatch(ctx, { log: (line) => process.stderr.write(`${safeText(line)}\n`) })
        : undefined;
      // SIGTERM or SIGINT: stop accepting, cancel running ingest jobs (nothing half-stored), close the store, within 5 s.
      await stopOnSignals({
        server,
        stopJobs: (graceMs) => jobs(ctx).close(graceMs),
        closeStore: async () => {
          // A cycle under way gets two seconds to finish; an item's commit is one transaction either way.
          if (watching) await Promise.race([watching.stop(), new Promise((resolve) => setTimeout(resolve, 2000))]);
          await store.close();
        },
        log: (line) => process.stderr.write(`${safeText(line)}\n`),
      });
    });
}
