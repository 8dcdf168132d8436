/**
 * Turning what a user typed (an id, a name, a capital, a demonym, a title) into actor ids, through
 * the store: the one resolver every CLI command and API route uses. An optional date (or range)
 * says when: a name several persons share ("Aliyev") means the one holding an office then, and a
 * title ("the Azerbaijani president", "Russia's foreign minister") means its holder then. When
 * none or several fit, the answer is an error listing the candidates, never a guess.
 */
import { NotFoundError, UsageError, type Actor } from '../model/index.js';
import { choosePerson, describeRoles, officeHolders, parseTitle, spanOf, type When } from '../model/office.js';
import type { Store } from './store.js';

export type { When } from '../model/office.js';

function whenText(when: When | undefined): string {
  if (!when) return 'no date';
  if (typeof when === 'string') return when;
  return `${when.from ?? '…'} to ${when.to ?? '…'}`;
}

function listed(actors: readonly Actor[]): string {
  return actors
    .map((a) => (a.kind === 'person' ? `${a.id} (${a.name}: ${describeRoles(a)})` : `${a.id} (${a.name})`))
    .join(', ');
}

async function byName(store: Store, text: string, when: When | undefined): Promise<string | null> {
  const direct = (await store.getActor(text)) ?? (await store.getActor(text.toUpperCase()));
  if (direct) return direct.id;
  const found = await store.findActors(text);
  if (found.length === 1) return (found[0] as Actor).id;
  if (found.length > 1) {
    if (found.every((a) => a.kind === 'person')) {
      const choice = choosePerson(found, spanOf(when));
      if (choice.kind === 'found') return choice.id;
      throw new UsageError(
        `"${text}" is ambiguous (${choice.reason}${when ? '' : '; give a date'}): it may mean ${listed(choice.candidates)}; use an id`,
      );
    }
    throw new UsageError(`"${text}" is ambiguous: it may mean ${listed(found)}; use an id`);
  }
  return null;
}

/** The holder of a title at `when`, or null when `text` is not a title of a known actor. */
async function byTitle(store: Store, text: string, when: When | undefined): Promise<string | null> {
  const title = parseTitle(text);
  if (!title) return null;
  const of = await byName(store, title.of, when).catch(() => null);
  if (!of) return null;
  const span = spanOf(when);
  if (!span) throw new UsageError(`"${text}" is a title: say when (a date or a range) to know who held it`);
  const actors = await store.listActors();
  const byId = new Map(actors.map((a) => [a.id, a]));
  const holders = officeHolders(actors, title.office, of, span, (id) => byId.get(id));
  if (holders.length === 1) return holders[0]!.person.id;
  if (!holders.length)
    throw new NotFoundError(
      'office holder',
      text,
      `no person in the dataset holds that office (${title.office} of ${of}) at ${whenText(when)}; use the actor ${of} itself`,
    );
  throw new UsageError(
    `"${text}" is ambiguous at ${whenText(when)}: several persons held that office: ${listed(holders.map((h) => h.person))}; give a narrower date or an id`,
  );
}

/**
 * The actor id `text` stands for: an id, a name, alias, metonym or demonym, or a title. `when` (a
 * date, or a range of dates) picks among persons sharing a name and finds a title's holder.
 */
export async function resolveActor(store: Store, text: string, when?: When): Promise<string> {
  const found = (await byName(store, text, when)) ?? (await byTitle(store, text, when));
  if (found) return found;
  throw new NotFoundError('actor', text, 'see `orrery actors` for ids and names');
}

/** "ARM,RUS" or "Armenia,Russia" → two ids. */
export async function resolvePair(store: Store, text: string, when?: When): Promise<[string, string]> {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length !== 2)
    throw new UsageError(`a pair is two actors separated by a comma, e.g. ARM,RUS (got "${text}")`);
  return [await resolveActor(store, parts[0] as string, when), await resolveActor(store, parts[1] as string, when)];
}

/** The date or range an analysis's parameters are about (`at`, or `from`/`to`), for name look-ups. */
export function whenOfParams(params: Record<string, unknown>): When | undefined {
  if (typeof params.at === 'string') return params.at;
  const from = typeof params.from === 'string' ? params.from : undefined;
  const to = typeof params.to === 'string' ? params.to : undefined;
  return from || to ? { from, to } : undefined;
}
