/** The names an actor can be found by, folded for look-ups. */
import type { Actor } from './actor.js';

/** Lower-cased, accent- and punctuation-folded form of a name, for look-ups. */
export function normName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Every name an actor can be found by, with what kind of name it is. */
export function actorNames(a: Actor): Array<{ name: string; kind: string }> {
  return [
    { name: a.id, kind: 'id' },
    { name: a.name, kind: 'name' },
    ...a.aliases.map((name) => ({ name, kind: 'alias' })),
    ...a.metonyms.map((name) => ({ name, kind: 'metonym' })),
    ...a.demonyms.map((name) => ({ name, kind: 'demonym' })),
  ];
}
