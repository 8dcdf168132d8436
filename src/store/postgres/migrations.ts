/**
 * Versioned schema of the PostgreSQL store, the same tables as the SQLite store's. Each migration runs
 * once, in order, in its own transaction (PostgreSQL's DDL is transactional) and is recorded in
 * `schema_migrations`. Add new migrations at the end; never edit one that has shipped.
 *
 * Records are kept whole as `json` (which keeps their text and key order) with the columns queries
 * filter on beside them. Text columns that are sorted on use the "C" collation so ids and dates sort
 * byte-wise, as SQLite sorts them, whatever the database's locale. `seq` identity columns keep the
 * insertion order SQLite keeps in its rowid. Source texts are `bytea` (UTF-8), so any text a document
 * holds, NUL characters included, is stored as given. Full-text search: a `tsvector` per record built
 * from case- and accent-folded words (text-search.ts) with a GIN index.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    name: 'schema',
    sql: `
  CREATE TABLE sources (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY,
    origin text NOT NULL DEFAULT 'shipped', published text COLLATE "C" NOT NULL, sha256 text,
    json json NOT NULL, text bytea
  );
  CREATE INDEX sources_sha256 ON sources (sha256);
  CREATE TABLE source_chunks (
    source_id text COLLATE "C" NOT NULL, seq integer NOT NULL, text bytea NOT NULL, PRIMARY KEY (source_id, seq)
  );
  CREATE TABLE actors (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY, kind text COLLATE "C" NOT NULL,
    name text NOT NULL, json json NOT NULL
  );
  CREATE TABLE actor_names (
    actor_id text COLLATE "C" NOT NULL REFERENCES actors (id) ON DELETE CASCADE, norm text NOT NULL, name text NOT NULL, kind text NOT NULL
  );
  CREATE INDEX actor_names_norm ON actor_names (norm);
  CREATE INDEX actor_names_actor ON actor_names (actor_id);
  CREATE TABLE events (
    id text COLLATE "C" PRIMARY KEY, date text NOT NULL, day_first text COLLATE "C" NOT NULL, day_last text COLLATE "C" NOT NULL,
    event_type text NOT NULL, mode text, quad_code smallint NOT NULL, intensity double precision NOT NULL,
    status text NOT NULL, origin text NOT NULL, review text, summary text NOT NULL, json json NOT NULL
  );
  CREATE INDEX events_day ON events (day_first, id);
  CREATE INDEX events_type ON events (event_type);
  CREATE INDEX events_origin ON events (origin, review);
  CREATE TABLE event_actors (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id text COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    side text NOT NULL CHECK (side IN ('actor', 'recipient')), actor_id text COLLATE "C" NOT NULL, country text COLLATE "C" NOT NULL
  );
  CREATE INDEX event_actors_actor ON event_actors (actor_id);
  CREATE INDEX event_actors_country ON event_actors (country);
  CREATE INDEX event_actors_event ON event_actors (event_id);
  CREATE TABLE relations (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY, type text NOT NULL,
    a text COLLATE "C" NOT NULL REFERENCES actors (id), b text COLLATE "C" NOT NULL REFERENCES actors (id),
    day_first text COLLATE "C" NOT NULL, day_last text COLLATE "C", json json NOT NULL
  );
  CREATE INDEX relations_a ON relations (a);
  CREATE INDEX relations_b ON relations (b);
  CREATE TABLE indicators (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY,
    actor text COLLATE "C" NOT NULL REFERENCES actors (id), metric text COLLATE "C" NOT NULL, day_first text COLLATE "C" NOT NULL,
    json json NOT NULL
  );
  CREATE INDEX indicators_actor ON indicators (actor);
  CREATE TABLE dependencies (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY,
    from_actor text COLLATE "C" NOT NULL REFERENCES actors (id), to_actor text COLLATE "C" NOT NULL REFERENCES actors (id),
    commodity text COLLATE "C" NOT NULL, json json NOT NULL
  );
  CREATE INDEX dependencies_from ON dependencies (from_actor);
  CREATE INDEX dependencies_to ON dependencies (to_actor);
  CREATE TABLE corridors (seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY, json json NOT NULL);
  CREATE TABLE conflicts (
    seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY, kind text NOT NULL,
    origin text NOT NULL DEFAULT 'curated', json json NOT NULL
  );
  CREATE TABLE conflict_records (
    conflict_id text COLLATE "C" NOT NULL REFERENCES conflicts (id) ON DELETE CASCADE, record_id text COLLATE "C" NOT NULL
  );
  CREATE INDEX conflict_records_record ON conflict_records (record_id);
  CREATE INDEX conflict_records_conflict ON conflict_records (conflict_id);
  CREATE TABLE citations (
    seq bigint GENERATED ALWAYS AS IDENTITY, kind text NOT NULL, record_id text COLLATE "C" NOT NULL, field text NOT NULL,
    source_id text COLLATE "C" NOT NULL, start integer NOT NULL, "end" integer NOT NULL, sha256 text NOT NULL
  );
  CREATE INDEX citations_record ON citations (kind, record_id);
  CREATE INDEX citations_source ON citations (source_id);
  CREATE TABLE corroborations (
    seq bigint GENERATED ALWAYS AS IDENTITY, event_id text COLLATE "C" NOT NULL, source_id text COLLATE "C" NOT NULL,
    start integer NOT NULL, "end" integer NOT NULL, sha256 text NOT NULL
  );
  CREATE INDEX corroborations_event ON corroborations (event_id);
  CREATE TABLE search (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL,
    text text NOT NULL, tsv tsvector NOT NULL
  );
  CREATE INDEX search_record ON search (kind, id);
  CREATE INDEX search_tsv ON search USING gin (tsv);
  `,
  },
  {
    // As the SQLite store's migration 3: lone sides in the event's own columns (encoding/event-row.ts, loneSides).
    name: 'lone sides',
    sql: `
  ALTER TABLE events ADD COLUMN lone_actor text COLLATE "C", ADD COLUMN lone_recipient text COLLATE "C";
  CREATE INDEX events_lone_actor ON events (lone_actor);
  CREATE INDEX events_lone_recipient ON events (lone_recipient);
  `,
  },
  {
    // As the SQLite store's migration 4: a lone citation in the event's own columns (encoding/event-row.ts, loneCitation).
    name: 'lone citation',
    sql: `
  ALTER TABLE events ADD COLUMN cite_source text COLLATE "C", ADD COLUMN cite_start bigint, ADD COLUMN cite_end bigint, ADD COLUMN cite_sha256 text;
  `,
  },
  {
    // As the SQLite store's migration 5: the sources' claims (model/claim.ts), kept whole.
    name: 'claims',
    sql: `
  CREATE TABLE claims (seq bigint GENERATED ALWAYS AS IDENTITY, id text COLLATE "C" PRIMARY KEY, json json NOT NULL);
  `,
  },
  {
    // As the SQLite store's migration 6: corroboration candidates (Store.findCandidates) by type and
    // first day, and the longest span of a type (sql/event-where.ts, span) in one probe; imported rows
    // are left out of both and found through the index by day.
    name: 'corroboration candidates',
    sql: `
  CREATE INDEX events_candidates ON events (event_type, day_first, day_last, lone_actor, lone_recipient) WHERE origin <> 'imported';
  CREATE INDEX events_candidate_span ON events (event_type, (
    (substr(day_last, 1, 4)::int * 372 + substr(day_last, 6, 2)::int * 31 + substr(day_last, 9, 2)::int)
    - (substr(day_first, 1, 4)::int * 372 + substr(day_first, 6, 2)::int * 31 + substr(day_first, 9, 2)::int)
  )) WHERE origin <> 'imported';
  `,
  },
  {
    // As the SQLite store's migration 7: watched feeds and their items, alert rules and what they fired (sql/monitoring.ts).
    name: 'monitoring',
    sql: `
  CREATE TABLE feeds (id text COLLATE "C" PRIMARY KEY, json json NOT NULL);
  CREATE TABLE feed_items (
    feed_id text COLLATE "C" NOT NULL, item_key text COLLATE "C" NOT NULL, sha256 text, json json NOT NULL,
    PRIMARY KEY (feed_id, item_key)
  );
  CREATE INDEX feed_items_sha256 ON feed_items (feed_id, sha256);
  CREATE TABLE alert_rules (id text COLLATE "C" PRIMARY KEY, json json NOT NULL);
  CREATE TABLE alert_firings (
    id text COLLATE "C" PRIMARY KEY, rule_id text COLLATE "C" NOT NULL, fired_at text COLLATE "C" NOT NULL, json json NOT NULL
  );
  CREATE INDEX alert_firings_rule ON alert_firings (rule_id, fired_at);
  CREATE INDEX alert_firings_time ON alert_firings (fired_at);
  `,
  },
];
