/**
 * The store: Orrery's persistence behind one interface. SQLite (better-sqlite3, one file, nothing to
 * set up) is the embedded default; a PostgreSQL backend implements the same interface, and the
 * conformance suite in test/store/conformance.ts runs against every backend.
 *
 * Methods are asynchronous so that a network database can implement them; every write runs in one
 * transaction and either happens whole or not at all.
 */
import type {
  Actor,
  AlertFiring,
  AlertRule,
  Feed,
  FeedItem,
  Citation,
  Conflict,
  SourceClaim,
  Corridor,
  Counts,
  Dataset,
  Dependency,
  Event,
  EventType,
  Indicator,
  Relation,
  Source,
  Status,
  StoredEvent,
} from '../model/index.js';
import type { ImportedRows } from '../ingest/exchange/wire/row-batch.js';
import type { PackedRows } from '../ingest/exchange/wire/packed-batch.js';

/** An event as the store returns it (defined with the model, re-exported here for the store's users). */
export type { StoredEvent } from '../model/index.js';

export type OriginKind = 'curated' | 'coded' | 'imported';

export interface EventQuery {
  /** Events in which any of these actors takes part, directly or through the state they resolve to. */
  actor?: string[];
  /** Events between two actors (either side, either direction), directly or through resolution. */
  pair?: [string, string];
  types?: EventType[];
  /** Partial dates; an event is kept when its dates overlap [from, to]. */
  from?: string;
  to?: string;
  /** Full-text search over the summary. */
  text?: string;
  status?: Status[];
  origin?: OriginKind[];
  /** For coded events: which review states to include (default: all). */
  review?: Array<'pending' | 'accepted' | 'rejected'>;
  limit?: number;
  offset?: number;
}

/**
 * What `Store.findCandidates` looks for: the stored events a newly coded one may be (the same event,
 * or the same event dated differently), found through indexes, never by reading every event.
 */
export interface CandidateQuery {
  type: EventType;
  /**
   * The actors of both sides of the new event and the states they resolve to: an event is a
   * candidate when one of its sides (an actor, or a state a side resolves to) is among them.
   */
  actors: string[];
  /** The new event's dates (partial dates); candidates' days come within `windowDays` of them. */
  date: string;
  end_date?: string | null;
  windowDays: number;
  /**
   * Which origins to look in (default curated and coded). Imported rows are found by their first
   * day: one that starts before the window and runs into it is not a candidate.
   */
  origin?: OriginKind[];
}

export interface RelationQuery {
  actor?: string;
  /** Only relations in force on this day. */
  at?: string;
  type?: string;
}

export interface SearchHit {
  kind: 'actor' | 'event' | 'relation' | 'indicator' | 'dependency' | 'corridor' | 'conflict';
  id: string;
  text: string;
}

/**
 * One ingested document, written whole or not at all (`Store.commitDocument`): its source and text,
 * the new (coded) events, citations that corroborate events already stored, and conflicts found.
 */
export interface DocumentCommit {
  source: Source;
  text: string;
  events: Event[];
  /** A citation to add to an existing event; `ifMatch` is the event's version when it was matched. */
  corroborations: Array<{ event: string; citation: Citation; ifMatch: string }>;
  conflicts: Conflict[];
}

/**
 * What one batch of an import did: `added` events stored under an id not stored before, and
 * `existing` events whose id was already stored or came earlier in the batch (replaced, or, with
 * `skipStored`, left as they were).
 */
export interface BatchWritten {
  added: number;
  existing: number;
}

/**
 * A bulk import: a transaction that events are streamed into in batches, committed or rolled back
 * whole; or, with `commitEvery`, committed every so many events (a rollback then undoes only the
 * events since the last intermediate commit, and `durable` says how many were kept). The source
 * record is written in the first transaction, so no kept event cites a missing source (an importer
 * marks it unfinished there and replaces it at the final commit). The text of the imported file is stored in chunks
 * beside its source record, so imported events cite the rows they came from like any other passage.
 */
export interface ImportSession {
  /** Events made permanent so far (by intermediate commits, then by the final one); absent means 0 until commit. */
  readonly durable?: number;
  /** Insert or replace events. Importers hand in records that already satisfy the Event schema. */
  addEvents(events: Event[]): Promise<BatchWritten>;
  /**
   * Insert or replace the events of a batch of imported rows (GDELT, ICEWS), as columns or packed
   * (a packed batch stands for `unpackRows(rows)`): what is stored is what
   * `addEvents(rowEvents(rows))` would store; a backend may write the columns more directly.
   */
  addRows(rows: ImportedRows | PackedRows): Promise<BatchWritten>;
  /** Append the next piece of the imported file's text, as a string or as its UTF-8 bytes (valid UTF-8). */
  appendText(chunk: string | Uint8Array): Promise<void>;
  /** Make the import permanent; `source`, when given, replaces the record passed to beginImport (same id). */
  commit(source?: Source): Promise<void>;
  rollback(): Promise<void>;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Bring the schema up to the latest migration. Idempotent. */
  migrate(): Promise<void>;
  schemaVersion(): Promise<number>;
  /** True when no dataset has been loaded. */
  isEmpty(): Promise<boolean>;
  /**
   * Replace the curated dataset (sources, actors, curated events, relations, indicators,
   * dependencies, corridors, conflicts, claims) in one transaction. Coded and imported events are kept.
   */
  loadDataset(ds: Dataset): Promise<Counts>;
  /** Everything in the store as a Dataset (events include coded and imported ones). */
  readDataset(): Promise<Dataset>;
  counts(): Promise<Counts & { events_by_origin: Record<OriginKind, number> }>;

