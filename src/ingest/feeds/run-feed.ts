/**
 * One run of one watched feed: fetch it (conditionally), read its items, fetch and ingest each item
 * not seen before, and record the items and the feed's new state in the store. Items are
 * de-duplicated by URL (or path) within the feed and by the hash of their bytes; the pipeline then
 * recognises a text already stored under any name. A failing item is recorded with its error and
 * tried again on later runs (up to MAX_ATTEMPTS); a failing feed records its error and throws nothing:
 * one broken feed never stops the others (run-feeds.ts).
 */
import { createHash } from 'node:crypto';
import { FeedState, OrreryError, ValidationError, formatProblem, type Feed, type FeedItem } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import type { DocumentFormat } from '../formats/index.js';
import { classify } from './content-type.js';
import { fetchUrl, type FetchOptions } from './http.js';
import type { DatedBy, IngestItem } from './ingest-item.js';
import { parseFeed, type FeedEntry } from './parse-feed.js';
import { readDirectoryItems, type DirectoryItem } from './directory.js';
import type { HostLimiter } from './rate-limit.js';

/** Tries of an item that keeps failing (a 404, a page with no text) before it is left alone. */
export const MAX_ATTEMPTS = 3;

export interface WatchContext {
  store: Store;
  ingest: IngestItem;
  limiter?: HostLimiter;
  /** Timeouts, size limit, retries (http.ts defaults otherwise). */
  http?: Omit<FetchOptions, 'publicOnly' | 'limiter' | 'etag' | 'lastModified' | 'accept'>;
  now?: () => Date;
  /** Called after each item stored as a new document (alert evaluation hooks in here). */
  afterIngest?: (item: FeedItem) => Promise<void>;
}

export interface ItemOutcome {
  key: string;
  status: FeedItem['status'] | 'seen';
  source?: string;
  error?: string;
  created: string[];
  corroborated: string[];
  dated_by?: DatedBy;
  published?: string;
  warnings: string[];
}

export interface FeedRun {
  feed: string;
  name: string;
  /** `ok`: read (new items or none); `not-modified`: a 304; `failed`: the feed itself could not be read. */
  status: 'ok' | 'not-modified' | 'failed';
  error?: string;
  format?: FeedState['format'];
  items: ItemOutcome[];
  warnings: string[];
  ms: number;
}

/** One line for an error, whatever threw it. */
export function errorText(error: unknown): string {
  if (error instanceof ValidationError) return error.problems.map((p) => formatProblem(p)).join('; ');
  if (error instanceof OrreryError || error instanceof Error) return error.message;
  return String(error);
}

const PAGE_ACCEPT = 'text/html, application/xhtml+xml, text/plain;q=0.8, application/pdf;q=0.7, */*;q=0.1';
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

interface Source {
  key: string;
  /** The URL or path, as messages and the ingest pipeline name it. */
  name: string;
  /** Fetch or read the item's bytes, with the format they are in when the content type says. */
  load(): Promise<{ bytes: Buffer; format?: DocumentFormat; url?: string }>;
  entry?: FeedEntry;
}

/** Ingest the items not seen before (or failed fewer than MAX_ATTEMPTS times); record each. */
async function runItems(ctx: WatchContext, feed: Feed, sources: Source[], outcomes: ItemOutcome[]): Promise<void> {
  const now = (ctx.now ?? (() => new Date()))();
  const fetched = now.toISOString().slice(0, 10);
  for (const src of sources) {
    const known = await ctx.store.findFeedItem(feed.id, src.key);
    if (known && (known.status !== 'failed' || known.attempts >= MAX_ATTEMPTS)) {
      if (feed.kind !== 'directory')
        outcomes.push({ key: src.key, status: 'seen', created: [], corroborated: [], warnings: [] });
      continue;
    }
    const attempts = (known?.attempts ?? 0) + 1;
    const base = { feed: feed.id, key: src.key, attempts, seen: now.toISOString(), created: [], corroborated: [] };
    let item: FeedItem;
    const warnings: string[] = [];
    try {
      const loaded = await src.load();
      const hash = sha256Hex(loaded.bytes);
      // The same bytes read under another key (a tracking query, a touched file) are not ingested again.
      const same = await ctx.store.findFeedItem(feed.id, src.key, hash);
      if (same && same.status !== 'failed') {
        item = { ...base, sha256: hash, status: 'duplicate', ...(same.source ? { source: same.source } : {}) };
      } else {
        const { report, datedBy } = await ctx.ingest({
          bytes: loaded.bytes,
          name: src.name,
          ...(loaded.format ? { format: loaded.format } : {}),
          ...(loaded.url ? { url: loaded.url } : {}),
          ...(src.entry?.title ? { title: src.entry.title } : {}),
          ...(src.entry?.published ? { published: src.entry.published } : {}),
          fetched,
          ...(ctx.http?.maxBytes ? { maxBytes: ctx.http.maxBytes } : {}),
        });
        warnings.push(...report.warnings);
        item = {
          ...base,
          sha256: hash,
          status: report.duplicate ? 'duplicate' : 'ingested',
          source: report.source.id,
          ...(report.duplicate ? {} : { published: report.source.published, dated_by: datedBy }),
          created: report.created,
          corroborated: report.corroborated,
        };
      }
    } catch (error) {
      item = { ...base, status: 'failed', error: errorText(error) };
    }
    const state = { ...feed.state };
    if (!known) state.items_seen += 1;
    if (item.status === 'ingested') state.items_ingested += 1;
    feed.state = state;
    await ctx.store.putFeedItem(item, feed);
    outcomes.push({
      key: item.key,
      status: item.status,
      ...(item.source ? { source: item.source } : {}),
      ...(item.error ? { error: item.error } : {}),
      created: item.created,
      corroborated: item.corroborated,
      ...(item.dated_by ? { dated_by: item.dated_by } : {}),
      ...(item.published ? { published: item.published } : {}),
      warnings,
    });
    if (item.status === 'ingested') await ctx.afterIngest?.(item);
  }
}

