/**
 * The rows each record becomes, written once for both SQL stores: the record as JSON with its filter
 * columns, its names, event actor rows, citations and search entry. A store hands these functions a
 * RowSink that writes the rows its way (SQLite one prepared insert per row, PostgreSQL gathered per
 * table), and loads a dataset through writeDataset after clearing what the dataset replaces.
 */
import {
  actorNames,
  deriveEvent,
  firstDay,
  lastDay,
  normName,
  type Actor,
  type Conflict,
  type Corridor,
  type Dataset,
  type Dependency,
  type Indicator,
  type Relation,
  type Source,
  type SourceClaim,
} from '../../model/index.js';
import {
  EVENT_WRITE_COLUMNS,
  citationRows,
  conflictRecordIds,
  eventActorRows,
  eventCitationRows,
  eventValues,
  searchText,
  type CitationRow,
} from '../encoding/record-tables.js';
import type { SearchHit, StoredEvent } from '../store.js';

/** The columns each table is written with, in the order the row values come. */
export const COLUMNS = {
  sources: ['id', 'origin', 'published', 'sha256', 'json', 'text'],
  actors: ['id', 'kind', 'name', 'json'],
  actor_names: ['actor_id', 'norm', 'name', 'kind'],
  events: EVENT_WRITE_COLUMNS.split(',').map((c) => c.trim()),
  event_actors: ['event_id', 'side', 'actor_id', 'country'],
  relations: ['id', 'type', 'a', 'b', 'day_first', 'day_last', 'json'],
  indicators: ['id', 'actor', 'metric', 'day_first', 'json'],
  dependencies: ['id', 'from_actor', 'to_actor', 'commodity', 'json'],
  corridors: ['id', 'json'],
  conflicts: ['id', 'kind', 'origin', 'json'],
  conflict_records: ['conflict_id', 'record_id'],
  claims: ['id', 'json'],
  citations: ['kind', 'record_id', 'field', 'source_id', 'start', '"end"', 'sha256'],
} as const;

export type RecordTable = keyof typeof COLUMNS;

export type SourceOrigin = 'shipped' | 'ingested' | 'imported';

/** Where a store's rows go, and what differs in them. */
export interface RowSink {
  /** A row of `table`, its values in COLUMNS order (a stored source with the same id is replaced first, by the sink or its caller). */
  row(table: RecordTable, values: unknown[]): void;
  /** The full-text search entry of a record. */
  search(kind: SearchHit['kind'], id: string, text: string): void;
  /** A derived text column's value (PostgreSQL text cannot hold NUL). */
  text(s: string): string;
  /** A source's text column's value, or null without a text. */
  sourceText(text: string | undefined): unknown;
  /** Whether imported events get citation and search rows (SQLite leaves them out to keep bulk imports fast). */
  readonly indexImported: boolean;
}

function cite(sink: RowSink, list: CitationRow[]): void {
  for (const c of list) sink.row('citations', [c.kind, c.record_id, c.field, c.source_id, c.start, c.end, c.sha256]);
}

export function writeSource(sink: RowSink, s: Source, origin: SourceOrigin, text?: string): void {
  sink.row('sources', [s.id, origin, s.published, s.sha256, JSON.stringify(s), sink.sourceText(text)]);
}

export function writeActor(sink: RowSink, a: Actor): void {
  sink.row('actors', [a.id, a.kind, sink.text(a.name), JSON.stringify(a)]);
  for (const n of actorNames(a)) sink.row('actor_names', [a.id, normName(n.name), sink.text(n.name), n.kind]);
  cite(sink, citationRows('actor', a.id, a));
  sink.search('actor', a.id, searchText.actor(a));
}

export function writeEvent(sink: RowSink, e: StoredEvent): void {
  sink.row('events', eventValues(e, sink.text));
  for (const r of eventActorRows(e)) sink.row('event_actors', [e.id, r.side, r.actor_id, r.country]);
  if (e.origin.kind === 'imported' && !sink.indexImported) return;
  cite(sink, eventCitationRows(e));
  sink.search('event', e.id, searchText.event(e));
}

