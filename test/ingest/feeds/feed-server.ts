/**
 * A real HTTP server on 127.0.0.1 for the watch tests: routes set by each test (feeds, article
 * pages, slow, huge, compressed, redirecting and failing answers), and a log of the requests it
 * answered, with their headers, so tests can check conditional GETs and what was fetched.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface FeedServer {
  url: string;
  /** Set (or replace) what a path answers. */
  route(path: string, handler: Handler): void;
  /** Requests answered, in order. */
  log: Array<{ path: string; headers: IncomingMessage['headers']; status: number }>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const log: FeedServer['log'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    res.on('finish', () => log.push({ path, headers: req.headers, status: res.statusCode }));
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    void Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route: (path, handler) => routes.set(path, handler),
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fixed answer, with an ETag and conditional GET when `etag` is given. */
export function fixed(body: string | Buffer, type: string, etag?: string, extra: Record<string, string> = {}): Handler {
  return (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}), ...extra }).end(body);
  };
}

export interface Item {
  path: string;
  title: string;
  date?: Date;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An RSS 2.0 feed of items on `base`. */
export function rss(base: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Caucasus wire (test)</title><link>${base}/</link><description>Made-up items</description>
${items
  .map(
    (i) =>
      `<item><title>${xml(i.title)}</title><link>${base}${i.path}</link>${i.date ? `<pubDate>${i.date.toUTCString()}</pubDate>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** An Atom feed of items on `base`. */
export function atom(base: string, items: Item[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Regional notes (test)</title><id>${base}/atom</id><updated>2026-11-20T00:00:00Z</updated>
${items
  .map(
    (i) =>
      `<entry><title>${xml(i.title)}</title><id>${base}${i.path}</id><link rel="alternate" href="${base}${i.path}"/>${i.date ? `<published>${i.date.toISOString()}</published><updated>${i.date.toISOString()}</updated>` : ''}</entry>`,
  )
  .join('\n')}
</feed>`;
}

/** An article page: a title and paragraphs, with a publication date in its metadata when given. */
export function page(title: string, paragraphs: string[], published?: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${
    published ? `<meta property="article:published_time" content="${published}">` : ''
  }</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article><footer>Test site</footer></body></html>`;
}
