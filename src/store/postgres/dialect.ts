/** How the PostgreSQL store spells the SQL the stores share (sql/dialect.ts). */
import { numbered, type Dialect } from '../sql/dialect.js';
import { tsqueryLiteral } from './text-search.js';

export const postgres: Dialect = {
  name: 'postgres',
  binder: numbered,
  int: (expr) => `${expr}::int`,
  eventTextMatch: (b, text) => {
    const query = tsqueryLiteral(text);
    // Text without a single word matches nothing, as an empty FTS5 phrase does.
    return query
      ? `events.id IN (SELECT id FROM search WHERE kind = 'event' AND tsv @@ ${b.value(query)}::tsquery)`
      : 'FALSE';
  },
  writeOrder: 'seq',
  noIndex: (column) => column,
  json: <T>(value: unknown) => value as T,
  // Chunks are bytes, and one may end inside a character: joined first, then decoded.
  joinText: (pieces) => Buffer.concat(pieces as Buffer[]).toString('utf8'),
};
