/**
 * The HTTP cache of GET answers (src/server/http-cache.ts), over a real server on 127.0.0.1: ETag and
 * If-None-Match → 304, a write through the API changes the answer and its tag, a write the server did
 * not see shows after the cache's time bound, compressed bodies decode to the same JSON, and streamed
 * JSON lines and CSV pass through as they were. Raw bytes are read with node:http, which (unlike
 * fetch) does not decode a compressed body by itself.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip } from 'node:zlib';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { pickEncoding } from '../../src/server/http-cache.js';
import { miniApp, type Fixture } from './fixture.js';

const TEXT =
  'Wire report.\nAlphaland leaders visited Northland on 4 March 2024.\nBetaland accused Alphaland of shelling its border posts on 2 March 2024.\n';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

type Item = { event: { id: string }; version: string };

describe('HTTP cache of GET answers', () => {
  let f: Fixture;
  let http: Listening;
  before(async () => {
    f = await miniApp();
    await ingestDocument(f.ctx.store, { text: TEXT, filename: 'wire.txt', published: '2024-03-05' });
    http = await listen(f.app, '127.0.0.1', 0);
  });
  after(async () => {
    await http.close();
    await f.close();
  });

  it('tags an answer, and answers 304 with no body to a client that holds it', async () => {
    const once = await raw(`${http.url}/api/events?limit=50`);
    assert.equal(once.status, 200);
    assert.equal(once.headers.etag, undefined, 'a URL asked once is passed through, not kept');
    const first = await raw(`${http.url}/api/events?limit=50`);
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, once.body);
    const etag = first.headers.etag as string;
    assert.match(etag, /^W\/"[\w-]+"$/);
    assert.equal(first.headers.vary, 'Accept-Encoding');
    const again = await raw(`${http.url}/api/events?limit=50`);
    assert.equal(again.headers.etag, etag, 'the same answer has the same tag');
    assert.deepEqual(again.body, first.body);
    const notModified = await raw(`${http.url}/api/events?limit=50`, { 'if-none-match': etag });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.body.length, 0);
    assert.equal(notModified.headers.etag, etag);
    const other = await raw(`${http.url}/api/events?limit=50`, { 'if-none-match': 'W/"something-else"' });
    assert.equal(other.status, 200);
    assert.deepEqual(other.body, first.body);
    await raw(`${http.url}/api/events?limit=2`);
    const page = await raw(`${http.url}/api/events?limit=2`);
    assert.match(page.headers.etag as string, /^W\//);
    assert.notEqual(page.headers.etag, etag, 'another URL, another answer, another tag');
  });

  it('a write through the API changes the answer and its tag', async () => {
    await raw(`${http.url}/api/review`);
    const before = await raw(`${http.url}/api/review`);
    assert.ok(before.headers.etag);
    const items = (JSON.parse(before.body.toString()) as { items: Item[] }).items;
    assert.ok(items.length >= 1, 'coded events wait for review');
    const write = await raw(
      `${http.url}/api/review`,
      { 'content-type': 'application/json' },
      'POST',
      JSON.stringify({ action: 'accept', items: items.map((i) => ({ id: i.event.id, if_match: i.version })) }),
    );
    assert.equal(write.status, 200, write.body.toString());
    await raw(`${http.url}/api/review`);
    const afterWrite = await raw(`${http.url}/api/review`, { 'if-none-match': before.headers.etag as string });
    assert.equal(afterWrite.status, 200, 'the old tag no longer matches');
    assert.ok(afterWrite.headers.etag);
    assert.notEqual(afterWrite.headers.etag, before.headers.etag);
    assert.deepEqual((JSON.parse(afterWrite.body.toString()) as { items: Item[] }).items, []);
  });

  it('a write the server did not see shows once the cache time bound has passed', async () => {
    const url = `${http.url}/api/events?limit=50&origin=coded`;
    await raw(url);
    const kept = await raw(url);
    assert.ok(kept.headers.etag, 'kept from its second request');
    const first = JSON.parse(kept.body.toString()) as { total: number };
    await ingestDocument(f.ctx.store, {
      text: 'Second report.\nBetaland leaders visited Northland on 9 March 2024.\n',
      filename: 'second.txt',
      published: '2024-03-10',
    });
    const soon = JSON.parse((await raw(url)).body.toString()) as { total: number };
    assert.equal(soon.total, first.total, 'served from the cache within its bound');
    await new Promise((r) => setTimeout(r, 1100));
    const later = JSON.parse((await raw(url)).body.toString()) as { total: number };
    assert.ok(later.total > first.total, `the new event shows (${first.total} → ${later.total})`);
  });

  it('compresses a large answer for a client that accepts it, to the same JSON', async () => {
    await raw(`${http.url}/api/events?limit=50`);
    const plain = await raw(`${http.url}/api/events?limit=50`);
    assert.equal(plain.headers['content-encoding'], undefined, 'no encoding asked, none sent');
    assert.ok(plain.body.length >= 1024, `a large body (${plain.body.length} bytes)`);
    const br = await raw(`${http.url}/api/events?limit=50`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.body.length < plain.body.length);
    assert.deepEqual(
      JSON.parse((await promisify(brotliDecompress)(br.body)).toString()),
      JSON.parse(plain.body.toString()),
    );
    const gz = await raw(`${http.url}/api/events?limit=50`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse((await promisify(gunzip)(gz.body)).toString()), JSON.parse(plain.body.toString()));
    assert.equal(gz.headers.etag, plain.headers.etag, 'one tag for every encoding of the answer');
    const refused = await raw(`${http.url}/api/events?limit=50`, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
  });

  it('sends a small answer as it is', async () => {
    await raw(`${http.url}/api/events?limit=1`, { 'accept-encoding': 'gzip, br' });
    const small = await raw(`${http.url}/api/events?limit=1`, { 'accept-encoding': 'gzip, br' });
    assert.ok(small.body.length < 1024, `a small body (${small.body.length} bytes)`);
    assert.equal(small.headers['content-encoding'], undefined);
    assert.ok(JSON.parse(small.body.toString()));
  });

  it('leaves streamed JSON lines and CSV alone', async () => {
    const all = JSON.parse((await raw(`${http.url}/api/events?limit=1000`)).body.toString()) as {
      total: number;
      items: Array<{ id: string }>;
    };
    const headers = { 'accept-encoding': 'gzip, br', 'if-none-match': '*' };
    for (let i = 0; i < 2; i++) {
      const jsonl = await raw(`${http.url}/api/events?format=jsonl`, headers);
      assert.equal(jsonl.status, 200);
      assert.match(String(jsonl.headers['content-type']), /^application\/x-ndjson/);
      assert.equal(jsonl.headers['content-encoding'], undefined);
      assert.equal(jsonl.headers.etag, undefined);
      const lines = jsonl.body.toString().trimEnd().split('\n');
      assert.deepEqual(
        lines.map((l) => (JSON.parse(l) as { id: string }).id),
        all.items.map((e) => e.id),
      );
      const csv = await raw(`${http.url}/api/events?format=csv`, headers);
      assert.equal(csv.status, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.equal(csv.headers['content-encoding'], undefined);
      assert.equal(csv.body.toString().trimEnd().split(/\r?\n/).length, all.total + 1, 'a header and a line per event');
    }
  });

  it('keeps nothing for a URL asked once, such as a new date for each request', async () => {
    for (const at of ['2024-01-01', '2024-01-02', '2024-01-03']) {
      const r = await raw(`${http.url}/api/analyses/network?at=${at}`);
      assert.equal(r.status, 200);
      assert.equal(r.headers.etag, undefined);
      assert.equal((JSON.parse(r.body.toString()) as { date: string }).date, at);
    }
  });

  it('reads Accept-Encoding: brotli first, gzip next, nothing refused', () => {
    assert.equal(pickEncoding(undefined), undefined);
    assert.equal(pickEncoding('gzip, deflate, br'), 'br');
    assert.equal(pickEncoding('gzip;q=1.0, br;q=0'), 'gzip');
    assert.equal(pickEncoding('identity'), undefined);
    assert.equal(pickEncoding('*'), 'gzip');
  });
});
