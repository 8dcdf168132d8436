/**
 * Exporting events in an exchange format, page by page so memory stays bounded whatever the number
 * of events: PLOVER JSON lines, or GDELT 2.0 rows (61 columns, no header, as GDELT publishes them).
 */
import type { EventQuery, Store } from '../../store/store.js';
import { codingTables } from './coding-tables.js';
import { gdeltRow } from './gdelt.js';
import { polecatLine } from './polecat.js';

export const EXPORT_FORMATS = ['polecat', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The lines of the export, a page of events at a time. */
export async function* exportLines(
  store: Store,
  format: ExportFormat,
  query: EventQuery = {},
  pageSize = 10_000,
): AsyncGenerator<string[]> {
  const tables = codingTables();
  const names = new Map((await store.listActors()).map((a) => [a.id, a.name]));
  const urls = new Map((await store.listSources()).map((s) => [s.id, s.url ?? undefined]));
  const limit = query.limit;
  let offset = query.offset ?? 0;
  let left = limit ?? Infinity;
  while (left > 0) {
    const page = await store.listEvents({ ...query, limit: Math.min(pageSize, left), offset });
    if (!page.length) break;
    yield page.map((e) =>
      format === 'gdelt'
        ? gdeltRow(e, tables, (id) => names.get(id), urls.get(e.citations[0]?.source ?? ''))
        : polecatLine(e),
    );
    offset += page.length;
    left -= page.length;
    if (page.length < pageSize) break;
  }
}
