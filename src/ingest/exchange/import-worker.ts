/**
 * The worker thread of a bulk import (started by worker-batches.ts). It loads what parsing needs
 * and runs `readBatches` at once, with the source id of the file to come in a message, and posts
 * each batch to the importing thread. It keeps at most `window` batches unacknowledged: when that
 * many are in flight it says so ('stall') and waits for an acknowledgement, so a slow writer holds
 * the reader back and memory stays bounded. An error is posted as data (worker-errors.ts) and ends the thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readBatches, type ImportBatch } from './batches.js';
import { codingTables } from './coding-tables.js';
import { errorData } from './worker-errors.js';
import type { FromWorker, ReaderOptions, ToWorker } from './worker-batches.js';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs as a worker thread (see worker-batches.ts)');
const { window, ...options } = workerData as ReaderOptions;
const post = (m: FromWorker): void => port.postMessage(m);
/** A batch's packed rows and text bytes are transferred, not copied (the worker keeps no reference to them). */
const postBatch = (batch: ImportBatch, inFlight: number): void => {
  const transfer: ArrayBuffer[] = [];
  if (batch.rows)
    transfer.push(
      batch.rows.bytes.buffer as ArrayBuffer,
      batch.rows.ints.buffer as ArrayBuffer,
      batch.rows.spans.buffer as ArrayBuffer,
    );
  for (const piece of batch.text) if (typeof piece !== 'string') transfer.push(piece.buffer as ArrayBuffer);
  port.postMessage({ batch, inFlight } satisfies FromWorker, transfer);
};

let inFlight = 0;
let wake: (() => void) | undefined;
let setSourceId: (id: string) => void = () => undefined;
const sourceId = new Promise<string>((resolve) => (setSourceId = resolve));
port.on('message', (m: ToWorker) => {
  if (m === 'ack') inFlight--;
  else setSourceId(m.start);
  wake?.();
});
const next = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));

try {
  codingTables();
  // Reading and parsing start now; rows are derived once the source id comes (readBatches).
  for await (const batch of readBatches({ ...options, sourceId })) {
    while (inFlight >= window) {
      post({ stall: inFlight });
      await next();
    }
    inFlight++;
    postBatch(batch, inFlight);
  }
} catch (error) {
  post({ error: errorData(error) });
}
// Nothing more to send: let the thread end once the port has nothing left to do.
port.unref();
