/**
 * Writing records into the PostgreSQL tables: the rows sql/record-writes.ts derives, gathered in a
 * RowSet and written per table (text columns without NUL, search entries with their tsvector); and
 * deleting records' rows, which runs directly.
 */
import type { RowSink } from '../sql/record-writes.js';
import { noNul, type Queryable, type RowSet } from './tables.js';
import { tsvectorLiteral } from './text-search.js';

export { lastById } from '../sql/record-writes.js';

/** Rows gathered in `rows`. A source row does not replace a stored one: callers delete that first. */
export function sink(rows: RowSet): RowSink {
  return {
    row: (table, values) => rows.add(table, values),
    search: (kind, id, text) => rows.add('search', [kind, id, noNul(text), tsvectorLiteral(text)]),
    text: noNul,
    sourceText: (text) => (text === undefined ? null : Buffer.from(text, 'utf8')),
    indexImported: true,
  };
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
