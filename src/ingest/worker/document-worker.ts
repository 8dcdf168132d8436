/**
 * The worker thread that reads, codes and plans one document for an ingest (started by
 * read-and-code.ts): it decodes the upload (text, Markdown, HTML or PDF), hashes the text, makes the
 * Source record and codes every sentence, posting progress on the way ('coded'). Asked to ('plan'),
 * it matches the candidates with each other and with the store (plan.ts), the store's reads being
 * made by the other thread on its behalf, and posts the plan to commit ('planned'). These are the
 * CPU-heavy steps of an ingest; the thread that started it only answers store reads and commits.
 * An error is posted as data (worker-errors.ts) so the other side rethrows the same typed error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sha256 } from '../../dataset/hash.js';
import { UsageError } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import { codeText, iterateSentences, warningLines, type CoderResult } from '../coder/index.js';
import { DEFAULT_CORROBORATE } from '../corroborate.js';
import { errorData, rebuildError } from '../exchange/worker-errors.js';
import { readDocument, type ReadDocument } from '../formats/index.js';
import { planDocument } from '../plan.js';
import { documentSource } from '../source-record.js';
import type { FromDocumentWorker, ToDocumentWorker, WorkerInput } from './messages.js';

const port = parentPort;
if (!port) throw new Error('document-worker.ts runs as a worker thread (see read-and-code.ts)');
const { input, actors, maxBytes, missingDate } = workerData as WorkerInput;
const post = (m: FromDocumentWorker): void => port.postMessage(m);

/** At most this often a progress message, in milliseconds (and once at the end). */
const PROGRESS_EVERY_MS = 100;

/** The store, seen from this thread: every method call is made by the other thread and answered. */
const calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextCall = 0;
let lookups = 0;
const store = new Proxy({} as Store, {
  get: (_, method) => {
    if (typeof method !== 'string' || method === 'then') return undefined;
    return (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextCall++;
        calls.set(id, { resolve, reject });
        if (method === 'findCandidates' || method === 'listEvents') lookups++;
        post({ call: { id, method, args } });
      });
  },
});

let doc: ReadDocument;
let coded: CoderResult;
let source: ReturnType<typeof documentSource>;

async function read(): Promise<void> {
  if (input.text !== undefined) {
    if (!input.text.trim()) throw new UsageError(`${input.filename}: the document is empty`);
    doc = { text: input.text, format: 'text', file: input.filename, warnings: [] };
  } else if (input.bytes) {
    doc = await readDocument({ bytes: input.bytes, filename: input.filename }, { maxBytes });
  } else {
    throw new UsageError(`${input.filename}: give the document as text or as a file`);
  }
  const hash = sha256(doc.text);
  // Splitting alone is quick next to coding: it gives the total that progress counts towards.
  let total = 0;
  for (const _ of iterateSentences(doc.text)) total++;
  post({ read: { sha256: hash, file: doc.file, format: doc.format, warnings: doc.warnings, sentences: total } });
  const published = input.published ?? doc.published;
  if (!published)
    throw new UsageError(`${doc.file}: no publication date: ${missingDate} (the document's metadata has none)`);
  source = documentSource(doc, hash, published, input);
  let last = 0;
  coded = codeText(doc.text, {
    actors,
    published,
    sourceId: source.id,
    onSentence: (count) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ progress: { stage: 'coding', done: count - 1, total } });
    },
  });
  post({ progress: { stage: 'coding', done: coded.sentences, total: Math.max(total, coded.sentences) } });
  post({
    coded: {
      source,
      candidates: coded.candidates.map((c) => ({ name: c.name, count: c.count })),
      sentences: coded.sentences,
      coded: coded.events.length,
      format: doc.format,
      warnings: [...doc.warnings, ...warningLines(coded.warnings)],
    },
  });
}

async function plan(): Promise<void> {
  const total = coded.events.length;
  const start = lookups;
  const timer = setInterval(
    () => post({ progress: { stage: 'matching', done: Math.min(total, lookups - start), total } }),
    PROGRESS_EVERY_MS,
  );
  try {
    post({
      planned: await planDocument(store, source, doc.text, coded.events, actors, {
        ...DEFAULT_CORROBORATE,
        matchImported: input.matchImported === true,
      }),
    });
  } finally {
    clearInterval(timer);
  }
}

const fail = (error: unknown): void => post({ error: errorData(error) });

port.on('message', (m: ToDocumentWorker) => {
  if (m === 'plan') {
    plan().catch(fail);
    return;
  }
  const call = calls.get(m.reply.id);
  if (!call) return;
  calls.delete(m.reply.id);
  if (m.reply.error) call.reject(rebuildError(m.reply.error));
  else call.resolve(m.reply.value);
});

read().catch(fail);
