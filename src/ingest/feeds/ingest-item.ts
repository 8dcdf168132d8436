/**
 * How a watched item (a fetched page, a file of a watched directory) becomes a stored document:
 * through the ingest pipeline, one transaction per item, its coded events pending review. Its
 * publication date is the feed item's date, else the page's own (meta tags, <time>), else the date
 * it was fetched, with a warning that says so. The CLI ingests on its own thread (`ingestItem`); the
 * server passes a function that reads and codes in a worker thread (src/server/watch.ts).
 */
import type { Store } from '../../store/store.js';
import { readDocument, type DocumentFormat } from '../formats/index.js';
import { ingestRead, type IngestReport } from '../pipeline.js';

export interface ItemDocument {
  bytes: Uint8Array;
  /** The item's URL or file path: named in messages, and kept as the source's URL when it is one. */
  name: string;
  /** Read as this format (from the answer's content type); from the name when absent. */
  format?: DocumentFormat;
  url?: string;
  title?: string;
  /** The feed item's date, when it gave one. */
  published?: string;
  /** The day the item was fetched (YYYY-MM-DD): the date of last resort. */
  fetched: string;
  maxBytes?: number;
}

export type DatedBy = 'item' | 'page' | 'fetch';

export interface ItemIngested {
  report: IngestReport;
  datedBy: DatedBy;
}

/** Ingest one item; what dated it is said, and a fetch date is warned about. */
export type IngestItem = (doc: ItemDocument) => Promise<ItemIngested>;

export const fetchDateWarning = (doc: Pick<ItemDocument, 'name' | 'fetched'>): string =>
  `${doc.name}: neither the feed item nor the page gives a publication date; dated by the day it was fetched (${doc.fetched})`;

/** The pipeline on this thread, for the CLI. */
export function ingestItemWith(store: Store): IngestItem {
  return async (item) => {
    const doc = await readDocument(
      { bytes: item.bytes, filename: item.name },
      { ...(item.format ? { format: item.format } : {}), ...(item.maxBytes ? { maxBytes: item.maxBytes } : {}) },
    );
    if (item.url && !doc.url) doc.url = item.url;
    let datedBy = (item.published ? 'item' : 'page') as DatedBy;
    const report = await ingestRead(
      store,
      doc,
      { filename: item.name, published: item.published, title: doc.title ? undefined : item.title },
      {
        askPublished: async () => {
          datedBy = 'fetch';
          return item.fetched;
        },
      },
    );
    if (datedBy === 'fetch' && !report.duplicate) report.warnings = [...report.warnings, fetchDateWarning(item)];
    return { report, datedBy };
  };
}
