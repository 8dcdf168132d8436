/**
 * Putting the app on a socket: the exposure rule (beyond loopback only with a token), listening with
 * errors that say what to do, and closing cleanly (open keep-alive connections included), and the
 * way `orrery serve` stops on SIGTERM or SIGINT (`stopOnSignals`).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { EnvironmentError, UsageError } from '../model/index.js';
import { isLoopback } from './guard.js';

export const DEFAULT_PORT = 8787;
export const MIN_TOKEN_LENGTH = 16;

/** Refuse to expose writes: beyond loopback the server needs a token, and a guessable one will not do. */
export function checkExposure(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new UsageError(`the token must be at least ${MIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -hex 24\`)`);
  }
  if (!isLoopback(host) && token === undefined) {
    throw new UsageError(
      `refusing to listen on ${host} without a token: anyone who can reach it could write. Set ORRERY_TOKEN (or --token) to a secret of at least ${MIN_TOKEN_LENGTH} characters, or listen on 127.0.0.1`,
    );
  }
}

export function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535)
    throw new UsageError(`the port must be a whole number from 0 to 65535, got "${value}"`);
  return n;
}

export interface Listening {
  url: string;
  port: number;
  /** Stop accepting connections and close them; requests under way are cut after `graceMs` (default 0). */
  close(graceMs?: number): Promise<void>;
}

export function listen(app: Hono, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new EnvironmentError(
            `port ${port} on ${host} is in use: stop what uses it, or pick another with --port or PORT`,
          ),
        );
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        reject(new UsageError(`cannot listen on "${host}": no such local address`));
      else if (error.code === 'EACCES')
        reject(new EnvironmentError(`not allowed to listen on port ${port} (ports below 1024 need privileges)`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const name = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${name}:${address.port}`,
        port: address.port,
        close: (graceMs = 0) =>
          new Promise<void>((done) => {
            // Stop accepting; idle keep-alive connections go now, requests under way get `graceMs` to finish.
            server.close(() => {
              clearTimeout(timer);
              done();
            });
            server.closeIdleConnections();
            const timer = setTimeout(() => server.closeAllConnections(), graceMs);
            timer.unref();
          }),
      });
    });
  });
}

/** How long `orrery serve` may take to stop once signalled, in milliseconds. */
export const STOP_DEADLINE_MS = 5000;

export interface Stoppable {
  server: Listening;
  /** Cancel or drain background jobs (waiting at most the time given). */
  stopJobs(graceMs: number): Promise<void>;
  closeStore(): Promise<void>;
  log(line: string): void;
}

/**
 * Resolve on the first SIGTERM or SIGINT, after stopping in order: take no new connection, cancel
 * the jobs (a commit under way finishes: it is one transaction), let requests under way finish,
 * close the store. If that takes longer than STOP_DEADLINE_MS, or a second signal comes, the
 * process exits at once with status 1 (the store's transactions keep it consistent either way).
 */
export async function stopOnSignals(s: Stoppable): Promise<void> {
  const signal = await new Promise<NodeJS.Signals>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  s.log(`orrery: stopping (${signal})`);
  const force = (why: string) => (): void => {
    s.log(`orrery: ${why}; exiting now`);
    process.exit(1);
  };
  const deadline = setTimeout(force(`not stopped within ${STOP_DEADLINE_MS / 1000} s`), STOP_DEADLINE_MS - 250);
  deadline.unref();
  const again = force('signalled again');
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  try {
    const closing = s.server.close(1000);
    await s.stopJobs(STOP_DEADLINE_MS / 2);
    await closing;
    await s.closeStore();
  } finally {
    clearTimeout(deadline);
    process.off('SIGINT', again);
    process.off('SIGTERM', again);
  }
}
