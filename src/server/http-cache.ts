/**
 * The HTTP cache of GET answers, mounted by app.ts on every read route whose answer depends only on
 * the URL and the store (not on a job held in memory). A JSON answer is serialized once, kept in a
 * bounded LRU keyed on the store's version and the full URL, and served again from there:
 *
 * - `ETag` is a weak validator, the digest of the body: the same answer has the same tag whatever
 *   process or restart served it, and a different answer can never share one, so `If-None-Match`
 *   gets a 304 exactly when the client's copy is still the answer.
 * - The store's version is `ctx.data.generation`, which every write through this server bumps
 *   (ingest, review): a write empties the cache at once. A write through another process (an
 *   `orrery import` against the same database) does not bump it, so an entry also expires after
 *   `ttlMs` (one second by default): such writes are seen at most that long after they commit. (A
 *   version the store itself could give, such as SQLite's `PRAGMA data_version` or a counter row
 *   bumped by a trigger on PostgreSQL, would let the bound go; the store does not offer one yet.)
 * - An answer is kept from the second time its URL is asked within the version (`minUses`): a URL
 *   asked once, such as a time slider's new date for each request, is passed through untouched,
 *   without the cost of copying, hashing and keeping a body nobody asks for again.
 * - Bodies of at least `compressMin` bytes are compressed for clients that accept it (brotli, else
 *   gzip), each encoding once per entry; smaller ones are sent as they are, where compressing would
 *   cost more than it saves.
 *
 * Answers that are not JSON (CSV, GEXF, JSON lines: some of them streamed) pass through untouched.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { ServerContext } from './context.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Read routes answered from what the process holds in memory (jobs), which change without a write. */
export const UNCACHED_PATHS: ReadonlySet<string> = new Set(['/api/jobs/:id']);

export interface HttpCacheOptions {
  /** Most answers kept (default 1024). */
  entries?: number;
  /** Most bytes of bodies kept, compressed copies included (default 64 MB); a larger answer is not kept. */
  bytes?: number;
  /** How long an answer is served again without asking the store (default 1000 ms). */
  ttlMs?: number;
  /** Smallest body compressed, in bytes (default 1024). */
  compressMin?: number;
  /** Times a URL is asked before its answer is kept (default 2; 1 keeps every answer). */
  minUses?: number;
}

type Encoding = 'br' | 'gzip';

interface Entry {
  body: Buffer;
  etag: string;
  /** The answer's headers, its ETag among them: built once, given to every response (which copies them). */
  headers: Record<string, string>;
  made: number;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
  bytes: number;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/** Accept-Encoding headers already read (clients send a handful of distinct ones). */
const picked = new Map<string, Encoding | undefined>();

/** The encoding to send, from the client's Accept-Encoding: brotli before gzip, none when refused (q=0). */
export function pickEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  if (picked.has(header)) return picked.get(header);
  const encoding = readEncoding(header);
  if (picked.size >= 64) picked.clear();
  picked.set(header, encoding);
  return encoding;
}

function readEncoding(header: string): Encoding | undefined {
  const ok = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    if (q && Number(q[1]) === 0) continue;
    ok.add(name!.trim());
  }
  if (ok.has('br')) return 'br';
  if (ok.has('gzip') || ok.has('*')) return 'gzip';
  return undefined;
}

