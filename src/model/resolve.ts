/**
 * Resolving an actor to the state or organization it stands for at a date (the `state` level of the
 * analyses): a person to the actor of the office they held then (Heydar Aliyev to Azerbaijan in 1995,
 * Ilham Aliyev from 2003), a territory to whoever held it then, a mission or ministry to its parent,
 * and a body that belongs to a state (an airline, a church, a news agency, a party) to that state.
 * States, and organizations, alliances and formats that belong to no one (the EU, the CSTO, the UN),
 * stand for themselves.
 */
import type { Actor } from './actor.js';
import { coversDate } from './dates.js';

export type ActorLookup = (id: string) => Actor | undefined;

const SELF_KINDS = new Set(['state', 'organization', 'alliance', 'format']);

/** A state, or an organization, alliance or format with neither parent nor country, stands for itself at any date. */
export function standsForItself(actor: Actor): boolean {
  return actor.kind === 'state' || (SELF_KINDS.has(actor.kind) && !actor.parent && !actor.country);
}

/** The state or organization `id` stands for at `date`; the id itself when nothing more is known. */
export function resolveCountry(id: string, date: string, lookup: ActorLookup, depth = 0): string {
  const actor = lookup(id);
  if (!actor || depth > 8) return id;
  if (standsForItself(actor)) return actor.id;
  if (actor.kind === 'person') {
    const role = actor.roles.find((r) => coversDate(r.from, r.to, date));
    if (role) return resolveCountry(role.of, date, lookup, depth + 1);
    if (actor.country) return resolveCountry(actor.country, date, lookup, depth + 1);
    return actor.id;
  }
  if (actor.kind === 'territory') {
    const held = actor.held_by.find((h) => coversDate(h.from, h.to, date));
    if (held) return resolveCountry(held.by, date, lookup, depth + 1);
  }
  const up = actor.parent ?? actor.country;
  return up ? resolveCountry(up, date, lookup, depth + 1) : actor.id;
}

/** Resolve a list of actors, keeping order and dropping repeats. */
export function resolveCountries(ids: readonly string[], date: string, lookup: ActorLookup): string[] {
  return [...new Set(ids.map((id) => resolveCountry(id, date, lookup)))];
}
