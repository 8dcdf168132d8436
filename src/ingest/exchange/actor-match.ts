/**
 * Turning the actors of imported rows into Orrery actor ids. Names are looked up in the gazetteer
 * (the store's actors: names, aliases; persons resolve to their state by the office they held at
 * the event's date, and a name several persons share is the one in office then); codes and
 * country names through data/coding/countries.yaml. What cannot be mapped is kept as its code
 * (GDELT, POLECAT) or as the upper-case form of the country name (ICEWS) and counted, so the import
 * report can list it.
 */
import { resolveCountry, type Actor } from '../../model/index.js';
import { actorNames, normName } from '../../model/index.js';
import { choosePerson, spanOf } from '../../model/office.js';
import type { CountryTable } from './coding-tables.js';

const ACTOR_ID = /^(?:[A-Z][A-Z0-9_]*|[a-z][a-z0-9-]*)$/;

export class ActorMatcher {
  private readonly byName = new Map<string, Actor[]>();
  private readonly byId: Map<string, Actor>;
  /** Codes and names kept as they were because nothing mapped them, with how often. */
  readonly unknown = new Map<string, number>();

  constructor(
    actors: Actor[],
    readonly countries: CountryTable,
  ) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
    for (const a of actors) {
      if (
        a.kind === 'state' ||
        a.kind === 'person' ||
        a.kind === 'organization' ||
        a.kind === 'alliance' ||
        a.kind === 'format' ||
        a.kind === 'territory' ||
        a.kind === 'group'
      ) {
        for (const n of actorNames(a)) {
          if (n.kind === 'demonym' || n.kind === 'metonym') continue;
          const key = normName(n.name);
          const list = this.byName.get(key) ?? [];
          if (!list.includes(a)) list.push(a);
          this.byName.set(key, list);
        }
      }
    }
  }

  lookup = (id: string): Actor | undefined => this.byId.get(id);

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** An actor of the gazetteer by name; among several, the one that stands for `country` at `date`. */
  byGazetteer(name: string, date: string, country?: string): string | undefined {
    const found = this.byName.get(normName(name));
    if (!found?.length) return undefined;
    if (found.length === 1) return found[0]!.id;
    // A name several persons share ("Aliyev"): the one in office at the row's date (src/model/office.ts).
    if (found.every((a) => a.kind === 'person')) {
      const choice = choosePerson(found, spanOf(date));
      if (choice.kind === 'found') return choice.id;
    }
    const fits = country ? found.filter((a) => resolveCountry(a.id, date, this.lookup) === country) : [];
    return (fits[0] ?? found[0])!.id;
  }

  /** Keep an unmapped code (upper-cased, made a valid actor id) and count it. */
  keep(code: string): string | undefined {
    const id = code
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
    if (!id || !ACTOR_ID.test(id)) return undefined;
    this.count(id);
    return id;
  }

  /** Count one more use of an id `keep` gave earlier. */
  count(id: string): void {
    this.unknown.set(id, (this.unknown.get(id) ?? 0) + 1);
  }
}
