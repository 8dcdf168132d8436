/**
 * Fetching a feed or a page for `orrery watch`, on node:http(s) so every limit is ours to enforce:
 * - conditional GET (If-None-Match, If-Modified-Since), a 304 answered as "not modified";
 * - one deadline for the whole exchange (connect, headers and body);
 * - a size limit on the body as it streams, counted after decompression too (gzip, deflate, br), so
 *   a small compressed answer that inflates past the limit (a gzip bomb) is cut off, not buffered;
 * - redirects followed up to a limit, a loop named as such, each hop checked like the first URL;
 * - retries with exponential backoff for network errors, timeouts, 429 and 5xx answers;
 * - a per-host rate limit (rate-limit.ts) and, with `publicOnly`, only public addresses (address.ts).
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { checkLiteralHost, checkUrl, publicLookup } from './address.js';
import type { HostLimiter } from './rate-limit.js';

export interface FetchOptions {
  /** Deadline for one attempt, headers and body (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default 20 MB). */
  maxBytes?: number;
  maxRedirects?: number;
  /** Further attempts after a retryable failure (default 2), the first after `backoffMs`, then doubling. */
  retries?: number;
  backoffMs?: number;
  publicOnly?: boolean;
  limiter?: HostLimiter;
  accept?: string;
  etag?: string;
  lastModified?: string;
}

export interface Fetched {
  status: 200 | 304;
  /** The URL finally answered, after redirects. */
  url: string;
  body: Buffer;
  /** The media type, lower-case, without parameters ("" when the answer gave none). */
  contentType: string;
  etag?: string;
  lastModified?: string;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 500,
};

const USER_AGENT = 'Orrery-watch/0.1 (+https://github.com/orrery)';

/** A failure of a fetch; `retryable` ones are tried again after a pause. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly retryable = false,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, no redirects followed: the status, headers and (for a 200) the body within the limits. */
function request(url: URL, o: Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes'>> & FetchOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: o.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (o.etag) headers['if-none-match'] = o.etag;
    if (o.lastModified) headers['if-modified-since'] = o.lastModified;
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(error);
    };
    const req = lib.request(url, { headers, ...(o.publicOnly ? { lookup: publicLookup } : {}) }, (res) => {
      const status = res.statusCode ?? 0;
      if (status !== 200) {
        res.resume();
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes)
        return fail(new FetchError(`the answer is ${mb(declared)}, over the limit of ${mb(o.maxBytes)}`));
      const encoding = String(res.headers['content-encoding'] ?? 'identity').toLowerCase();
      const decoder =
        encoding === 'gzip' || encoding === 'x-gzip'
          ? createGunzip()
          : encoding === 'deflate'
            ? createInflate()
            : encoding === 'br'
              ? createBrotliDecompress()
              : undefined;
      if (!decoder && encoding !== 'identity')
        return fail(new FetchError(`the answer is encoded as "${encoding}", which Orrery cannot decode`));
      let stream: Readable = res;
      if (decoder) {
        res.on('error', fail);
        stream = res.pipe(decoder);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > o.maxBytes) {
          decoder?.destroy();
          fail(
            new FetchError(
              decoder
                ? `the answer inflates past the limit of ${mb(o.maxBytes)} once decompressed (${encoding}): refused as a compression bomb`
                : `the answer is over the limit of ${mb(o.maxBytes)}: stopped reading`,
            ),
          );
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) =>
        fail(new FetchError(`the answer could not be read${decoder ? ` (${encoding})` : ''}: ${e.message}`, true)),
      );
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    const timer = setTimeout(
      () => fail(new FetchError(`no complete answer within ${(o.timeoutMs / 1000).toFixed(1)} s (timed out)`, true)),
      o.timeoutMs,
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'ENOTPUBLIC'
          ? new FetchError(e.message)
          : new FetchError(`cannot connect to ${url.host}: ${e.code ?? e.message}`, e.code !== 'ENOTFOUND'),
      ),
    );
    req.end();
  });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One attempt, following redirects. */
async function follow(
  start: URL,
  o: Required<Pick<FetchOptions, 'timeoutMs' | 'maxBytes' | 'maxRedirects'>> & FetchOptions,
): Promise<Fetched> {
  const chain = [start.href];
  let url = start;
  for (;;) {
    if (o.publicOnly) checkLiteralHost(url);
    await o.limiter?.wait(url.host);
    const a = await request(url, o);
    if ([301, 302, 303, 307, 308].includes(a.status)) {
      const location = a.headers.location;
      if (!location) throw new FetchError(`HTTP ${a.status} redirect without a Location from ${url.href}`);
      let next: URL;
      try {
        next = checkUrl(new URL(location, url).href);
      } catch (e) {
        throw new FetchError(`redirected to a URL that is not fetched: ${(e as Error).message}`);
      }
      if (chain.includes(next.href))
        throw new FetchError(`redirect loop: ${[...chain, next.href].slice(chain.indexOf(next.href)).join(' → ')}`);
      chain.push(next.href);
      if (chain.length - 1 > o.maxRedirects)
        throw new FetchError(`too many redirects (more than ${o.maxRedirects}) from ${start.href}`);
      url = next;
      continue;
    }
    if (a.status === 304) return { status: 304, url: url.href, body: a.body, contentType: '' };
    if (a.status !== 200) {
      const retryable = a.status === 429 || a.status >= 500;
      throw new FetchError(`HTTP ${a.status} from ${url.href}`, retryable, a.status);
    }
    const type = String(a.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    const etag = a.headers.etag;
    const lastModified = a.headers['last-modified'];
    return {
      status: 200,
      url: url.href,
      body: a.body,
      contentType: type,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  }
}

/** Fetch `raw`: the body of a 200, or a 304; otherwise a FetchError that says what went wrong. */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<Fetched> {
  const o = { ...FETCH_DEFAULTS, ...opts };
  const url = checkUrl(raw);
  for (let attempt = 0; ; attempt++) {
    try {
      return await follow(url, o);
    } catch (error) {
      if (!(error instanceof FetchError) || !error.retryable || attempt >= o.retries) {
        if (error instanceof FetchError && error.retryable && attempt > 0)
          error.message += ` (after ${attempt + 1} attempts)`;
        throw error;
      }
      await pause(o.backoffMs * 2 ** attempt);
    }
  }
}
