/** Writing records into the SQLite tables: one function per kind, sharing citation and search rows. */
import { EVENT_WRITE_COLUMNS, EVENT_WRITE_WIDTH, eventActorRows, eventValues } from '../encoding/record-tables.js';
import type Database from 'better-sqlite3';
import {
  citationsOf,
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
import type { StoredEvent } from '../store.js';

type Db = Database.Database;

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per database connection. */
export function stmt(db: Db, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) byDb.set(sql, (s = db.prepare(sql)));
  return s;
}

function cite(db: Db, kind: string, id: string, record: unknown): void {
  const insert = stmt(
    db,
    'INSERT INTO citations (kind, record_id, field, source_id, start, end, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const { field, citation: c } of citationsOf(record))
    insert.run(kind, id, field, c.source, c.start, c.end, c.sha256);
}

function index(db: Db, kind: string, id: string, text: string): void {
  stmt(db, 'INSERT INTO search (kind, id, text) VALUES (?, ?, ?)').run(kind, id, text);
}

export type SourceOrigin = 'shipped' | 'ingested' | 'imported';

export function insertSource(db: Db, s: Source, origin: SourceOrigin, text?: string): void {
  stmt(db, 'INSERT OR REPLACE INTO sources (id, origin, published, json, text, sha256) VALUES (?, ?, ?, ?, ?, ?)').run(
    s.id,
    origin,
    s.published,
    JSON.stringify(s),
    text ?? null,
    s.sha256,
  );
}

export function insertActor(db: Db, a: Actor): void {
  stmt(db, 'INSERT INTO actors (id, kind, name, json) VALUES (?, ?, ?, ?)').run(
    a.id,
    a.kind,
    a.name,
    JSON.stringify(a),
  );
  const names = stmt(db, 'INSERT INTO actor_names (actor_id, norm, name, kind) VALUES (?, ?, ?, ?)');
  for (const n of actorNames(a)) names.run(a.id, normName(n.name), n.name, n.kind);
  cite(db, 'actor', a.id, a);
  index(db, 'actor', a.id, [a.name, ...a.aliases, ...a.metonyms, a.note ?? ''].join(' '));
}

const INSERT_EVENT = `INSERT INTO events (${EVENT_WRITE_COLUMNS}) VALUES (${Array<string>(EVENT_WRITE_WIDTH).fill('?').join(', ')})`;

export function insertEvent(db: Db, e: StoredEvent): void {
  stmt(db, INSERT_EVENT).run(eventValues(e));
  const sideRow = stmt(db, 'INSERT INTO event_actors (event_id, side, actor_id, country) VALUES (?, ?, ?, ?)');
  for (const r of eventActorRows(e)) sideRow.run(e.id, r.side, r.actor_id, r.country);
  // Imported events (millions of rows whose summaries Orrery generates, each citing its own row) stay
  // out of the citation and full-text indexes: a bulk import would otherwise spend most of its time there.
  if (e.origin.kind === 'imported') return;
  // An event's citations are all in its `citations` list: no need to walk the record.
  const insert = stmt(
    db,
    'INSERT INTO citations (kind, record_id, field, source_id, start, end, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  e.citations.forEach((c, i) => insert.run('event', e.id, `citations.${i}`, c.source, c.start, c.end, c.sha256));
  index(db, 'event', e.id, e.summary);
}

export function insertRelation(db: Db, r: Relation): void {
  stmt(db, 'INSERT INTO relations (id, type, a, b, day_first, day_last, json) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    r.id,
    r.type,
    r.actors[0],
    r.actors[1],
    firstDay(r.from),
    r.to ? lastDay(r.to) : null,
    JSON.stringify(r),
  );
  cite(db, 'relation', r.id, r);
  index(db, 'relation', r.id, r.summary);
}

export function insertIndicator(db: Db, i: Indicator): void {
  stmt(db, 'INSERT INTO indicators (id, actor, metric, day_first, json) VALUES (?, ?, ?, ?, ?)').run(
    i.id,
    i.actor,
    i.metric,
    firstDay(i.date),
    JSON.stringify(i),
  );
  cite(db, 'indicator', i.id, i);
  index(db, 'indicator', i.id, `${i.metric.replace(/_/g, ' ')} ${i.summary}`);
}

export function insertDependency(db: Db, d: Dependency): void {
  stmt(db, 'INSERT INTO dependencies (id, from_actor, to_actor, commodity, json) VALUES (?, ?, ?, ?, ?)').run(
    d.id,
    d.from,
    d.to,
    d.commodity,
    JSON.stringify(d),
  );
  cite(db, 'dependency', d.id, d);
  index(db, 'dependency', d.id, `${d.commodity} ${d.summary}`);
}

export function insertCorridor(db: Db, c: Corridor): void {
  stmt(db, 'INSERT INTO corridors (id, json) VALUES (?, ?)').run(c.id, JSON.stringify(c));
  cite(db, 'corridor', c.id, c);
  index(db, 'corridor', c.id, [...c.names.map((n) => n.name), c.summary].join(' '));
}

export function insertConflict(db: Db, c: Conflict, origin: 'curated' | 'ingested' = 'curated'): void {
  stmt(db, 'INSERT INTO conflicts (id, kind, json, origin) VALUES (?, ?, ?, ?)').run(
    c.id,
    c.kind,
    JSON.stringify(c),
    origin,
  );
  const link = stmt(db, 'INSERT INTO conflict_records (conflict_id, record_id) VALUES (?, ?)');
  for (const id of new Set(c.claims.flatMap((cl) => (cl.record ? [cl.record] : [])))) link.run(c.id, id);
  cite(db, 'conflict', c.id, c);
  index(db, 'conflict', c.id, [c.topic, ...c.claims.map((cl) => cl.says)].join(' '));
}

/** Remove an event and the rows derived from it (actor rows explicitly: a bulk import runs without foreign keys). */
export function deleteEventRows(db: Db, id: string): boolean {
  stmt(db, 'DELETE FROM event_actors WHERE event_id = ?').run(id);
  stmt(db, `DELETE FROM citations WHERE kind = 'event' AND record_id = ?`).run(id);
  stmt(db, `DELETE FROM search WHERE kind = 'event' AND id = ?`).run(id);
  return stmt(db, 'DELETE FROM events WHERE id = ?').run(id).changes > 0;
}

/** Remove a conflict and the rows derived from it. */
export function deleteConflictRows(db: Db, id: string): void {
  stmt(db, `DELETE FROM citations WHERE kind = 'conflict' AND record_id = ?`).run(id);
  stmt(db, `DELETE FROM search WHERE kind = 'conflict' AND id = ?`).run(id);
  stmt(db, 'DELETE FROM conflicts WHERE id = ?').run(id);
}
