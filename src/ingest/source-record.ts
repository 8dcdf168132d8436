/** The Source record of an ingested document: its id comes from the SHA-256 of its text, so the same text is one source. */
import { basename } from 'node:path';
import { dateProblem, UsageError, type Source } from '../model/index.js';

export type SourceKind = Source['kind'];

export interface SourceFacts {
  file: string;
  sha256: string;
  published: string;
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
  kind?: SourceKind;
}

/** `doc-` and the first 16 hex digits of the text's SHA-256. */
export function sourceIdFor(sha256: string): string {
  return `doc-${sha256.slice(0, 16)}`;
}

/** A title from the text when the document has none: its first line, shortened. */
export function titleFromText(text: string, file: string): string {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  const t = first ?? basename(file);
  return t.length > 120 ? `${t.slice(0, 117).trimEnd()}...` : t;
}

const validUrl = (u: string | undefined): string | null => {
  if (!u) return null;
  try {
    return new URL(u).toString();
  } catch {
    return null;
  }
};

export function sourceRecord(facts: SourceFacts, text: string): Source {
  const problem = dateProblem(facts.published);
  if (problem) throw new UsageError(`${facts.file}: publication date: ${problem}`);
  const id = sourceIdFor(facts.sha256);
  return {
    id,
    title: (facts.title?.trim() || titleFromText(text, facts.file)).slice(0, 300),
    author: facts.author ?? null,
    publisher: facts.publisher ?? null,
    published: facts.published,
    published_inferred: false,
    kind: facts.kind ?? 'news',
    url: validUrl(facts.url),
    file: `${id}.txt`,
    sha256: facts.sha256,
    note: `ingested from ${basename(facts.file)}`,
  };
}

/** What a read document says about itself, and what the caller said over it (title, kind). */
export interface DocumentFacts {
  file: string;
  text: string;
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

/** The Source record of a read document: the caller's title and kind win over the document's own. */
export function documentSource(
  doc: DocumentFacts,
  hash: string,
  published: string,
  given: { title?: string; kind?: SourceKind },
): Source {
  const { file, author, publisher, url } = doc;
  return sourceRecord(
    { file, sha256: hash, published, title: given.title ?? doc.title, author, publisher, url, kind: given.kind },
    doc.text,
  );
}
