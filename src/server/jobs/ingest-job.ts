/**
 * An ingest run as a job. The document is read, coded and matched against the store (corroboration,
 * date conflicts) in a worker thread (src/ingest/worker); this thread makes the store reads the
 * worker asks for, through a store that lets the event loop turn between reads, and commits the
 * plan whole in one transaction, as `ingestDocument` does (planning again after a conflicting write). The job's result is the report that POST /api/ingest
 * answered with when it ran in the request: the source, what was created, corroborated and
 * disputed, and the coded events with their sentences.
 *
 * Cancelled before the commit, the job stores nothing: the worker is terminated and any read under
 * way stops. The commit itself is one transaction and is never interrupted.
 */
import type { IngestReport } from '../../ingest/pipeline.js';
import type { Plan } from '../../ingest/plan.js';
import {
  readAndCode,
  StoppedError,
  type CodedDocument,
  type DocumentInput,
} from '../../ingest/worker/read-and-code.js';
import { ConflictError, type Source } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import type { ServerContext } from '../context.js';
import { LIMITS } from '../limits.js';
import { itemsOf, type ShownItem } from '../review-item.js';
import { checkCancelled, type JobRun } from './queue.js';
import { yieldingStore } from './yielding-store.js';
import { alertsAfterWrite } from '../alerts.js';

/** What a missing publication date asks of an API client. */
export const API_MISSING_DATE = 'give "published" (YYYY-MM-DD) with the document';

/** The pipeline's report, with the coded events as the review queue shows them. */
export type IngestAnswer = Omit<IngestReport, 'format'> & { format?: string; events: ShownItem[] };

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
      source: s,
      duplicate: true,
      created: [],
      corroborated: [],
      conflicts: [],
      candidates: [],
      warnings: read?.warnings ?? [],
      format: read?.format,
      events: [],
    });
    const worker = readAndCode(
      { input, actors, maxBytes: LIMITS.uploadBytes, missingDate: API_MISSING_DATE },
      {
        // The worker's store reads, made here between turns of the event loop.
        read: (method, args) => (store[method as keyof Store] as (...a: unknown[]) => Promise<unknown>)(...args),
        onRead: (info) => {
          read = { sha256: info.sha256, format: info.format, warnings: info.warnings };
          progress({ stage: 'coding', done: 0, total: info.sentences });
          // A document already stored needs no coding: stop the worker as soon as that is known.
          void ctx.store.findSourceBySha256(info.sha256).then(
            (s) => {
              if (s) {
                known = s;
                void worker.stop();
              }
            },
            () => undefined,
          );
        },
        onProgress: (stage, done, total) => progress({ stage, done, total }),
      },
    );
    const stop = (): void => void worker.stop();
    signal.addEventListener('abort', stop, { once: true });
    try {
      let coded: CodedDocument;
      try {
        coded = await worker.coded;
      } catch (error) {
        checkCancelled(signal);
        if (known) return duplicate(known);
        if (read && !(error instanceof StoppedError)) {
          const s = await store.findSourceBySha256(read.sha256);
          if (s) return duplicate(s);
        }
        throw error;
      }
      read = { sha256: coded.source.sha256, format: coded.format, warnings: coded.warnings };
      const stored = await store.findSourceBySha256(coded.source.sha256);
      if (stored) return duplicate(stored);

      let plan: Plan;
      for (let attempt = 1; ; attempt++) {
        progress({ stage: 'matching', done: 0, total: coded.coded });
        plan = await worker.plan();
        progress({ stage: 'storing', done: 0, total: plan.created.length });
        await y.pause();
        try {
          const { duplicate: dup } = await ctx.store.commitDocument(plan.commit);
          if (dup) return duplicate((await ctx.store.findSourceBySha256(coded.source.sha256)) ?? coded.source);
          break;
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
        }
      }
      // Stored: from here the job finishes whatever happens to its signal.
      signal.removeEventListener('abort', stop);
      void worker.stop();
      ctx.data.changed();
      void alertsAfterWrite(ctx);
      progress({ stage: 'reporting', done: 0, total: plan.created.length });
      // The report's events with their sentences, an event at a time (the event loop turns between
      // them), the document's text taken from the plan rather than read back from the store.
      const r = yieldingStore(ctx.store, new AbortController().signal);
      const text = plan.commit.text;
      const id = coded.source.id;
      const reader = new Proxy(r.store, {
        get: (target, prop) =>
          prop === 'getSourceText'
            ? (s: string) => (s === id ? Promise.resolve(text) : target.getSourceText(s))
            : (Reflect.get(target, prop, target) as unknown),
      });
      const events: ShownItem[] = [];
      for (const [i, eventId] of plan.created.entries()) {
        const e = await reader.getEvent(eventId);
        if (e) events.push(...(await itemsOf(reader, [e])));
        progress({ stage: 'reporting', done: i + 1, total: plan.created.length });
      }
      return {
        source: coded.source,
        duplicate: false,
        created: plan.created,
        corroborated: plan.corroborated,
        conflicts: plan.conflicts,
        candidates: coded.candidates,
        warnings: coded.warnings,
        format: coded.format,
        sentences: coded.sentences,
        events,
      };
    } finally {
      signal.removeEventListener('abort', stop);
      void worker.stop();
    }
  };
}
