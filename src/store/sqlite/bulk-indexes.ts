/**
 * The secondary indexes of the events tables, dropped while a large import writes and built again
 * before it commits: building an index from a sort of the finished table is several times faster
 * than inserting a million rows into it one by one. The index on event_actors(event_id) stays, so
 * that replacing already stored events (an interrupted import run again) still finds their rows;
 * the indexes by type and by origin leave imported events out (migration 3), so they stay too. So
 * do the indexes of lone sides: their keys are few (actors), each new row lands at the end of its
 * key's run, and kept up as rows arrive they cost the import less than a sort at the end (measured
 * on the import benchmark; the index by day, whose keys are many, is the other way round).
 * `ensureEventIndexes` runs when a store opens, so a process that died mid-import leaves no index missing.
 */
import type Database from 'better-sqlite3';

/** Name and definition of each index dropped during a bulk import (as created by the migrations). */
export const BULK_INDEXES: Array<[string, string]> = [
  ['events_day', 'events(day_first)'],
  ['event_actors_actor', 'event_actors(actor_id)'],
  ['event_actors_country', 'event_actors(country)'],
];

export function dropEventIndexes(db: Database.Database): void {
  for (const [name] of BULK_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
}

export function ensureEventIndexes(db: Database.Database): void {
  for (const [name, on] of BULK_INDEXES) db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${on}`);
}
