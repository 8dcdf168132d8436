/**
 * The actor gazetteer: every name a text may use for an actor (name, aliases, metonyms, demonyms
 * from the dataset, plus data/coding/gazetteer-extra.yaml), as folded word sequences indexed by
 * their first word, longest first, with the context and ambiguity rules that apply to each name.
 */
import type { Actor } from '../../model/index.js';
import type { AmbiguityRule, GazetteerExtra } from './dictionary.js';
import { fold, tokenize } from './tokens.js';

/** `place`: a town or city of the world (world-places.ts), read only as a location, never as an actor. */
export type NameKind = 'name' | 'alias' | 'metonym' | 'demonym' | 'extra' | 'place';

export interface NameEntry {
  words: string[];
  actor: string;
  kind: NameKind;
  /** Acronyms (US, EU, NATO) match only with the same letters in the same case. */
  exact: string[] | null;
  /** The name starts with a capital: the text must too. */
  cap: boolean;
  surface: string;
  /** Words one of which must occur nearby for this name to count. */
  context: string[] | null;
  ambiguity: AmbiguityRule | null;
  /** Persons who all bear this name ("Aliyev": Heydar and Ilham), resolved at the event's date; else null. */
  shared: string[] | null;
}

export interface Gazetteer {
  actors: ReadonlyMap<string, Actor>;
  byFirst: ReadonlyMap<string, NameEntry[]>;
  peopleHeads: ReadonlySet<string>;
  governmentHeads: ReadonlySet<string>;
  /** Every person, for finding who held an office at a date. */
  persons: readonly Actor[];
}

const KIND_RANK: Record<NameKind, number> = { name: 0, alias: 0, extra: 1, metonym: 2, demonym: 3, place: 4 };
const ACTOR_RANK: Record<string, number> = {
  state: 0,
  organization: 1,
  alliance: 1,
  format: 2,
  group: 3,
  person: 3,
  territory: 4,
};

/** A name as its folded words, without a leading "the". */
export function nameWords(name: string): string[] {
  const ws = tokenize(name).map((t) => t.low);
  return ws[0] === 'the' && ws.length > 1 ? ws.slice(1) : ws;
}

function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  return (
    letters === letters.toUpperCase() || (/^\p{L}+$/u.test(name) && /\p{Lu}/u.test(name.slice(1)) && name.length <= 5)
  );
}

export function buildGazetteer(
  actors: readonly Actor[],
  extra: GazetteerExtra,
  places: ReadonlyArray<{ actor: string; names: readonly string[] }> = [],
): Gazetteer {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const stop = new Set(extra.stop.map((s) => nameWords(s).join(' ')));
  const contextOf = new Map(extra.needs_context.map((c) => [nameWords(c.name).join(' '), c.context.map(fold)]));
  const ambiguityOf = new Map(extra.ambiguous.map((r) => [nameWords(r.name).join(' '), r]));
  const entries: NameEntry[] = [];
  const seen = new Set<string>();
  const add = (surface: string, actor: string, kind: NameKind): void => {
    const words = nameWords(surface);
    const key = words.join(' ');
    if (!words.length || stop.has(key)) return;
    const dedupe = `${key}|${actor}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const bare = surface.replace(/^the\s+/i, '');
    const ambiguity = ambiguityOf.get(key) ?? null;
    entries.push({
      words,
      actor,
      kind,
      exact: isAcronym(bare) ? tokenize(bare).map((t) => t.text) : null,
      cap: /^\p{Lu}/u.test(bare),
      surface,
      context: contextOf.get(key) ?? null,
      ambiguity,
      shared: null,
    });
  };
  for (const a of actors) {
    add(a.name, a.id, 'name');
    for (const n of a.aliases) add(n, a.id, 'alias');
    for (const n of a.metonyms) add(n, a.id, 'metonym');
    for (const n of a.demonyms) add(n, a.id, 'demonym');
  }
  for (const x of extra.names) if (byId.has(x.actor)) for (const n of x.names) add(n, x.actor, 'extra');
  for (const x of extra.places) if (byId.has(x.actor)) for (const n of x.names) add(n, x.actor, 'metonym');
  for (const x of places) if (byId.has(x.actor)) for (const n of x.names) add(n, x.actor, 'place');
  // A name several persons bear is one entry per person; each learns the others, for resolution by date.
  const personsBy = new Map<string, string[]>();
  for (const e of entries) {
    if ((e.kind !== 'name' && e.kind !== 'alias') || byId.get(e.actor)?.kind !== 'person') continue;
    const key = e.words.join(' ');
    const list = personsBy.get(key) ?? [];
    if (!list.includes(e.actor)) list.push(e.actor);
    personsBy.set(key, list);
  }
  for (const e of entries) {
    const list = personsBy.get(e.words.join(' '));
    if (list && list.length > 1 && list.includes(e.actor)) e.shared = list;
  }
  const byFirst = new Map<string, NameEntry[]>();
  for (const e of entries) {
    const first = e.words[0] as string;
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
  }
  const rank = (e: NameEntry): number => KIND_RANK[e.kind] * 10 + (ACTOR_RANK[byId.get(e.actor)?.kind ?? 'group'] ?? 3);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || rank(a) - rank(b));
  return {
    actors: byId,
    byFirst,
    peopleHeads: new Set(extra.demonym_heads.people.map(fold)),
    governmentHeads: new Set(extra.demonym_heads.government.map(fold)),
    persons: actors.filter((a) => a.kind === 'person'),
  };
}
