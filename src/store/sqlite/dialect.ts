/** How the SQLite store spells the SQL the stores share (sql/dialect.ts). */
import { questionMarks, type Dialect } from '../sql/dialect.js';
import { ftsQuery } from './fts.js';

export const sqlite: Dialect = {
  name: 'sqlite',
  binder: questionMarks,
  int: (expr) => `CAST(${expr} AS INTEGER)`,
  eventTextMatch: (b, text) =>
    `events.id IN (SELECT id FROM search WHERE kind = 'event' AND search MATCH ${b.value(ftsQuery(text))})`,
  writeOrder: 'rowid',
  noIndex: (column) => `+${column}`,
  json: <T>(value: unknown) => JSON.parse(value as string) as T,
  joinText: (pieces) => pieces.join(''),
};
