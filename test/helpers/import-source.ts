/**
 * The Source record of a bulk import in tests: rows read from a file `rows.tab`, published on a
 * given day, its date inferred (as an importer records it). Tests name the id, the hash of the
 * text they import, and where it matters the title and day.
 */
import type { Source } from '../../src/model/index.js';

export function importSource(id: string, sha256: string, o: { title?: string; published?: string } = {}): Source {
  return {
    id,
    title: o.title ?? 'Imported rows',
    author: null,
    publisher: null,
    published: o.published ?? '2024-01-02',
    published_inferred: true,
    kind: 'news',
    url: null,
    file: 'rows.tab',
    sha256,
  };
}
