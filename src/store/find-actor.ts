/** Turning what a user typed (an id, a name, a capital, a demonym) into actor ids, through the store. */
import { NotFoundError, UsageError } from '../model/index.js';
import type { Store } from './store.js';

export async function resolveActor(store: Store, text: string): Promise<string> {
  const direct = (await store.getActor(text)) ?? (await store.getActor(text.toUpperCase()));
  if (direct) return direct.id;
  const found = await store.findActors(text);
  if (found.length === 1) return (found[0] as { id: string }).id;
  if (found.length > 1) {
    throw new UsageError(`"${text}" is ambiguous: it may mean ${found.map((a) => `${a.id} (${a.name})`).join(', ')}; use an id`);
  }
  throw new NotFoundError('actor', text, 'see `orrery actors` for ids and names');
}

/** "ARM,RUS" or "Armenia,Russia" → two ids. */
export async function resolvePair(store: Store, text: string): Promise<[string, string]> {
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length !== 2) throw new UsageError(`a pair is two actors separated by a comma, e.g. ARM,RUS (got "${text}")`);
  return [await resolveActor(store, parts[0] as string), await resolveActor(store, parts[1] as string)];
}