/** True when an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

export class HttpCache {
  private readonly map = new Map<string, Entry>();
  private total = 0;
  private version = -1;
  private readonly entries: number;
  private readonly maxBytes: number;
  private readonly ttlMs: number;
  private readonly compressMin: number;
  private readonly minUses: number;
  /** How often each URL not yet kept was asked within this version (a bounded LRU of its own). */
  private readonly asked = new Map<string, number>();

  constructor(
    private readonly ctx: ServerContext,
    o: HttpCacheOptions = {},
  ) {
    this.entries = o.entries ?? 1024;
    this.maxBytes = o.bytes ?? 64 * 1024 * 1024;
    this.ttlMs = o.ttlMs ?? 1000;
    this.compressMin = o.compressMin ?? 1024;
    this.minUses = o.minUses ?? 2;
  }

  get size(): number {
    return this.map.size;
  }

  /** The middleware: answer from the cache, or let the route answer and keep what it said. */
  readonly middleware: MiddlewareHandler = async (c, next) => {
    const generation = this.ctx.data.generation;
    this.sync(generation);
    const key = c.req.url;
    let entry = this.fresh(key);
    if (!entry) {
      if (!this.wanted(key)) return next();
      await next();
      const res = c.res;
      const type = res.headers.get('content-type') ?? '';
      if (res.status !== 200 || !JSON_TYPE.test(type) || res.headers.has('content-encoding')) return;
      const body = Buffer.from(await res.arrayBuffer());
      const headers: Record<string, string> = { 'cache-control': 'no-cache' };
      res.headers.forEach((v, k) => void (headers[k] = v));
      headers.vary = 'Accept-Encoding';
      delete headers['content-length'];
      const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      headers.etag = etag;
      entry = { body, etag, headers, made: Date.now(), encoded: {}, bytes: body.length };
      // A write that landed while this answer was computed may have made it stale: serve it, keep it not.
      if (generation === this.ctx.data.generation) this.keep(key, entry);
    }
    c.res = await this.answer(c, entry);
  };

  /** Whether an answer for `key` is worth keeping: its URL has now been asked `minUses` times. */
  private wanted(key: string): boolean {
    if (this.minUses <= 1) return true;
    const n = (this.asked.get(key) ?? 0) + 1;
    this.asked.delete(key);
    if (n >= this.minUses) return true;
    this.asked.set(key, n);
    if (this.asked.size > this.entries * 4) this.asked.delete(this.asked.keys().next().value!);
    return false;
  }

  private sync(generation: number): void {
    if (generation === this.version) return;
    this.map.clear();
    this.asked.clear();
    this.total = 0;
    this.version = generation;
  }

  private fresh(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    if (Date.now() - e.made > this.ttlMs) {
      this.total -= e.bytes;
      // Asked again after it expired: it has earned its place, keep the next answer.
      this.asked.set(key, this.minUses - 1);
      return undefined;
    }
    this.map.set(key, e);
    return e;
  }

  private keep(key: string, e: Entry): void {
    if (e.bytes > this.maxBytes / 4) return;
    const old = this.map.get(key);
    if (old) {
      this.map.delete(key);
      this.total -= old.bytes;
    }
    this.map.set(key, e);
    this.total += e.bytes;
    this.evict();
  }

  private evict(): void {
    for (const [k, e] of this.map) {
      if (this.map.size <= this.entries && this.total <= this.maxBytes) break;
      this.map.delete(k);
      this.total -= e.bytes;
    }
  }

  private async answer(c: Context, e: Entry): Promise<Response> {
    if (matches(c.req.header('if-none-match'), e.etag)) {
      return new Response(null, {
        status: 304,
        headers: { etag: e.etag, vary: e.headers.vary!, 'cache-control': e.headers['cache-control']! },
      });
    }
    const encoding = e.body.length >= this.compressMin ? pickEncoding(c.req.header('accept-encoding')) : undefined;
    if (!encoding) return new Response(e.body, { status: 200, headers: e.headers });
    let pending = e.encoded[encoding];
    if (!pending) {
      pending = e.encoded[encoding] =
        encoding === 'br'
          ? brotli(e.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipped(e.body, { level: 6 });
      const key = c.req.url;
      pending.then(
        (b) => {
          e.bytes += b.length;
          if (this.map.get(key) === e) {
            this.total += b.length;
            this.evict();
          }
        },
        // The request that waits on it reports the error; the next one tries again.
        () => delete e.encoded[encoding],
      );
    }
    const body = await pending;
    return new Response(body, {
      status: 200,
      headers: { ...e.headers, 'content-encoding': encoding },
    });
  }
}
