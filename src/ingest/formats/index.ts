/**
 * Reading a document for ingest: plain text, Markdown, HTML or PDF, from a path or from bytes (an
 * upload). The format comes from the file name, or from the content when the name says nothing.
 * Text is UTF-8, or UTF-16 (little- or big-endian) when it starts with a byte-order mark.
 * Every refusal is a ValidationError naming the file: cannot be read (permission, not a regular
 * file), too large (checked before reading), empty, binary, invalid UTF-8 or UTF-16, a PDF without
 * text, a page with no readable text.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DEFAULT_MAX_BYTES, bomEncoding, checkSize, decodeText, unreadable } from './bytes.js';
import { fsReason } from '../files.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readPdf } from './pdf.js';
import type { DocumentFormat, DocumentMeta, ReadDocument } from './types.js';

export * from './types.js';
export { DEFAULT_MAX_BYTES } from './bytes.js';
export { metadataDate } from './dates.js';

export interface ReadOptions {
  /** Refuse documents larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Read as this format whatever the file is called. */
  format?: DocumentFormat;
}

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

const isPdf = (b: Uint8Array): boolean =>
  b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d;

export function formatOf(filename: string, bytes: Uint8Array): DocumentFormat | undefined {
  const byName = BY_EXTENSION[extname(filename).toLowerCase()];
  if (byName) return byName;
  if (isPdf(bytes)) return 'pdf';
  const bom = bomEncoding(bytes);
  const start = bytes.subarray(0, 1024);
  const head = (
    bom === 'utf-16le' || bom === 'utf-16be' ? new TextDecoder(bom).decode(start) : Buffer.from(start).toString('utf8')
  )
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return undefined;
}

export async function readDocument(
  input: string | { bytes: Uint8Array; filename: string },
  opts: ReadOptions = {},
): Promise<ReadDocument> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  let file: string;
  if (typeof input === 'string') {
    file = input;
    const info = await stat(input).catch((error: unknown) => {
      throw unreadable(file, fsReason(error));
    });
    if (info.isDirectory()) throw unreadable(file, 'is a directory');
    if (!info.isFile())
      throw unreadable(
        file,
        `not a regular file (${info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : 'a device'})`,
      );
    checkSize(file, info.size, max);
    bytes = await readFile(input).catch((error: unknown) => {
      throw unreadable(file, fsReason(error));
    });
  } else {
    file = input.filename;
    bytes = input.bytes;
    checkSize(file, bytes.length, max);
  }
  const format = opts.format ?? formatOf(basename(file), bytes) ?? 'text';
  let read: DocumentMeta & { text: string };
  if (format === 'pdf') {
    if (!isPdf(bytes)) throw unreadable(file, 'the file is named as a PDF but does not start with %PDF-');
    read = await readPdf(file, bytes);
  } else {
    const source = decodeText(file, bytes);
    if (!source.trim()) throw unreadable(file, 'the file holds only white space');
    if (format === 'html') read = readHtml(file, source);
    else if (format === 'markdown') read = readMarkdown(file, source);
    else read = { text: source, warnings: [] };
  }
  if (!read.text.trim()) {
    const why = format === 'html' ? ' (the page is only scripts and markup: was it rendered by JavaScript?)' : '';
    throw unreadable(file, `no readable text${why}`);
  }
  return { ...read, format, file };
}
