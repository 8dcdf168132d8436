/**
 * Where a citation points: the passage in the web app's source reader (`#/sources?source=ID&passage=
 * START`, web/src/views/sources), with the passage's end too, and the `SOURCE:START-END` key the
 * HTML carries in `data-cite`. `base` is where the web app is served ('' for a relative link).
 */
import type { Citation } from '../../model/index.js';

export type CiteRef = Pick<Citation, 'source' | 'start' | 'end'>;

export function citeHref(c: CiteRef, base = ''): string {
  const q = new URLSearchParams({ source: c.source, passage: String(c.start), end: String(c.end) });
  return `${base.replace(/\/$/, '')}/#/sources?${q.toString()}`;
}

export function citeKey(c: CiteRef): string {
  return `${c.source}:${c.start}-${c.end}`;
}

/** The same passage cited twice by one record is linked once. */
export function uniqueCitations<C extends CiteRef>(cs: readonly C[]): C[] {
  const seen = new Set<string>();
  return cs.filter((c) => !seen.has(citeKey(c)) && !!seen.add(citeKey(c)));
}
