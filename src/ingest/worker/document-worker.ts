/**
 * The worker thread that reads and codes one document for an ingest (started by read-and-code.ts):
 * it decodes the upload (text, Markdown, HTML or PDF), hashes the text, makes the Source record and
 * codes every sentence, posting progress on the way. These are the CPU-heavy steps of an ingest; the
 * thread that started it only plans against the store and commits. An error is posted as data
 * (worker-errors.ts) so the other side rethrows the same typed error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sha256 } from '../../dataset/hash.js';
import { UsageError } from '../../model/index.js';
import { codeText, iterateSentences } from '../coder/index.js';
import { errorData } from '../exchange/worker-errors.js';
import { readDocument, type ReadDocument } from '../formats/index.js';
import { sourceRecord } from '../source-record.js';
import type { FromDocumentWorker, WorkerInput } from './messages.js';

const port = parentPort;
if (!port) throw new Error('document-worker.ts runs as a worker thread (see read-and-code.ts)');
const { input, actors, maxBytes, missingDate } = workerData as WorkerInput;
const post = (m: FromDocumentWorker): void => port.postMessage(m);

/** At most this often a progress message, in milliseconds (and once at the end). */
const PROGRESS_EVERY_MS = 100;

async function run(): Promise<void> {
  let doc: ReadDocument;
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
  if (!published) throw new UsageError(`${doc.file}: no publication date: ${missingDate} (the document's metadata has none)`);
  const source = sourceRecord({
    file: doc.file, sha256: hash, published, title: input.title ?? doc.title, author: doc.author, publisher: doc.publisher, url: doc.url, kind: input.kind,
  }, doc.text);
  let last = 0;
  const coded = codeText(doc.text, {
    actors, published, sourceId: source.id,
    onSentence: (count) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ progress: { sentences: count - 1, total } });
    },
  });
  post({ progress: { sentences: coded.sentences, total: Math.max(total, coded.sentences) } });
  post({
    coded: {
      source, text: doc.text, events: coded.events, candidates: coded.candidates.map((c) => ({ name: c.name, count: c.count })),
      sentences: coded.sentences, format: doc.format, warnings: doc.warnings,
    },
  });
}

try {
  await run();
} catch (error) {
  post({ error: errorData(error) });
}
port.unref();
