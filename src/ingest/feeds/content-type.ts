/**
 * What a fetched answer is, from its Content-Type (and, when it gives none or a generic one, from its
 * first bytes): a feed, a page in one of the formats ingest reads, or something a watch refuses.
 */
import type { DocumentFormat } from '../formats/index.js';
import { looksLikeFeed } from './parse-feed.js';

export type Answer = { kind: 'feed' } | { kind: 'page'; format: DocumentFormat } | { kind: 'refused'; reason: string };

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

const PAGE_TYPES: Record<string, DocumentFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'application/pdf': 'pdf',
};

const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** Classify an answer; `wantFeed` when any XML should be read as a feed (the watched URL itself). */
export function classify(contentType: string, body: Buffer): Answer {
  const head = body
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (FEED_TYPES.has(contentType)) return { kind: 'feed' };
  const page = PAGE_TYPES[contentType];
  if (page === 'html' && !/<html|<body|<!doctype/i.test(head) && looksLikeFeed(head)) return { kind: 'feed' };
  if (page) return { kind: 'page', format: page };
  if (GENERIC.has(contentType)) {
    if (looksLikeFeed(head)) return { kind: 'feed' };
    if (/^\s*(<!doctype html|<html)/i.test(head)) return { kind: 'page', format: 'html' };
    if (head.startsWith('%PDF-')) return { kind: 'page', format: 'pdf' };
  }
  return {
    kind: 'refused',
    reason: `the answer's content type is ${contentType ? `"${contentType}"` : 'missing and its bytes are not recognised'}: neither a feed (RSS, Atom) nor a page (HTML, text, PDF)`,
  };
}
