/**
 * `orrery watch`: feeds (RSS, Atom, plain pages) and directories read on a schedule, each new item
 * ingested in its own transaction with its coded events sent to review. `watch add`, `watch list`
 * (each feed's health), `watch remove`, `watch run [--once]`. The work is in src/ingest/feeds.
 */
import type { Command } from 'commander';
import { NotFoundError, UsageError, type Feed } from '../../model/index.js';
import { formatEvery, newFeed } from '../../ingest/feeds/feed-records.js';
import { ingestItemWith } from '../../ingest/feeds/ingest-item.js';
import { HostLimiter } from '../../ingest/feeds/rate-limit.js';
import type { FeedRun, WatchContext } from '../../ingest/feeds/run-feed.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_HOST_INTERVAL_MS,
  runCycle,
  startSchedule,
} from '../../ingest/feeds/run-feeds.js';
import { FETCH_DEFAULTS } from '../../ingest/feeds/http.js';
import type { Store } from '../../store/store.js';
import { EXIT } from '../exit-codes.js';
import { withStore } from '../open.js';
import { print, printJson, safeText, table } from '../output.js';
import { evaluateAfterWrite } from './alert.js';

interface RunOptions {
  once?: boolean;
  feed?: string[];
  json?: boolean;
  timeout?: string;
  maxSize?: string;
  retries?: string;
  hostInterval?: string;
  concurrency?: string;
  tick?: string;
}

