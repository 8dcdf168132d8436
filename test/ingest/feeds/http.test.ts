/**
 * Fetching for `orrery watch` against a real server on 127.0.0.1: conditional GET and 304, a 404, a
 * slow answer cut by the deadline, a huge answer cut by the size limit (declared and streamed), a
 * gzip bomb cut once decompressed, a redirect loop, too many redirects, retries with backoff, the
 * per-host rate limit, non-http(s) URLs and, with publicOnly, loopback hosts refused.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fetchUrl, FetchError } from '../../../src/ingest/feeds/http.js';
import { isPublicAddress } from '../../../src/ingest/feeds/address.js';
import { HostLimiter } from '../../../src/ingest/feeds/rate-limit.js';
import { classify } from '../../../src/ingest/feeds/content-type.js';
import { fixed, startFeedServer } from './feed-server.js';

const server = await startFeedServer();
after(() => server.close());
const u = (path: string): string => `${server.url}${path}`;
const quick = { retries: 0, timeoutMs: 2000 };

test('a 200 keeps its validators, and a conditional GET with them gets a 304', async () => {
  server.route(
    '/cond.xml',
    fixed('<rss version="2.0"><channel/></rss>', 'application/rss+xml', '"v1"', {
      'last-modified': 'Sat, 14 Nov 2026 10:00:00 GMT',
    }),
  );
  const first = await fetchUrl(u('/cond.xml'), quick);
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"v1"');
  assert.equal(first.lastModified, 'Sat, 14 Nov 2026 10:00:00 GMT');
  assert.equal(first.contentType, 'application/rss+xml');
  const second = await fetchUrl(u('/cond.xml'), { ...quick, etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.status, 304);
  const sent = server.log.filter((l) => l.path === '/cond.xml').at(-1)!.headers;
  assert.equal(sent['if-none-match'], '"v1"');
  assert.equal(sent['if-modified-since'], 'Sat, 14 Nov 2026 10:00:00 GMT');
});

test('a 404 is an error naming the status and the URL, not retried', async () => {
  const before = server.log.length;
  await assert.rejects(fetchUrl(u('/missing.html'), { retries: 2, backoffMs: 10 }), (e: FetchError) => {
    assert.match(e.message, /^HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/missing\.html$/);
    return true;
  });
  assert.equal(server.log.length - before, 1, 'one request only');
});

test('a slow answer is cut at the deadline and retried with backoff', async () => {
  let calls = 0;
  server.route('/slow', (_req, res) => {
    calls++;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    setTimeout(() => res.end('</html>'), 3000).unref();
  });
  const started = performance.now();
  await assert.rejects(
    fetchUrl(u('/slow'), { timeoutMs: 200, retries: 1, backoffMs: 50 }),
    /timed out\) \(after 2 attempts\)$/,
  );
  assert.equal(calls, 2);
  assert.ok(performance.now() - started < 1500, 'does not wait for the slow body');
});

test('a 503 is retried, and a later 200 is the answer', async () => {
  let calls = 0;
  server.route('/flaky', (_req, res) => {
    calls++;
    if (calls < 3) res.writeHead(503).end('busy');
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('Finally.');
  });
  const r = await fetchUrl(u('/flaky'), { retries: 2, backoffMs: 20 });
  assert.equal(r.body.toString(), 'Finally.');
  assert.equal(calls, 3);
});

test('a huge answer is refused: by its declared length, or cut while streaming', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024, 0x41);
  server.route('/declared', fixed(big, 'text/html', undefined, { 'content-length': String(big.length) }));
  await assert.rejects(
    fetchUrl(u('/declared'), { ...quick, maxBytes: 1024 * 1024 }),
    /the answer is 3\.0 MB, over the limit of 1\.0 MB/,
  );
  // No Content-Length: the body streams on (200 MB if read to the end) and is cut at the limit.
  let sent = 0;
  server.route('/stream', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x42);
    const pump = (): void => {
      while (sent < 200 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = Infinity));
    pump();
  });
  await assert.rejects(
    fetchUrl(u('/stream'), { ...quick, maxBytes: 1024 * 1024 }),
    /over the limit of 1\.0 MB: stopped reading/,
  );
});

test('a gzip bomb is cut once its decompressed size passes the limit', async () => {
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024)); // 64 MB of zeros in about 64 KB
  assert.ok(bomb.length < 200 * 1024);
  server.route('/bomb', fixed(bomb, 'text/html', undefined, { 'content-encoding': 'gzip' }));
  await assert.rejects(
    fetchUrl(u('/bomb'), { ...quick, maxBytes: 2 * 1024 * 1024 }),
    /inflates past the limit of 2\.0 MB once decompressed \(gzip\): refused as a compression bomb/,
  );
  // A well-behaved compressed answer is decompressed.
  server.route(
    '/gz',
    fixed(gzipSync('<html><body>Yerevan</body></html>'), 'text/html', undefined, { 'content-encoding': 'gzip' }),
  );
  assert.equal((await fetchUrl(u('/gz'), quick)).body.toString(), '<html><body>Yerevan</body></html>');
});

test('redirects are followed; a loop and too many hops are clear errors', async () => {
  server.route('/moved', (_req, res) => res.writeHead(301, { location: '/cond.xml' }).end());
  assert.equal((await fetchUrl(u('/moved'), quick)).url, u('/cond.xml'));
  server.route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end());
  server.route('/loop-b', (_req, res) => res.writeHead(302, { location: '/loop-a' }).end());
  await assert.rejects(fetchUrl(u('/loop-a'), quick), (e: Error) => {
    assert.equal(e.message, `redirect loop: ${u('/loop-a')} → ${u('/loop-b')} → ${u('/loop-a')}`);
    return true;
  });
  for (let i = 0; i < 8; i++)
    server.route(`/hop${i}`, (_req, res) => res.writeHead(302, { location: `/hop${i + 1}` }).end());
  await assert.rejects(fetchUrl(u('/hop0'), { ...quick, maxRedirects: 3 }), /too many redirects \(more than 3\)/);
  server.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  await assert.rejects(
    fetchUrl(u('/to-file'), quick),
    /redirected to a URL that is not fetched: only http and https URLs are fetched, not file/,
  );
});

test('only http(s) is fetched; with publicOnly, loopback and private hosts are refused', async () => {
  await assert.rejects(fetchUrl('ftp://example.org/feed.xml'), /only http and https URLs are fetched, not ftp/);
  await assert.rejects(fetchUrl('file:///etc/passwd'), /only http and https URLs are fetched, not file/);
  await assert.rejects(
    fetchUrl(u('/cond.xml'), { ...quick, publicOnly: true }),
    /127\.0\.0\.1:\d+ is not a public address/,
  );
  const port = new URL(server.url).port;
  await assert.rejects(
    fetchUrl(`http://localhost:${port}/cond.xml`, { ...quick, publicOnly: true }),
    /localhost resolves to (127\.0\.0\.1|::1), which is not a public address/,
  );
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '192.168.0.1',
    '172.20.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '0.0.0.0',
  ])
    assert.equal(isPublicAddress(a), false, a);
  for (const a of ['8.8.8.8', '151.101.1.1', '2a00:1450:4001::1']) assert.equal(isPublicAddress(a), true, a);
});

test('the rate limit spaces requests to one host, not to others', async () => {
  const limiter = new HostLimiter(150);
  const t0 = performance.now();
  await Promise.all([limiter.wait('a:1'), limiter.wait('a:1'), limiter.wait('a:1'), limiter.wait('b:1')]);
  const took = performance.now() - t0;
  assert.ok(took >= 290 && took < 1000, `three requests to one host take two intervals (${took} ms)`);
  const t1 = performance.now();
  await limiter.wait('c:1');
  assert.ok(performance.now() - t1 < 50, 'another host does not wait');
});

test('content types: feeds, pages, and what is refused', () => {
  const b = (s: string): Buffer => Buffer.from(s);
  assert.deepEqual(classify('application/atom+xml', b('<feed/>')), { kind: 'feed' });
  assert.deepEqual(
    classify('text/html', b('<?xml version="1.0"?><rss version="2.0">')),
    { kind: 'feed' },
    'a feed served as HTML',
  );
  assert.deepEqual(classify('text/html', b('<!doctype html><html>')), { kind: 'page', format: 'html' });
  assert.deepEqual(classify('application/pdf', b('%PDF-1.4')), { kind: 'page', format: 'pdf' });
  assert.deepEqual(classify('', b('<rss version="2.0">')), { kind: 'feed' });
  const refused = classify('image/png', b('\x89PNG'));
  assert.equal(refused.kind, 'refused');
  assert.match(
    (refused as { reason: string }).reason,
    /content type is "image\/png": neither a feed \(RSS, Atom\) nor a page/,
  );
});
