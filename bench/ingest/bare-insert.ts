/**
 * The floor the import benchmark is held against: the same rows the importer wrote (its events and
 * event_actors rows, read back from the store it filled), written into a new SQLite file with the
 * same table definitions by one prepared single-row INSERT per table, in one transaction, with the
 * same settings the import session uses (no fsync, rollback journal, a large page cache), and then
 * the same indexes built. Nothing is parsed or derived: this is what SQLite and better-sqlite3 cost
 * for these rows on this machine, measured in the same run as the import, so a slow day moves both.
 */
import Database from 'better-sqlite3';

const TABLES = ['events', 'event_actors'];

export interface BareInsert {
  events: number;
  actorRows: number;
  /** Seconds to insert the rows (one transaction). */
  insertSeconds: number;
  /** Seconds to build the tables' indexes afterwards. */
  indexSeconds: number;
}

/** Copy the imported events of `storeFile` into a new file `target`, timed. */
export function bareInsert(storeFile: string, target: string): BareInsert {
  const src = new Database(storeFile, { readonly: true });
  const schema = (type: string): string[] =>
    src
      .prepare(
        `SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name IN (${TABLES.map(() => '?').join(', ')}) AND sql IS NOT NULL ORDER BY rowid`,
      )
      .pluck()
      .all(type, ...TABLES) as string[];
  const tables = schema('table');
  const indexes = schema('index');
  const events = src.prepare("SELECT * FROM events WHERE origin = 'imported'").raw().all() as unknown[][];
  const actorRows = src
    .prepare("SELECT a.* FROM event_actors a JOIN events e ON e.id = a.event_id WHERE e.origin = 'imported'")
    .raw()
    .all() as unknown[][];
  src.close();

  const db = new Database(target);
  db.pragma('journal_mode = TRUNCATE');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  db.pragma('foreign_keys = OFF');
  for (const sql of tables) db.exec(sql);
  const insert = (table: string): Database.Statement => {
    const width = (db.pragma(`table_info(${table})`) as unknown[]).length;
    return db.prepare(`INSERT INTO ${table} VALUES (${Array.from({ length: width }, () => '?').join(', ')})`);
  };
  const addEvent = insert('events');
  const addActor = insert('event_actors');
  const t0 = performance.now();
  db.transaction(() => {
    for (const r of events) addEvent.run(r);
    for (const r of actorRows) addActor.run(r);
  })();
  const t1 = performance.now();
  db.transaction(() => {
    for (const sql of indexes) db.exec(sql);
  })();
  const t2 = performance.now();
  db.close();
  return {
    events: events.length,
    actorRows: actorRows.length,
    insertSeconds: (t1 - t0) / 1000,
    indexSeconds: (t2 - t1) / 1000,
  };
}
