/**
 * Towns, cities and provinces of the world for the coder, from kept data: the `city-timezones`
 * package (MIT), whose 7,300 places are Natural Earth's populated places with their country's ISO3
 * code, population and province (about 2,400 provinces). A place name is only ever a location ("fired at targets in Basra"), never an actor: the
 * gazetteer reads these entries as places only after "in", "near", "outside", "the city of"...
 *
 * Left out, so that a place never hides a better reading:
 * - names an actor already uses (the region's gazetteer and the world's states and capitals win);
 * - names several countries share unless one place is ten times the population of the next
 *   ("Victoria" is in five countries and stays out; "Basra" is only Iraq's);
 * - names of fewer than four letters, and places of states that are not among the actors.
 */
import { createRequire } from 'node:module';
import type { Actor } from '../../model/index.js';
import { fold } from './tokens.js';

interface CityRecord {
  city: string;
  city_ascii: string;
  pop: number;
  iso3: string;
  province?: string;
}

/**
 * Words that name no place on their own: a province called only by these ("Central", "Nord",
 * "North West", "Coast") is left out, so that "in Central Asia" or "in the North" is never read as one.
 */
const GENERIC = new Set(
  (
    'north south east west northern southern eastern western central centre center nord sud est ouest ' +
    'upper lower greater coast coastal littoral lakes lake plateau plateaux capital islands island highlands ' +
    'river territory district region province state federal national metropolitan city'
  ).split(' '),
);

/**
 * The provinces of the package's places as places of their own, their population the sum of their
 * towns' ("fighting in Kandahar province", "a curfew in West Darfur").
 */
function provinces(list: CityRecord[]): CityRecord[] {
  const byKey = new Map<string, CityRecord>();
  for (const c of list) {
    const name = c.province?.trim();
    if (!name || name.split(/[\s-]+/).every((w) => GENERIC.has(w.toLowerCase()))) continue;
    const key = `${name}|${c.iso3}`;
    const p = byKey.get(key) ?? { city: name, city_ascii: name, pop: 0, iso3: c.iso3 };
    p.pop += c.pop;
    byKey.set(key, p);
  }
  return [...byKey.values()];
}

/** How much bigger the largest place of a shared name must be than the next for the name to be its. */
const DOMINANCE = 10;

function cities(): CityRecord[] {
  const require = createRequire(import.meta.url);
  return (require('city-timezones') as { cityMapping: CityRecord[] }).cityMapping;
}

let allPlaces: CityRecord[] | undefined;
let allNames: Set<string> | undefined;

/** The package's towns and the provinces made from them, built once. */
function places(): CityRecord[] {
  if (!allPlaces) {
    const towns = cities();
    allPlaces = [...towns, ...provinces(towns)];
  }
  return allPlaces;
}

/** Every town, city and province name of the package, folded: a name a leader list must not take ("Lagos"). */
export function placeNames(): ReadonlySet<string> {
  allNames ??= new Set(places().flatMap((c) => [fold(c.city), fold(c.city_ascii)]));
  return allNames;
}

/** Every name the actors use (name, aliases, metonyms, demonyms), folded. */
export function actorNames(actors: readonly Actor[]): Set<string> {
  const taken = new Set<string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases, ...a.metonyms, ...a.demonyms]) taken.add(fold(n));
  return taken;
}

/** Place names by country, for the gazetteer's place-only entries. */
export function worldPlaces(actors: readonly Actor[]): Array<{ actor: string; names: string[] }> {
  const states = new Set(actors.filter((a) => a.kind === 'state').map((a) => a.id));
  const taken = actorNames(actors);
  const byName = new Map<string, { surface: string; places: CityRecord[] }>();
  for (const c of places()) {
    for (const n of new Set([c.city, c.city_ascii])) {
      if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(n) || n.replace(/[^\p{L}]/gu, '').length < 4) continue;
      const k = fold(n);
      if (taken.has(k)) continue;
      const entry = byName.get(k) ?? { surface: n, places: [] };
      if (!entry.places.includes(c)) entry.places.push(c);
      byName.set(k, entry);
    }
  }
  const out = new Map<string, string[]>();
  for (const { surface, places } of byName.values()) {
    const ranked = [...places].sort((a, b) => b.pop - a.pop);
    const top = ranked[0] as CityRecord;
    const other = ranked.find((c) => c.iso3 !== top.iso3);
    if ((other && top.pop < DOMINANCE * other.pop) || !states.has(top.iso3)) continue;
    out.set(top.iso3, [...(out.get(top.iso3) ?? []), surface]);
  }
  return [...out].map(([actor, names]) => ({ actor, names }));
}
