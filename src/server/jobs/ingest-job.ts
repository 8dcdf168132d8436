/**
 * An ingest run as a job. The document is read and coded in a worker thread (src/ingest/worker);
 * this thread then matches the coded candidates against the store (corroboration, date conflicts)
 * through a store that lets the event loop turn between reads, and commits the document whole in
 * one transaction, as `ingestDocument` does. The job's result is the report that POST /api/ingest
 * answered with when it ran in the request: the source, what was created, corroborated and
 * disputed, and the coded events with their sentences.
 *
 * Cancelled before the commit, the job stores nothing: the worker is terminated or the matching
 * stops at its next read. The commit itself is one transaction and is never interrupted.
 */
import { DEFAULT_CORROBORATE } from '../../ingest/corroborate.js';
import { planDocument } from '../../ingest/plan.js';
import { readAndCode, StoppedError, type CodedDocument, type DocumentInput } from '../../ingest/worker/read-and-code.js';
import { ConflictError, type Source } from '../../model/index.js';
import type { ServerContext } from '../context.js';
import { LIMITS } from '../limits.js';
import { itemsOf, type ShownItem } from '../review-item.js';
import { checkCancelled, type JobRun } from './queue.js';
import { yieldingStore } from './yielding-store.js';

/** What a missing publication date asks of an API client. */
export const API_MISSING_DATE = 'give "published" (YYYY-MM-DD) with the document';

export interface IngestAnswer {
  source: Source;
  duplicate: boolean;
  created: string[];
  corroborated: string[];
  conflicts: string[];
  candidates: Array<{ name: string; count: number }>;
  warnings: string[];
  format?: string;
  sentences?: number;
  events: ShownItem[];
}

const MAX_ATTEMPTS = 3;

export function ingestJob(ctx: ServerContext, input: DocumentInput): (run: JobRun) => Promise<IngestAnswer> {
  return async ({ signal, progress }) => {
    const y = yieldingStore(ctx.store, signal);
    const store = y.store;
    progress({ stage: 'reading', done: 0, total: 0 });
    const actors = await store.listActors();
    checkCancelled(signal);
    let read: { sha256: string; format: string; warnings: string[] } | undefined;
    let known: Source | undefined;
    const duplicate = (s: Source): IngestAnswer => ({
      source: s, duplicate: true, created: [], corroborated: [], conflicts: [], candidates: [], warnings: read?.warnings ?? [], format: read?.format, events: [],
    });
    const coding = readAndCode({ input, actors, maxBytes: LIMITS.uploadBytes, missingDate: API_MISSING_DATE }, {
      read: (info) => {
        read = { sha256: info.sha256, format: info.format, warnings: info.warnings };
        progress({ stage: 'coding', done: 0, total: info.sentences });
        // A document already stored needs no coding: stop the worker as soon as that is known.
        void ctx.store.findSourceBySha256(info.sha256).then((s) => {
          if (s) {
            known = s;
            void coding.stop();
          }
        }, () => undefined);
      },
      progress: (done, total) => progress({ stage: 'coding', done, total }),
    });
    const stop = (): void => void coding.stop();
    signal.addEventListener('abort', stop, { once: true });
    let coded: CodedDocument;
    try {
      coded = await coding.result;
    } catch (error) {
      checkCancelled(signal);
      if (known) return duplicate(known);
      if (read && !(error instanceof StoppedError)) {
        const s = await store.findSourceBySha256(read.sha256);
        if (s) return duplicate(s);
      }
      throw error;
    } finally {
      signal.removeEventListener('abort', stop);
    }
    read = { sha256: coded.source.sha256, format: coded.format, warnings: coded.warnings };
    checkCancelled(signal);
    const stored = await store.findSourceBySha256(coded.source.sha256);
    if (stored) return duplicate(stored);

    const total = coded.events.length;
    // Matching reads the store once or twice per candidate: the reads made tell how far it is.
    const lookups = (): number => (y.calls.get('findCandidates') ?? 0) + (y.calls.get('listEvents') ?? 0);
    const before = lookups();
    const timer = setInterval(() => progress({ stage: 'matching', done: Math.min(total, lookups() - before), total }), 100);
    let plan;
    try {
      for (let attempt = 1; ; attempt++) {
        progress({ stage: 'matching', done: 0, total });
        plan = await planDocument(store, coded.source, coded.text, coded.events, actors, DEFAULT_CORROBORATE);
        clearInterval(timer);
        progress({ stage: 'storing', done: 0, total: plan.created.length });
        await y.pause();
        checkCancelled(signal);
        try {
          const { duplicate: dup } = await ctx.store.commitDocument(plan.commit);
          if (dup) return duplicate((await ctx.store.findSourceBySha256(coded.source.sha256)) ?? coded.source);
          break;
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
    } finally {
      clearInterval(timer);
    }
    // Stored: from here the job finishes whatever happens to its signal.
    ctx.data.changed();
    progress({ stage: 'reporting', done: 0, total: plan.created.length });
    const reader = yieldingStore(ctx.store, new AbortController().signal);
    const created = [];
    for (const id of plan.created) {
      const e = await reader.store.getEvent(id);
      if (e) created.push(e);
    }
    return {
      source: coded.source, duplicate: false, created: plan.created, corroborated: plan.corroborated, conflicts: plan.conflicts,
      candidates: coded.candidates, warnings: coded.warnings, format: coded.format, sentences: coded.sentences,
      events: await itemsOf(reader.store, created),
    };
  };
}
