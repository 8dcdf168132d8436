/**
 * The ingest pipeline: read a document, make its Source record (id from the SHA-256 of its text),
 * code its sentences into candidate events, match them against the store (corroboration, date
 * conflicts), and commit the document whole in one transaction. A document already stored (same
 * text hash) is recognised and nothing is written. If a matched event changes between planning and
 * committing (another writer), the plan is made again, up to three times.
 */
import { ConflictError, UsageError, type Actor, type Source } from '../model/index.js';
import { sha256 } from '../dataset/hash.js';
import type { Store } from '../store/store.js';
import { codeText, warningLines } from './coder/index.js';
import { DEFAULT_CORROBORATE, type CorroborateOptions } from './corroborate.js';
import { readDocument, type DocumentFormat, type ReadDocument } from './formats/index.js';
import { planDocument } from './plan.js';
import { documentSource, sourceIdFor, type SourceKind } from './source-record.js';

/**
 * The store's actors, as the very same array while they are unchanged: the coder keeps its gazetteer
 * (world states, names, aliases: some 40 ms to build) per actor array, so a fresh array per document
 * would rebuild it for every item of a watch cycle.
 */
const actorLists = new WeakMap<Store, { key: string; actors: Actor[] }>();
async function storeActors(store: Store): Promise<Actor[]> {
  const actors = await store.listActors();
  const key = JSON.stringify(actors);
  const last = actorLists.get(store);
  if (last?.key === key) return last.actors;
  actorLists.set(store, { key, actors });
  return actors;
}

export interface IngestInput {
  text?: string;
  bytes?: Uint8Array;
  filename: string;
  published?: string;
  title?: string;
  kind?: SourceKind;
}

export interface IngestReport {
  source: Source;
  duplicate: boolean;
  /** Ids of the new coded events (pending review). */
  created: string[];
  /** Ids of events already stored that this document corroborates (a citation was added). */
  corroborated: string[];
  /** Ids of the date conflicts recorded. */
  conflicts: string[];
  /** Proper names that acted like actors but are not in the gazetteer. */
  candidates: Array<{ name: string; count: number }>;
  warnings: string[];
  format?: DocumentFormat;
  sentences?: number;
}

export interface IngestOptions {
  /** Asked when neither the caller nor the document gives a publication date (e.g. a terminal prompt). */
  askPublished?: (file: string) => Promise<string | undefined>;
  maxBytes?: number;
  format?: DocumentFormat;
  corroborate?: CorroborateOptions;
  /** Also corroborate imported rows, exactly matched (docs/ingest.md); default false. Overrides `corroborate.matchImported`. */
  matchImported?: boolean;
}

const MAX_ATTEMPTS = 3;

/** Ingest a document given as text or bytes (the HTTP API's entry point). */
export async function ingestDocument(
  store: Store,
  input: IngestInput,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  let doc: ReadDocument;
  if (input.text !== undefined) {
    if (!input.text.trim()) throw new UsageError(`${input.filename}: the document is empty`);
    doc = { text: input.text, format: 'text', file: input.filename, warnings: [] };
  } else if (input.bytes) {
    doc = await readDocument(
      { bytes: input.bytes, filename: input.filename },
      { maxBytes: opts.maxBytes, format: opts.format },
    );
  } else {
    throw new UsageError(`${input.filename}: give the document as text or bytes`);
  }
  return ingestRead(store, doc, input, opts);
}

/** Ingest a file on disk (the CLI's entry point). */
export async function ingestFile(
  store: Store,
  path: string,
  input: Omit<IngestInput, 'filename' | 'text' | 'bytes'>,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const doc = await readDocument(path, { maxBytes: opts.maxBytes, format: opts.format });
  return ingestRead(store, doc, { ...input, filename: path }, opts);
}

export async function ingestRead(
  store: Store,
  doc: ReadDocument,
  input: IngestInput,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const hash = sha256(doc.text);
  const known = await store.findSourceBySha256(hash);
  const base = { candidates: [], warnings: doc.warnings, format: doc.format };
  if (known) return { ...base, source: known, duplicate: true, created: [], corroborated: [], conflicts: [] };
  const published = input.published ?? doc.published ?? (await opts.askPublished?.(doc.file));
  if (!published) {
    throw new UsageError(
      `${doc.file}: no publication date: give --published YYYY-MM-DD (the document's metadata has none)`,
    );
  }
  const source = documentSource(doc, hash, published, input);
  const actors = await storeActors(store);
  const coded = codeText(doc.text, { actors, published, sourceId: source.id });
  for (let attempt = 1; ; attempt++) {
    const corroborate = {
      ...DEFAULT_CORROBORATE,
      ...opts.corroborate,
      ...(opts.matchImported === undefined ? {} : { matchImported: opts.matchImported }),
    };
    const plan = await planDocument(store, source, doc.text, coded.events, actors, corroborate);
    try {
      const { duplicate } = await store.commitDocument(plan.commit);
      if (duplicate) {
        const stored = (await store.findSourceBySha256(hash)) ?? (await store.getSource(sourceIdFor(hash))) ?? source;
        return { ...base, source: stored, duplicate: true, created: [], corroborated: [], conflicts: [] };
      }
      return {
        ...base,
        source,
        duplicate: false,
        created: plan.created,
        corroborated: plan.corroborated,
        conflicts: plan.conflicts,
        candidates: coded.candidates.map((c) => ({ name: c.name, count: c.count })),
        warnings: [...doc.warnings, ...warningLines(coded.warnings)],
        sentences: coded.sentences,
      };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