const sha256Hex = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Run one feed now. Never throws: a failure is in the result and in the feed's stored state. */
export async function runFeed(ctx: WatchContext, stored: Feed): Promise<FeedRun> {
  const started = performance.now();
  const now = (ctx.now ?? (() => new Date()))();
  const feed: Feed = { ...stored, state: { ...stored.state } };
  const run: FeedRun = { feed: feed.id, name: feed.name, status: 'ok', items: [], warnings: [], ms: 0 };
  const http = { ...ctx.http, publicOnly: feed.public_only, ...(ctx.limiter ? { limiter: ctx.limiter } : {}) };
  try {
    if (feed.kind === 'directory') {
      const { items, problems } = await readDirectoryItems(feed.target, ctx.http?.maxBytes);
      run.warnings.push(...problems);
      run.format = 'directory';
      await runItems(ctx, feed, items.map(directorySource), run.items);
    } else {
      const answer = await fetchUrl(feed.target, {
        ...http,
        accept: FEED_ACCEPT,
        ...(feed.state.etag ? { etag: feed.state.etag } : {}),
        ...(feed.state.last_modified ? { lastModified: feed.state.last_modified } : {}),
      });
      if (answer.status === 304) run.status = 'not-modified';
      else {
        const what = classify(answer.contentType, answer.body);
        if (what.kind === 'refused') throw new Error(what.reason);
        let sources: Source[];
        if (what.kind === 'feed') {
          const parsed = parseFeed(answer.body.toString('utf8'), answer.url);
          run.format = parsed.format;
          run.warnings.push(...parsed.warnings);
          sources = parsed.entries.map((entry) => ({
            key: entry.url,
            name: entry.url,
            entry,
            load: async () => {
              const page = await fetchUrl(entry.url, { ...http, accept: PAGE_ACCEPT });
              const kind = classify(page.contentType, page.body);
              if (kind.kind !== 'page')
                throw new Error(kind.kind === 'feed' ? 'the item links to a feed, not a page' : kind.reason);
              return { bytes: page.body, format: kind.format, url: page.url };
            },
          }));
        } else {
          // A plain page: one item per distinct content (the same bytes are not read twice).
          run.format = 'page';
          const key = `${answer.url}#sha256=${sha256Hex(answer.body).slice(0, 16)}`;
          sources = [
            { key, name: answer.url, load: async () => ({ bytes: answer.body, format: what.format, url: answer.url }) },
          ];
        }
        await runItems(ctx, feed, sources, run.items);
        // Validators are kept only once the items they cover are recorded.
        feed.state.etag = answer.etag;
        feed.state.last_modified = answer.lastModified;
        if (!answer.etag) delete feed.state.etag;
        if (!answer.lastModified) delete feed.state.last_modified;
      }
    }
    if (run.format) feed.state.format = run.format;
    feed.state.last_ok = now.toISOString();
    feed.state.failures = 0;
    delete feed.state.last_error;
  } catch (error) {
    run.status = 'failed';
    run.error = errorText(error);
    feed.state.last_error = run.error;
    feed.state.failures += 1;
  }
  feed.state.last_run = now.toISOString();
  try {
    await ctx.store.putFeed(feed);
  } catch (error) {
    run.status = 'failed';
    run.error = `${run.error ? `${run.error}; ` : ''}the feed's state could not be stored: ${errorText(error)}`;
  }
  run.ms = performance.now() - started;
  return run;
}

/** A file of a watched directory, keyed by its path, size and modification time: a changed file is read again. */
function directorySource(item: DirectoryItem): Source {
  return {
    key: `${item.path}@${item.size}:${item.mtimeMs}`,
    name: item.path,
    load: async () => ({ bytes: await item.read() }),
  };
}