export function writeRelation(sink: RowSink, r: Relation): void {
  const days = [firstDay(r.from), r.to ? lastDay(r.to) : null];
  sink.row('relations', [r.id, r.type, r.actors[0], r.actors[1], ...days, JSON.stringify(r)]);
  cite(sink, citationRows('relation', r.id, r));
  sink.search('relation', r.id, searchText.relation(r));
}

export function writeIndicator(sink: RowSink, i: Indicator): void {
  sink.row('indicators', [i.id, i.actor, i.metric, firstDay(i.date), JSON.stringify(i)]);
  cite(sink, citationRows('indicator', i.id, i));
  sink.search('indicator', i.id, searchText.indicator(i));
}

export function writeDependency(sink: RowSink, d: Dependency): void {
  sink.row('dependencies', [d.id, d.from, d.to, d.commodity, JSON.stringify(d)]);
  cite(sink, citationRows('dependency', d.id, d));
  sink.search('dependency', d.id, searchText.dependency(d));
}

export function writeCorridor(sink: RowSink, c: Corridor): void {
  sink.row('corridors', [c.id, JSON.stringify(c)]);
  cite(sink, citationRows('corridor', c.id, c));
  sink.search('corridor', c.id, searchText.corridor(c));
}

export function writeConflict(sink: RowSink, c: Conflict, origin: 'curated' | 'ingested' = 'curated'): void {
  sink.row('conflicts', [c.id, c.kind, origin, JSON.stringify(c)]);
  for (const id of conflictRecordIds(c)) sink.row('conflict_records', [c.id, id]);
  cite(sink, citationRows('conflict', c.id, c));
  sink.search('conflict', c.id, searchText.conflict(c));
}

function writeClaim(sink: RowSink, c: SourceClaim): void {
  sink.row('claims', [c.id, JSON.stringify(c)]);
}

/** The last record per id, in the order the survivors were last written (what repeated replacing leaves). */
export function lastById<T extends { id: string }>(records: T[]): T[] {
  const byId = new Map<string, T>();
  for (const r of records) {
    byId.delete(r.id);
    byId.set(r.id, r);
  }
  return [...byId.values()];
}

/**
 * What loading a dataset clears first. Coded and imported events, ingested and imported sources, and
 * conflicts found while ingesting are kept.
 */
export const CLEAR_CURATED = `
  DELETE FROM citations WHERE (kind = 'event' AND record_id IN (SELECT id FROM events WHERE origin = 'curated'))
    OR (kind = 'conflict' AND record_id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
    OR kind NOT IN ('event', 'conflict');
  DELETE FROM search WHERE (kind = 'event' AND id IN (SELECT id FROM events WHERE origin = 'curated'))
    OR (kind = 'conflict' AND id IN (SELECT id FROM conflicts WHERE origin = 'curated'))
    OR kind NOT IN ('event', 'conflict');
  DELETE FROM conflicts WHERE origin = 'curated'; DELETE FROM claims; DELETE FROM corridors; DELETE FROM dependencies;
  DELETE FROM indicators; DELETE FROM relations; DELETE FROM events WHERE origin = 'curated'; DELETE FROM actors;
  DELETE FROM sources WHERE origin = 'shipped';`;

/**
 * Every row of a dataset, after CLEAR_CURATED (a shipped source replaces a stored one with its id).
 * Returns the dataset's sources, the last of each id, as written.
 */
export function writeDataset(sink: RowSink, ds: Dataset): Source[] {
  const sources = lastById(ds.sources);
  for (const s of sources) writeSource(sink, s, 'shipped');
  for (const a of ds.actors) writeActor(sink, a);
  const byId = new Map(ds.actors.map((a) => [a.id, a]));
  for (const e of ds.events)
    writeEvent(
      sink,
      deriveEvent(e, (id) => byId.get(id)),
    );
  for (const r of ds.relations) writeRelation(sink, r);
  for (const i of ds.indicators) writeIndicator(sink, i);
  for (const d of ds.dependencies) writeDependency(sink, d);
  for (const c of ds.corridors) writeCorridor(sink, c);
  for (const c of ds.conflicts) writeConflict(sink, c);
  for (const c of ds.claims ?? []) writeClaim(sink, c);
  return sources;
}
