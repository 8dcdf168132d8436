/**
 * Opening the store for a command: the SQLite file named by --db / ORRERY_DB, migrated, and loaded
 * with the shipped dataset the first time it is used (or when `orrery init` asks for it).
 */
import type { Command } from 'commander';
import { SourceTexts } from '../dataset/texts.js';
import { initStore } from '../store/init.js';
import { openStore as openAt } from '../store/open.js';
import { redactUrl } from '../store/postgres/url.js';
import type { Store } from '../store/store.js';
import { globals } from './context.js';

export async function openStore(cmd: Command): Promise<Store> {
  const g = globals(cmd);
  const store = await openAt(g.db);
  if (await store.isEmpty()) {
    process.stderr.write(`orrery: initialising ${redactUrl(g.db)} with the dataset in ${g.data}\n`);
    try {
      await initStore(store, g.data, g.sources);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

/** Run `fn` with an open store and close it afterwards, whatever happens. */
export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(cmd);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Source texts: the shipped ones from the sources directory, ingested ones from the store. Only the
 * texts of `needed` sources are read from the store (all when omitted), so a large import does not
 * weigh on every command.
 */
export async function sourceTexts(cmd: Command, store: Store, needed?: Iterable<string>): Promise<SourceTexts> {
  const sources = await store.listSources();
  const wanted = needed ? new Set(needed) : undefined;
  const stored = new Map<string, string>();
  for (const s of sources) {
    if (wanted && !wanted.has(s.id)) continue;
    const t = await store.getSourceText(s.id);
    if (t !== undefined) stored.set(s.id, t);
  }
  return new SourceTexts(globals(cmd).sources, new Map(sources.map((s) => [s.id, s])), (id) => stored.get(id));
}
