/**
 * Watch benchmark (issue 18): one watch cycle over `--feeds` feeds (default 50) on loopback, each
 * served by its own HTTP server on 127.0.0.1 (one host per feed, as separate sites are), each
 * publishing `--items` new articles (default 2, generated here). The first cycle fetches every feed
 * and article and ingests each article into a SQLite store holding the shipped dataset; the second
 * finds every feed unchanged (304). Target: the first cycle under 5 s. Default settings of
 * `orrery watch run` (per-host interval, concurrency, time-outs).
 *
 *   npm run bench -- watch [--feeds 50] [--items 2]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, defaultSourcesDir } from '../../src/dataset/paths.js';
import { newFeed } from '../../src/ingest/feeds/feed-records.js';
import { ingestItemWith } from '../../src/ingest/feeds/ingest-item.js';
import { runCycle } from '../../src/ingest/feeds/run-feeds.js';
import { initStore } from '../../src/store/init.js';
import { openStore } from '../../src/store/open.js';
import { count } from '../analysis/args.js';

const TARGET_S = 5;
const feedCount = count('feeds', 50);
const itemCount = count('items', 2);

// Sentence parts for made-up articles written for this benchmark.
const PAIRS = [
  ['Armenia', 'Georgia'],
  ['Azerbaijan', 'Georgia'],
  ['Armenia', 'Iran'],
  ['Azerbaijan', 'Turkey'],
  ['Georgia', 'Turkey'],
  ['Armenia', 'France'],
];
const PLACES = ['Tbilisi', 'Batumi', 'Gyumri', 'Ganja', 'Kars', 'Meghri', 'Lankaran', 'Poti'];
const TOPICS = [
  'rail freight',
  'electricity trade',
  'border crossings',
  'water sharing',
  'customs rules',
  'road repairs',
];

function article(feed: number, item: number): string {
  const [a, b] = PAIRS[(feed + item) % PAIRS.length]!;
  const place = PLACES[(feed * 3 + item) % PLACES.length]!;
  const topic = TOPICS[(feed + item * 5) % TOPICS.length]!;
  const day = 1 + ((feed * 7 + item) % 27);
  const title = `Talks on ${topic} in ${place} (${feed}-${item})`;
  const paragraphs = [
    `${a} and ${b} held talks in ${place} on ${day} October 2026 on ${topic}.`,
    `Officials from both sides described the meeting, number ${feed * 10 + item}, as practical and said experts would meet again.`,
    `Local business groups in ${place} welcomed the discussion of ${topic}.`,
  ];
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2026-10-${String(day).padStart(2, '0')}"></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function feedXml(base: string, feed: number): string {
  const items = Array.from(
    { length: itemCount },
    (_, i) =>
      `<item><title>Item ${i}</title><link>${base}/a/${i}.html</link><pubDate>Mon, 05 Oct 2026 10:00:00 GMT</pubDate></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed ${feed}</title>${items}</channel></rss>`;
}

async function serveFeed(feed: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      const etag = `"feed-${feed}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feedXml(base, feed));
    }
    const m = /^\/a\/(\d+)\.html$/.exec(req.url ?? '');
    if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(article(feed, Number(m[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml` };
}

const dir = mkdtempSync(join(tmpdir(), 'orrery-watch-bench-'));
const store = await openStore(join(dir, 'watch.db'));
await initStore(store, defaultDataDir(), defaultSourcesDir());
const servers = await Promise.all(Array.from({ length: feedCount }, (_, i) => serveFeed(i)));
const taken = new Set<string>();
for (const [i, s] of servers.entries()) {
  const feed = await newFeed({ target: s.url, name: `bench ${i}` }, taken);
  taken.add(feed.id);
  await store.putFeed(feed);
}

const ctx = { store, ingest: ingestItemWith(store) };
let t0 = performance.now();
const cpu0 = process.cpuUsage();
const first = await runCycle(ctx);
const firstS = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const firstCpuS = (cpu.user + cpu.system) / 1e6;
t0 = performance.now();
const second = await runCycle(ctx);
const secondS = (performance.now() - t0) / 1000;

const ingested = first.flatMap((r) => r.items).filter((i) => i.status === 'ingested').length;
const failed = first.filter((r) => r.status === 'failed').length;
const notModified = second.filter((r) => r.status === 'not-modified').length;
console.log(
  `machine: ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `first cycle: ${feedCount} feeds, ${ingested} of ${feedCount * itemCount} articles ingested, ${failed} feeds failed`,
);
console.log(
  `  ${firstS.toFixed(2)} s wall, ${firstCpuS.toFixed(2)} s CPU (target < ${TARGET_S} s; ratio ${(firstS / TARGET_S).toFixed(2)})`,
);
console.log(`second cycle: ${notModified} of ${feedCount} feeds not modified (304) in ${secondS.toFixed(2)} s`);

await Promise.all(servers.map((s) => new Promise((resolve) => s.server.close(resolve))));
await store.close();
rmSync(dir, { recursive: true, force: true });
if (firstS >= TARGET_S || failed > 0 || ingested !== feedCount * itemCount) process.exitCode = 1;