const number = (raw: string | undefined, name: string, min: number): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${name} must be a number of at least ${min}, got "${raw}"`);
  return n;
};

/** The watch context the run options describe. */
export function watchContext(store: Store, o: RunOptions): WatchContext & { concurrency: number } {
  const timeout = number(o.timeout, '--timeout', 0.1);
  const maxSize = number(o.maxSize, '--max-size', 0.001);
  const retries = number(o.retries, '--retries', 0);
  const interval = number(o.hostInterval, '--host-interval', 0);
  return {
    store,
    ingest: ingestItemWith(store),
    limiter: new HostLimiter(interval ?? DEFAULT_HOST_INTERVAL_MS),
    http: {
      ...(timeout ? { timeoutMs: Math.round(timeout * 1000) } : {}),
      ...(maxSize ? { maxBytes: Math.round(maxSize * 1024 * 1024) } : {}),
      ...(retries !== undefined ? { retries: Math.floor(retries) } : {}),
    },
    concurrency: Math.floor(number(o.concurrency, '--concurrency', 1) ?? DEFAULT_CONCURRENCY),
  };
}

const ago = (iso: string | undefined, now: number): string => {
  if (!iso) return 'never';
  const s = Math.round((now - Date.parse(iso)) / 1000);
  if (s < 90) return `${s}s ago`;
  if (s < 5400) return `${Math.round(s / 60)}m ago`;
  if (s < 129600) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
};

function health(f: Feed): string {
  if (!f.state.last_run) return 'not run yet';
  if (f.state.last_error) return `failing (${f.state.failures} run${f.state.failures === 1 ? '' : 's'})`;
  return 'ok';
}

function printRuns(runs: FeedRun[]): void {
  const rows: string[][] = [];
  for (const r of runs) {
    const count = (s: string): number => r.items.filter((i) => i.status === s).length;
    const detail =
      r.status === 'failed'
        ? (r.error ?? 'failed')
        : r.status === 'not-modified'
          ? 'not modified (304)'
          : `${count('ingested')} ingested, ${count('duplicate')} already stored, ${count('failed')} failed, ${count('seen')} seen before`;
    rows.push([r.feed, r.format ?? '', r.status, detail]);
  }
  print(table(['feed', 'format', 'result', 'detail'], rows, [24, 11, 14, 70]));
  for (const r of runs)
    for (const i of r.items) {
      if (i.status === 'failed') print(`${r.feed}: ${i.key}: failed: ${i.error}`);
      else if (i.status === 'ingested')
        print(
          `${r.feed}: ${i.key}: ${i.source}, ${i.created.length} new, ${i.corroborated.length} corroborated (dated ${i.published} by the ${i.dated_by === 'fetch' ? 'fetch date' : i.dated_by})`,
        );
      for (const w of i.warnings) print(`warning: ${w}`);
    }
  for (const r of runs) for (const w of r.warnings) print(`warning: ${r.feed}: ${w}`);
  const items = runs.flatMap((r) => r.items);
  print(
    `${runs.length} feeds: ${runs.filter((r) => r.status !== 'failed').length} read, ${runs.filter((r) => r.status === 'failed').length} failed; ${items.filter((i) => i.status === 'ingested').length} items ingested`,
  );
  if (items.some((i) => i.status === 'ingested' && i.created.length)) print('new events await review: `orrery review`');
}

export function register(program: Command): void {
  const watch = program
    .command('watch')
    .description('read feeds (RSS, Atom, pages) and directories on a schedule; each new item is ingested for review');

  watch
    .command('add')
    .description('watch a feed or page (http or https URL) or a directory')
    .argument('<target>', 'an http(s) URL, or a directory')
    .option('--name <name>', 'a name for the feed (its id is made from it)')
    .option('--every <period>', 'how often to read it: 30m, 1h, 1d (default 1h)')
    .option('--public', 'refuse hosts that resolve to loopback, private or reserved addresses')
    .option('--json', 'print the feed record')
    .action(
      async (target: string, o: { name?: string; every?: string; public?: boolean; json?: boolean }, cmd: Command) =>
        withStore(cmd, async (store) => {
          const taken = new Set((await store.listFeeds()).map((f) => f.id));
          const feed = await newFeed({ target, name: o.name, every: o.every, publicOnly: o.public }, taken);
          await store.putFeed(feed);
          if (o.json) printJson(feed);
          else
            print(
              `watching ${safeText(feed.target)} as ${feed.id} (${feed.kind}, every ${formatEvery(feed.every)}${feed.public_only ? ', public addresses only' : ''}); \`orrery watch run --once\` reads it now`,
            );
        }),
    );

  watch
    .command('list')
    .description('the watched feeds and their health: last run, last error, items seen')
    .option('--json', 'print the feed records')
    .action(async (o: { json?: boolean }, cmd: Command) =>
      withStore(cmd, async (store) => {
        const feeds = await store.listFeeds();
        if (o.json) return printJson(feeds);
        if (!feeds.length) return print('no feeds are watched: `orrery watch add <url|directory>`');
        const now = Date.now();
        print(
          table(
            ['id', 'target', 'every', 'health', 'last run', 'items seen', 'ingested', 'last error'],
            feeds.map((f) => [
              f.id,
              f.target,
              formatEvery(f.every),
              health(f),
              ago(f.state.last_run, now),
              f.state.items_seen,
              f.state.items_ingested,
              f.state.last_error ?? '',
            ]),
            [18, 34, 7, 18, 10, 7, 10, 40],
          ),
        );
      }),
    );

  watch
    .command('remove')
    .description('stop watching a feed (what it ingested stays)')
    .argument('<id>', 'the feed id (`watch list`)')
    .action(async (id: string, _o: unknown, cmd: Command) =>
      withStore(cmd, async (store) => {
        if (!(await store.deleteFeed(id)))
          throw new NotFoundError('watched feed', id, '`orrery watch list` shows them');
        print(`no longer watching ${id}; the documents it ingested stay`);
      }),
    );

  watch
    .command('run')
    .description('read the feeds that are due, again and again until Ctrl-C; with --once, every feed once')
    .option('--once', 'read every feed once, then stop')
    .option('--feed <ids...>', 'only these feeds')
    .option('--timeout <s>', `seconds allowed for one request (default ${FETCH_DEFAULTS.timeoutMs / 1000})`)
    .option(
      '--max-size <MB>',
      `largest answer accepted, once decompressed (default ${FETCH_DEFAULTS.maxBytes / 1024 / 1024})`,
    )
    .option(
      '--retries <n>',
      `further tries after a network error, time-out, 429 or 5xx (default ${FETCH_DEFAULTS.retries})`,
    )
    .option('--host-interval <ms>', `least time between two requests to one host (default ${DEFAULT_HOST_INTERVAL_MS})`)
    .option('--concurrency <n>', `feeds read at once (default ${DEFAULT_CONCURRENCY})`)
    .option('--tick <s>', 'without --once: seconds between looks for due feeds (default 30)')
    .option('--json', 'print what each run did, as JSON')
    .action(async (o: RunOptions, cmd: Command) =>
      withStore(cmd, async (store) => {
        const ctx = watchContext(store, o);
        if (o.feed) {
          const known = new Set((await store.listFeeds()).map((f) => f.id));
          const missing = o.feed.filter((id) => !known.has(id));
          if (missing.length)
            throw new NotFoundError('watched feed', missing.join(', '), '`orrery watch list` shows them');
        }
        if (o.once) {
          const runs = await runCycle(ctx, { only: o.feed, concurrency: ctx.concurrency });
          if (runs.some((r) => r.items.some((i) => i.status === 'ingested'))) await evaluateAfterWrite(store, cmd);
          if (o.json) printJson({ feeds: runs });
          else printRuns(runs);
          if (runs.some((r) => r.status === 'failed' || r.items.some((i) => i.status === 'failed')))
            process.exitCode = EXIT.failed;
          return;
        }
        const schedule = startSchedule(ctx, {
          tickMs: Math.round((number(o.tick, '--tick', 0.1) ?? 30) * 1000),
          concurrency: ctx.concurrency,
          onCycle: (runs) => {
            if (o.json) process.stdout.write(`${JSON.stringify({ feeds: runs })}\n`);
            else printRuns(runs);
            if (runs.some((r) => r.items.some((i) => i.status === 'ingested')))
              void evaluateAfterWrite(store, cmd).catch((e: unknown) =>
                process.stderr.write(`orrery: alerts not evaluated: ${safeText(String(e))}\n`),
              );
          },
          onError: (e) => process.stderr.write(`orrery: watch cycle failed: ${safeText(String(e))}\n`),
        });
        process.stderr.write('orrery: watching; Ctrl-C stops\n');
        await new Promise<void>((resolve) => {
          const stop = (): void => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await schedule.stop();
      }),
    );
}
