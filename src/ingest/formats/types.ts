/** What reading a document gives: its text and what its own metadata says about it. */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DocumentMeta {
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
  /** Partial date (YYYY, YYYY-MM or YYYY-MM-DD) from the document's metadata. */
  published?: string;
  warnings: string[];
}

export interface ReadDocument extends DocumentMeta {
  /** The text Orrery stores and cites: offsets of citations count in it (UTF-16 code units). */
  text: string;
  format: DocumentFormat;
  /** The file name the document was read from, for messages. */
  file: string;
}
