/**
 * Watched feeds (`orrery watch`): a URL (an RSS or Atom feed, or a plain page) or a directory that is
 * read on a schedule, with its state (conditional-GET validators, last run, last error) and the
 * items seen in it, so that each item is ingested once. Kept in the store (Store.putFeed, putFeedItem).
 */
import { z } from 'zod';
import { RecordId, Sha256 } from './ids.js';

export const FEED_KINDS = ['url', 'directory'] as const;
/** What a URL turned out to be at its last run. */
export const FEED_FORMATS = ['rss', 'atom', 'page', 'directory'] as const;

export const FeedState = z
  .object({
    /** Validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
    etag: z.string().optional(),
    last_modified: z.string().optional(),
    format: z.enum(FEED_FORMATS).optional(),
    /** ISO timestamps of the last run, and of the last run that ended without an error. */
    last_run: z.string().optional(),
    last_ok: z.string().optional(),
    /** The last run's error (absent after a run without one), and how many runs in a row failed. */
    last_error: z.string().optional(),
    failures: z.number().int().nonnegative().default(0),
    /** Items seen over the feed's life, and of them ingested as new documents. */
    items_seen: z.number().int().nonnegative().default(0),
    items_ingested: z.number().int().nonnegative().default(0),
  })
  .strict();
export type FeedState = z.infer<typeof FeedState>;

export const Feed = z
  .object({
    id: RecordId,
    name: z.string().min(1).max(200),
    kind: z.enum(FEED_KINDS),
    /** An http(s) URL, or an absolute directory path. */
    target: z.string().min(1),
    /** Seconds between runs. */
    every: z.number().int().positive(),
    /** Refuse non-public addresses when fetching (the feed and every page it links). */
    public_only: z.boolean().default(false),
    added: z.string(),
    state: FeedState,
  })
  .strict();
export type Feed = z.infer<typeof Feed>;

export const FEED_ITEM_STATUSES = ['ingested', 'duplicate', 'failed'] as const;

/** One item of a feed (an article URL, the page itself, or a file of a directory). */
export const FeedItem = z
  .object({
    feed: RecordId,
    /** The item's URL, or the file's path: items are de-duplicated by it within a feed. */
    key: z.string().min(1),
    /** SHA-256 of the bytes read (absent when nothing could be read). */
    sha256: Sha256.optional(),
    status: z.enum(FEED_ITEM_STATUSES),
    /** The stored source (new or already stored) the item became. */
    source: z.string().optional(),
    error: z.string().optional(),
    attempts: z.number().int().positive(),
    /** When it was last read (ISO timestamp). */
    seen: z.string(),
    /** The publication date used, and where it came from. */
    published: z.string().optional(),
    dated_by: z.enum(['item', 'page', 'fetch']).optional(),
    /** Ids of the events the item created and corroborated. */
    created: z.array(z.string()).default([]),
    corroborated: z.array(z.string()).default([]),
  })
  .strict();
export type FeedItem = z.infer<typeof FeedItem>;