  listSources(): Promise<Source[]>;
  getSource(id: string): Promise<Source | undefined>;
  /** Text stored for a source (ingested documents); shipped sources are read from disk instead. */
  getSourceText(id: string): Promise<string | undefined>;
  putSource(source: Source, text?: string): Promise<void>;
  /** The source whose text hashes to `sha256` (shipped, ingested or imported), if any. */
  findSourceBySha256(sha256: string): Promise<Source | undefined>;
  /**
   * Write an ingested document in one transaction. Nothing is written and `duplicate` is true when a
   * source with the same SHA-256 is already stored. A corroborated event whose version no longer
   * equals its `ifMatch` aborts the whole commit with a ConflictError.
   */
  commitDocument(doc: DocumentCommit): Promise<{ duplicate: boolean }>;
  /**
   * Start a bulk import for `source` (its text arrives through `appendText`). Imported sources and
   * their events are kept when the curated dataset is reloaded. With `skipStored` (resuming an
   * interrupted import), events whose id is already stored are left as they are instead of replaced.
   */
  beginImport(source: Source, opts?: { commitEvery?: number; skipStored?: boolean }): Promise<ImportSession>;

  listActors(filter?: { kind?: string }): Promise<Actor[]>;
  getActor(id: string): Promise<Actor | undefined>;
  /** Actors whose id, name, alias, metonym or demonym equals `name` (case-insensitive). */
  findActors(name: string): Promise<Actor[]>;

  listEvents(query?: EventQuery): Promise<StoredEvent[]>;
  countEvents(query?: EventQuery): Promise<number>;
  /** Events that may be the same as a newly coded one (see CandidateQuery), by day then id. */
  findCandidates(query: CandidateQuery): Promise<StoredEvent[]>;
  getEvent(id: string): Promise<StoredEvent | undefined>;
  /** Insert or replace events (coded, imported or edited) in one transaction. */
  putEvents(events: Event[]): Promise<void>;
  deleteEvent(id: string): Promise<boolean>;
  /**
   * Replace one event, checking optimistic concurrency: when `ifMatch` is given and the stored
   * event's version (eventVersion in derive.ts) differs, nothing is written and a ConflictError is
   * thrown; a missing event is a NotFoundError. Returns the event as stored.
   */
  updateEvent(event: Event, ifMatch?: string): Promise<StoredEvent>;
  /** Replace several events in one transaction, each checked as `updateEvent` checks it: all are written or none. */
  updateEvents(changes: Array<{ event: Event; ifMatch?: string }>): Promise<StoredEvent[]>;

  listRelations(query?: RelationQuery): Promise<Relation[]>;
  getRelation(id: string): Promise<Relation | undefined>;
  listIndicators(filter?: { actor?: string; metric?: string }): Promise<Indicator[]>;
  listDependencies(filter?: { actor?: string; commodity?: string }): Promise<Dependency[]>;
  listCorridors(): Promise<Corridor[]>;
  getCorridor(id: string): Promise<Corridor | undefined>;
  /** Conflicts, optionally only those that involve a given record. */
  listConflicts(filter?: { record?: string }): Promise<Conflict[]>;
  /** Insert or replace conflicts found while ingesting; unlike curated ones they survive a dataset reload. */
  putConflicts(conflicts: Conflict[]): Promise<void>;
  /** The sources' claims (curated with the dataset), by id. */
  listClaims(): Promise<SourceClaim[]>;

  /** Watched feeds (`orrery watch`), by id, with their state. */
  listFeeds(): Promise<Feed[]>;
  getFeed(id: string): Promise<Feed | undefined>;
  /** Insert or replace a feed (its settings and state). */
  putFeed(feed: Feed): Promise<void>;
  /** Remove a feed and its items; false when there was none. */
  deleteFeed(id: string): Promise<boolean>;
  /** The feed's item with this key (URL or path), or else, when `sha256` is given, one read with the same bytes. */
  findFeedItem(feed: string, key: string, sha256?: string): Promise<FeedItem | undefined>;
  listFeedItems(feed: string): Promise<FeedItem[]>;
  /** Insert or replace an item, and with it (in the same transaction) the feed's new state when given. */
  putFeedItem(item: FeedItem, feed?: Feed): Promise<void>;

  /** Alert rules (`orrery alert`), by id, with what each saw when last evaluated. */
  listAlertRules(): Promise<AlertRule[]>;
  /** Insert or replace rules and record firings, in one transaction. */
  putAlertRules(rules: AlertRule[], firings?: AlertFiring[]): Promise<void>;
  /** Remove a rule and what it fired; false when there was none. */
  deleteAlertRule(id: string): Promise<boolean>;
  /** What fired, newest first. */
  listAlertFirings(filter?: { rule?: string; limit?: number }): Promise<AlertFiring[]>;

  /** Full-text search over names and summaries of every kind. */
  search(text: string, limit?: number): Promise<SearchHit[]>;

  close(): Promise<void>;
}
