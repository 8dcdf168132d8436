/**
 * Who may ask what. Reads are open; writes need `Authorization: Bearer <token>` when the server
 * has a token (it must have one to listen beyond loopback). Two browser attacks on a server bound to
 * localhost are refused too: a write from another site's page (its Origin is neither this host nor
 * a loopback name), and any request whose Host is not a name the server answers to (DNS rebinding).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ForbiddenError, UnauthorizedError } from './errors.js';

export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'] as const;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface GuardOptions {
  token?: string;
  hosts?: 'any' | readonly string[];
}

/** Throws when the request may not be served; returns nothing when it may. */
export function guard(c: Context, write: boolean, o: GuardOptions): void {
  const url = new URL(c.req.url);
  const hosts = o.hosts ?? LOOPBACK_NAMES;
  if (hosts !== 'any' && !isLoopback(url.hostname) && !hosts.includes(url.hostname)) {
    throw new ForbiddenError(
      `this server answers to ${hosts.join(', ')}, not "${url.hostname}" (start it with --host to serve other names)`,
    );
  }
  if (!write) return;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    let host: URL | undefined;
    try {
      host = new URL(origin);
    } catch {
      host = undefined;
    }
    if (!host || (host.host !== url.host && !isLoopback(host.hostname)))
      throw new ForbiddenError(`writes from another site (${origin}) are refused`);
  } else if (origin === 'null') throw new ForbiddenError('writes from an opaque origin are refused');
  if (o.token === undefined) return;
  const auth = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
  if (!m) throw new UnauthorizedError('this server needs `Authorization: Bearer <token>` for writes');
  if (!sameToken(m[1]!, o.token))
    throw new UnauthorizedError('the bearer token is not the one this server was started with');
}
