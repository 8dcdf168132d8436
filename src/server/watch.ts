/**
 * `orrery serve --watch`: the watch schedule (src/ingest/feeds) inside the server. Fetching is
 * asynchronous I/O; each item is read, coded and matched in a worker thread by the same job body
 * that POST /api/ingest runs (jobs/ingest-job.ts), and only the commit happens on the server's
 * thread, so requests keep being answered while feeds are read. An item whose feed entry and page
 * give no date is ingested again with the day it was fetched (and says so).
 */
import type { DatedBy, IngestItem } from '../ingest/feeds/ingest-item.js';
import { fetchDateWarning } from '../ingest/feeds/ingest-item.js';
import { HostLimiter } from '../ingest/feeds/rate-limit.js';
import type { FeedRun, WatchContext } from '../ingest/feeds/run-feed.js';
import { DEFAULT_HOST_INTERVAL_MS, startSchedule, type Schedule } from '../ingest/feeds/run-feeds.js';
import { UsageError } from '../model/index.js';
import { alertsAfterWrite } from './alerts.js';
import type { ServerContext } from './context.js';
import { API_MISSING_DATE, ingestJob } from './jobs/ingest-job.js';

const run = { signal: new AbortController().signal, progress: () => undefined };

/** Items ingested through the worker-thread job body. */
export function workerIngest(ctx: ServerContext): IngestItem {
  return async (item) => {
    const input = { filename: item.name, bytes: item.bytes, ...(item.title ? { title: item.title } : {}) };
    let datedBy: DatedBy = 'item';
    let answer;
    if (item.published) answer = await ingestJob(ctx, { ...input, published: item.published })(run);
    else {
      try {
        answer = await ingestJob(ctx, input)(run);
        datedBy = 'page';
      } catch (error) {
        if (!(error instanceof UsageError) || !error.message.includes(API_MISSING_DATE)) throw error;
        answer = await ingestJob(ctx, { ...input, published: item.fetched })(run);
        datedBy = 'fetch';
        if (!answer.duplicate) answer.warnings = [...answer.warnings, fetchDateWarning(item)];
      }
    }
    const { events: _events, ...report } = answer;
    return { report: { ...report, format: undefined }, datedBy };
  };
}

export interface ServerWatchOptions {
  tickMs?: number;
  log?: (line: string) => void;
  afterIngest?: WatchContext['afterIngest'];
}

/** Start the schedule; `stop()` waits for the cycle under way. */
export function startServerWatch(ctx: ServerContext, o: ServerWatchOptions = {}): Schedule {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  return startSchedule(
    {
      store: ctx.store,
      ingest: workerIngest(ctx),
      limiter: new HostLimiter(DEFAULT_HOST_INTERVAL_MS),
      afterIngest: async (item) => {
        ctx.data.changed();
        await o.afterIngest?.(item);
      },
    },
    {
      tickMs: o.tickMs,
      onCycle: (runs: FeedRun[]) => {
        if (runs.some((r) => r.items.some((i) => i.status === 'ingested'))) void alertsAfterWrite(ctx);
        for (const r of runs) {
          const n = r.items.filter((i) => i.status === 'ingested').length;
          log(`watch: ${r.feed}: ${r.status === 'failed' ? `failed: ${r.error}` : `${r.status}, ${n} ingested`}`);
        }
      },
      onError: (e) => log(`watch: the cycle failed: ${String(e)}`),
    },
  );
}
