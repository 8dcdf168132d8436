/**
 * What both SQL stores do around a write, written once: inputs are checked against the schemas before
 * any transaction starts, one import at a time per store, and a single review is a batch of one. A
 * store implements the writes themselves (the `write*` and `openImport` hooks) its own way.
 */
import {
  Conflict as ConflictSchema,
  Source as SourceSchema,
  type AlertFiring,
  type AlertRule,
  type Conflict,
  type Event,
  type Feed,
  type FeedItem,
  type Source,
} from '../../model/index.js';
import type { DocumentCommit, ImportSession, Store, StoredEvent } from '../store.js';
import { parseDocument, parseEvent } from './document-rules.js';
import * as monitoring from './monitoring.js';
import { SqlReads } from './sql-reads.js';

export interface ImportOptions {
  commitEvery?: number;
  skipStored?: boolean;
}

export abstract class SqlStore extends SqlReads implements Partial<Store> {
  /** The import open on this store, while it is being opened or is open. */
  protected importing: Promise<ImportSession> | undefined;

  /** Write a parsed document with its events, corroborations and conflicts, unless its source is stored. */
  protected abstract writeDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }>;
  /** Insert or replace parsed events. */
  protected abstract writeEvents(events: Event[]): Promise<void>;
  /** Replace parsed events, each whose version must still be its `ifMatch`: all or none. */
  protected abstract writeUpdates(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]>;
  /** Replace parsed conflicts found while ingesting. */
  protected abstract writeConflicts(conflicts: Conflict[]): Promise<void>;
  /** Run statements in one transaction; each one's count of rows changed. */
  protected abstract runWrites(writes: monitoring.Write[]): Promise<number[]>;
  /** Open an import of a parsed source; `done` is called when it ends. */
  protected abstract openImport(source: Source, opts: ImportOptions, done: () => void): Promise<ImportSession>;

  async commitDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }> {
    return this.writeDocument(parseDocument(doc));
  }

  async putEvents(events: Event[]): Promise<void> {
    return this.writeEvents(events.map(parseEvent));
  }

  async updateEvent(event: Event, ifMatch?: string): Promise<StoredEvent> {
    const [stored] = await this.writeUpdates([{ event: parseEvent(event), ifMatch }]);
    return stored as StoredEvent;
  }

  async updateEvents(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]> {
    return this.writeUpdates(changes.map((c) => ({ event: parseEvent(c.event), ifMatch: c.ifMatch })));
  }

  async putConflicts(conflicts: Conflict[]): Promise<void> {
    return this.writeConflicts(conflicts.map((c) => ConflictSchema.parse(c)));
  }

  async beginImport(source: Source, opts: ImportOptions = {}): Promise<ImportSession> {
    if (this.importing) throw new Error('another import is already open on this store connection');
    const parsed = SourceSchema.parse(source);
    // Claimed before the first await, so a second beginImport on this store is refused at once.
    const opening = this.openImport(parsed, opts, () => (this.importing = undefined));
    this.importing = opening;
    try {
      return await opening;
    } catch (error) {
      this.importing = undefined;
      throw error;
    }
  }

  async listFeeds(): Promise<Feed[]> {
    return this.read(monitoring.listFeeds(this.dialect));
  }

  async getFeed(id: string): Promise<Feed | undefined> {
    return this.read(monitoring.feedById(this.dialect, id));
  }

  async putFeed(feed: Feed): Promise<void> {
    await this.runWrites(monitoring.putFeed(this.dialect, feed));
  }

  async deleteFeed(id: string): Promise<boolean> {
    const [, feeds] = await this.runWrites(monitoring.deleteFeed(this.dialect, id));
    return (feeds ?? 0) > 0;
  }

  async findFeedItem(feed: string, key: string, sha256?: string): Promise<FeedItem | undefined> {
    return this.read(monitoring.findFeedItem(this.dialect, feed, key, sha256));
  }

  async listFeedItems(feed: string): Promise<FeedItem[]> {
    return this.read(monitoring.listFeedItems(this.dialect, feed));
  }

  async putFeedItem(item: FeedItem, feed?: Feed): Promise<void> {
    const writes = monitoring.putFeedItem(this.dialect, item);
    if (feed) writes.push(...monitoring.putFeed(this.dialect, feed));
    await this.runWrites(writes);
  }

  async listAlertRules(): Promise<AlertRule[]> {
    return this.read(monitoring.listAlertRules(this.dialect));
  }

  async putAlertRules(rules: AlertRule[], firings: AlertFiring[] = []): Promise<void> {
    await this.runWrites([
      ...monitoring.putAlertRules(this.dialect, rules),
      ...monitoring.putAlertFirings(this.dialect, firings),
    ]);
  }

  async deleteAlertRule(id: string): Promise<boolean> {
    const [, rules] = await this.runWrites(monitoring.deleteAlertRule(this.dialect, id));
    return (rules ?? 0) > 0;
  }

  async listAlertFirings(filter: { rule?: string; limit?: number } = {}): Promise<AlertFiring[]> {
    return this.read(monitoring.listAlertFirings(this.dialect, filter));
  }
}
