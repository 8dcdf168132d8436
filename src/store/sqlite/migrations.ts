/**
 * Versioned schema of the SQLite store. Each migration runs once, in order, inside a transaction;
 * `PRAGMA user_version` records how far the file has come. Add new migrations at the end; never edit
 * one that has shipped. Records are kept whole as JSON, with the columns queries filter on beside them.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY, origin TEXT NOT NULL DEFAULT 'shipped', published TEXT NOT NULL,
    json TEXT NOT NULL, text TEXT
  );
  CREATE TABLE actors (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL);
  CREATE TABLE actor_names (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, norm TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL
  );
  CREATE INDEX actor_names_norm ON actor_names(norm);
  CREATE TABLE events (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, day_first TEXT NOT NULL, day_last TEXT NOT NULL,
    event_type TEXT NOT NULL, mode TEXT, quad_code INTEGER NOT NULL, intensity REAL NOT NULL,
    status TEXT NOT NULL, origin TEXT NOT NULL, review TEXT, summary TEXT NOT NULL, json TEXT NOT NULL
  );
  CREATE INDEX events_day ON events(day_first);
  CREATE INDEX events_type ON events(event_type);
  CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('actor', 'recipient')), actor_id TEXT NOT NULL, country TEXT NOT NULL
  );
  CREATE INDEX event_actors_actor ON event_actors(actor_id);
  CREATE INDEX event_actors_country ON event_actors(country);
  CREATE INDEX event_actors_event ON event_actors(event_id);
  CREATE TABLE relations (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, a TEXT NOT NULL REFERENCES actors(id), b TEXT NOT NULL REFERENCES actors(id),
    day_first TEXT NOT NULL, day_last TEXT, json TEXT NOT NULL
  );
  CREATE TABLE indicators (
    id TEXT PRIMARY KEY, actor TEXT NOT NULL REFERENCES actors(id), metric TEXT NOT NULL, day_first TEXT NOT NULL, json TEXT NOT NULL
  );
  CREATE TABLE dependencies (
    id TEXT PRIMARY KEY, from_actor TEXT NOT NULL REFERENCES actors(id), to_actor TEXT NOT NULL REFERENCES actors(id),
    commodity TEXT NOT NULL, json TEXT NOT NULL
  );
  CREATE TABLE corridors (id TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE conflicts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, json TEXT NOT NULL);
  CREATE TABLE conflict_records (conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE, record_id TEXT NOT NULL);
  CREATE INDEX conflict_records_record ON conflict_records(record_id);
  CREATE TABLE citations (
    kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
    source_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, sha256 TEXT NOT NULL
  );
  CREATE INDEX citations_record ON citations(kind, record_id);
  CREATE INDEX citations_source ON citations(source_id);
  CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
  `,
  // 2: ingest and import. Sources are found by the hash of their text; an imported file's text is kept
  // in chunks; conflicts found while ingesting and citations that corroborate curated events survive
  // a reload of the curated dataset.
  `
  ALTER TABLE sources ADD COLUMN sha256 TEXT;
  UPDATE sources SET sha256 = json_extract(json, '$.sha256');
  CREATE INDEX sources_sha256 ON sources(sha256);
  CREATE TABLE source_chunks (source_id TEXT NOT NULL, seq INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (source_id, seq));
  ALTER TABLE conflicts ADD COLUMN origin TEXT NOT NULL DEFAULT 'curated';
  CREATE TABLE corroborations (
    event_id TEXT NOT NULL, source_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, sha256 TEXT NOT NULL
  );
  CREATE INDEX corroborations_event ON corroborations(event_id);
  CREATE INDEX events_origin ON events(origin, review);
  `,
  // 3: bulk imports made cheaper. An event with one actor and at most one recipient, each standing for
  // itself, keeps them in its own columns instead of event_actors rows (encoding/event-row.ts, loneSides);
  // rows written before keep their event_actors rows and leave the columns empty; queries look in
  // both. The indexes by type and by origin leave imported events out: queries that exclude imported
  // events say so (sql/event-where.ts) and use them; a query over imported events reads the table.
  `
  ALTER TABLE events ADD COLUMN lone_actor TEXT;
  ALTER TABLE events ADD COLUMN lone_recipient TEXT;
  CREATE INDEX events_lone_actor ON events(lone_actor);
  CREATE INDEX events_lone_recipient ON events(lone_recipient);
  DROP INDEX events_type;
  DROP INDEX events_origin;
  CREATE INDEX events_type ON events(event_type) WHERE origin <> 'imported';
  CREATE INDEX events_origin ON events(origin, review) WHERE origin <> 'imported';
  `,
  // 4: an event with one citation (every imported event) keeps it in its own columns instead of its
  // JSON (encoding/event-row.ts, loneCitation); rows written before keep it in the JSON and read the same.
  `
  ALTER TABLE events ADD COLUMN cite_source TEXT;
  ALTER TABLE events ADD COLUMN cite_start INTEGER;
  ALTER TABLE events ADD COLUMN cite_end INTEGER;
  ALTER TABLE events ADD COLUMN cite_sha256 TEXT;
  `,
  // 5: the sources' claims (model/claim.ts), kept whole; they are curated and replaced with the dataset.
  `
  CREATE TABLE claims (id TEXT PRIMARY KEY, json TEXT NOT NULL);
  `,
  // 6: corroboration candidates (Store.findCandidates) found by index, not by reading every event of a
  // type: events that are not imported by type and first day, with the columns the look-up checks;
  // and by type and span (sql/event-where.ts, span: each month counted as 31 days), so that the longest
  // span of a type, which bounds the range read, is one index probe. Imported rows stay out of both
  // (a bulk import pays nothing for them); they are found through the index by day.
  `
  CREATE INDEX events_candidates ON events(event_type, day_first, day_last, lone_actor, lone_recipient) WHERE origin <> 'imported';
  CREATE INDEX events_candidate_span ON events(event_type, (
    (CAST(substr(day_last, 1, 4) AS INTEGER) * 372 + CAST(substr(day_last, 6, 2) AS INTEGER) * 31 + CAST(substr(day_last, 9, 2) AS INTEGER))
    - (CAST(substr(day_first, 1, 4) AS INTEGER) * 372 + CAST(substr(day_first, 6, 2) AS INTEGER) * 31 + CAST(substr(day_first, 9, 2) AS INTEGER))
  )) WHERE origin <> 'imported';
  `,
  // 7: monitoring. Watched feeds and the items read from them (de-duplicated by key, found by the hash
  // of their bytes), alert rules and what they fired; each record kept whole as JSON (sql/monitoring.ts).
  `
  CREATE TABLE feeds (id TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE feed_items (
    feed_id TEXT NOT NULL, item_key TEXT NOT NULL, sha256 TEXT, json TEXT NOT NULL, PRIMARY KEY (feed_id, item_key)
  );
  CREATE INDEX feed_items_sha256 ON feed_items(feed_id, sha256);
  CREATE TABLE alert_rules (id TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE alert_firings (id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, fired_at TEXT NOT NULL, json TEXT NOT NULL);
  CREATE INDEX alert_firings_rule ON alert_firings(rule_id, fired_at);
  CREATE INDEX alert_firings_time ON alert_firings(fired_at);
  `,
];
