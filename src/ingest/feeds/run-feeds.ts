/**
 * A watch cycle: the feeds that are due (or all of them), run a few at a time. Each feed's run keeps
 * its own failures (run-feed.ts), so one broken feed never stops the others; the per-host rate limit
 * is shared by the whole cycle. `startSchedule` repeats cycles until stopped (`watch run`,
 * `serve --watch`).
 */
import type { Feed } from '../../model/index.js';
import { HostLimiter } from './rate-limit.js';
import { runFeed, type FeedRun, type WatchContext } from './run-feed.js';

/** Default spacing of requests to one host, in milliseconds. */
export const DEFAULT_HOST_INTERVAL_MS = 250;
export const DEFAULT_CONCURRENCY = 16;

/** True when the feed has not run, or its period has passed since it last did. */
export function isDue(feed: Feed, now: Date): boolean {
  const last = feed.state.last_run ? Date.parse(feed.state.last_run) : NaN;
  return Number.isNaN(last) || now.getTime() - last >= feed.every * 1000;
}

export interface CycleOptions {
  /** Run only feeds that are due (default: all). */
  dueOnly?: boolean;
  /** Only these feeds (ids). */
  only?: string[];
  concurrency?: number;
}

/** Run a cycle; the results in the order of the feeds. */
export async function runCycle(ctx: WatchContext, o: CycleOptions = {}): Promise<FeedRun[]> {
  const now = (ctx.now ?? (() => new Date()))();
  const c: WatchContext = { ...ctx, limiter: ctx.limiter ?? new HostLimiter(DEFAULT_HOST_INTERVAL_MS) };
  let feeds = await ctx.store.listFeeds();
  if (o.only) feeds = feeds.filter((f) => o.only!.includes(f.id));
  if (o.dueOnly) feeds = feeds.filter((f) => isDue(f, now));
  const results: FeedRun[] = new Array(feeds.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < feeds.length) {
      const i = next++;
      results[i] = await runFeed(c, feeds[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? DEFAULT_CONCURRENCY, feeds.length) }, worker));
  return results;
}

export interface Schedule {
  /** Resolves once the cycle under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Run due feeds every `tickMs` until stopped; `onCycle` hears each cycle's results (nothing when
 * no feed was due), `onError` what a cycle threw (the store closed, say).
 */
export function startSchedule(
  ctx: WatchContext,
  o: { tickMs?: number; concurrency?: number; onCycle?: (runs: FeedRun[]) => void; onError?: (e: unknown) => void },
): Schedule {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const limiter = ctx.limiter ?? new HostLimiter(DEFAULT_HOST_INTERVAL_MS);
  const tick = (): void => {
    current = runCycle({ ...ctx, limiter }, { dueOnly: true, concurrency: o.concurrency })
      .then((runs) => {
        if (runs.length) o.onCycle?.(runs);
      })
      .catch((e: unknown) => o.onError?.(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, o.tickMs ?? 30_000);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
