/**
 * The rows each record becomes in the PostgreSQL store (the same rows the SQLite store writes):
 * the record as JSON with its filter columns, names, event actors, citations and search entries.
 * Rows are gathered in a RowSet and written per table; deletions run directly.
 */
import {
  firstDay,
  lastDay,
  type Actor,
  type Conflict,
  type Corridor,
  type Dependency,
  type Indicator,
  type Relation,
  type Source,
} from '../../model/index.js';
import { actorNames, normName } from '../../model/index.js';
import {
  citationRows,
  conflictRecordIds,
  eventActorRows,
  eventCitationRows,
  eventValues,
  searchText,
  type CitationRow,
} from '../encoding/record-tables.js';
import type { SearchHit, StoredEvent } from '../store.js';
import { noNul, type Queryable, type RowSet } from './tables.js';
import { tsvectorLiteral } from './text-search.js';

export type SourceOrigin = 'shipped' | 'ingested' | 'imported';

const utf8 = (text: string | undefined): Buffer | null => (text === undefined ? null : Buffer.from(text, 'utf8'));

function cite(rows: RowSet, list: CitationRow[]): void {
  for (const c of list) rows.add('citations', [c.kind, c.record_id, c.field, c.source_id, c.start, c.end, c.sha256]);
}

function index(rows: RowSet, kind: SearchHit['kind'], id: string, text: string): void {
  rows.add('search', [kind, id, noNul(text), tsvectorLiteral(text)]);
}

/** A source row. Callers delete an existing row with the same id first (SQLite's INSERT OR REPLACE). */
export function addSource(rows: RowSet, s: Source, origin: SourceOrigin, text?: string): void {
  rows.add('sources', [s.id, origin, s.published, s.sha256, JSON.stringify(s), utf8(text)]);
}

export function addActor(rows: RowSet, a: Actor): void {
  rows.add('actors', [a.id, a.kind, noNul(a.name), JSON.stringify(a)]);
  for (const n of actorNames(a)) rows.add('actor_names', [a.id, normName(n.name), noNul(n.name), n.kind]);
  cite(rows, citationRows('actor', a.id, a));
  index(rows, 'actor', a.id, searchText.actor(a));
}

export function addEvent(rows: RowSet, e: StoredEvent): void {
  rows.add('events', eventValues(e, noNul));
  for (const r of eventActorRows(e)) rows.add('event_actors', [e.id, r.side, r.actor_id, r.country]);
  cite(rows, eventCitationRows(e));
  index(rows, 'event', e.id, searchText.event(e));
}

export function addRelation(rows: RowSet, r: Relation): void {
  rows.add('relations', [
    r.id,
    r.type,
    r.actors[0],
    r.actors[1],
    firstDay(r.from),
    r.to ? lastDay(r.to) : null,
    JSON.stringify(r),
  ]);
  cite(rows, citationRows('relation', r.id, r));
  index(rows, 'relation', r.id, searchText.relation(r));
}

export function addIndicator(rows: RowSet, i: Indicator): void {
  rows.add('indicators', [i.id, i.actor, i.metric, firstDay(i.date), JSON.stringify(i)]);
  cite(rows, citationRows('indicator', i.id, i));
  index(rows, 'indicator', i.id, searchText.indicator(i));
}

export function addDependency(rows: RowSet, d: Dependency): void {
  rows.add('dependencies', [d.id, d.from, d.to, d.commodity, JSON.stringify(d)]);
  cite(rows, citationRows('dependency', d.id, d));
  index(rows, 'dependency', d.id, searchText.dependency(d));
}

export function addCorridor(rows: RowSet, c: Corridor): void {
  rows.add('corridors', [c.id, JSON.stringify(c)]);
  cite(rows, citationRows('corridor', c.id, c));
  index(rows, 'corridor', c.id, searchText.corridor(c));
}

export function addConflict(rows: RowSet, c: Conflict, origin: 'curated' | 'ingested' = 'curated'): void {
  rows.add('conflicts', [c.id, c.kind, origin, JSON.stringify(c)]);
  for (const id of conflictRecordIds(c)) rows.add('conflict_records', [c.id, id]);
  cite(rows, citationRows('conflict', c.id, c));
  index(rows, 'conflict', c.id, searchText.conflict(c));
}

/** Remove events and the rows derived from them (their actor rows cascade); returns how many events went. */
export async function deleteEvents(db: Queryable, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  await db.query(`DELETE FROM citations WHERE kind = 'event' AND record_id = ANY($1::text[])`, [ids]);
  await db.query(`DELETE FROM search WHERE kind = 'event' AND id = ANY($1::text[])`, [ids]);
  return (await db.query('DELETE FROM events WHERE id = ANY($1::text[])', [ids])).rowCount ?? 0;
}

/** Remove conflicts and the rows derived from them (their record links cascade). */
export async function deleteConflicts(db: Queryable, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.query(`DELETE FROM citations WHERE kind = 'conflict' AND record_id = ANY($1::text[])`, [ids]);
  await db.query(`DELETE FROM search WHERE kind = 'conflict' AND id = ANY($1::text[])`, [ids]);
  await db.query('DELETE FROM conflicts WHERE id = ANY($1::text[])', [ids]);
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
