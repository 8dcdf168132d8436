/**
 * World actors for the coder, from kept data rather than hand lists: every state of the
 * `world-countries` package (names, official and alternative names, demonyms and their plurals,
 * capital as metonym), the bodies and extra state names of data/coding/world-bodies.yaml and the
 * names of leaders (data/coding/leaders, src/ingest/coder/leaders.ts) as names of their state. The
 * region's own actors (data/caucasus/actors) stay richer and win: an id they have is not added, and
 * a name they already use is not given to another actor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { z } from 'zod';
import { Actor, ActorId, EnvironmentError, ValidationError, type ActorInput } from '../../model/index.js';
import { DEFAULT_CODING_DIR } from './dictionary.js';
import { defaultLeaders, leaderNames, type Leader, type LeaderNames } from './leaders.js';
import { fold } from './tokens.js';
import { actorNames } from './world-places.js';

interface CountryRecord {
  name: { common: string; official: string };
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  status: string;
  independent?: boolean;
}

const Body = z
  .object({
    id: ActorId,
    kind: z.enum(['organization', 'alliance', 'format', 'group']),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    parent: ActorId.optional(),
    /** A group's state: where it acts (PLOVER codes Hezbollah as Lebanon's, with a rebel sector). */
    country: ActorId.optional(),
  })
  .strict();
const WorldFile = z
  .object({
    bodies: z.array(Body).default([]),
    state_names: z.array(z.object({ actor: ActorId, names: z.array(z.string().min(1)) }).strict()).default([]),
    /** Demonyms in news use the country data spells otherwise ("Ecuadorian", "Kyrgyz"), with their plurals. */
    demonyms: z.array(z.object({ actor: ActorId, names: z.array(z.string().min(1)) }).strict()).default([]),
  })
  .strict();
type WorldFile = z.infer<typeof WorldFile>;

/**
 * Codes the package gives that are no state's code: Kosovo is "UNK" there (the UN mission's code);
 * the code in common use for it is the user-assigned XKX (the EU's, the World Bank's, ICEWS-derived data).
 */
const ID_OVERRIDES: Readonly<Record<string, string>> = { UNK: 'XKX' };

export const DEFAULT_WORLD_FILE = `${DEFAULT_CODING_DIR}world-bodies.yaml`;

/** Plural of a demonym used as a noun ("Germans", "Iraqis"); none for "British", "Swiss", "Chinese". */
function plural(demonym: string): string | null {
  return /(?:an|i|er|ot|ic|ite)$/.test(demonym) ? `${demonym}s` : null;
}

/** Alternative spellings worth matching: latin letters, not a two-letter code, not "State of X" inversions. */
const usable = (s: string): boolean => /^[\p{Script=Latin}\s.'’()-]+$/u.test(s) && s.length > 3 && !s.includes(',');

function loadWorldFile(path: string): WorldFile {
  if (!existsSync(path)) throw new EnvironmentError(`world bodies file not found: ${path}`);
  const r = WorldFile.safeParse(parse(readFileSync(path, 'utf8')));
  if (!r.success)
    throw new ValidationError(
      r.error.issues.map((x) => ({ where: path, field: x.path.join('.') || undefined, message: x.message })),
      `${path} is not a valid world bodies file`,
    );
  return r.data;
}

function countries(): CountryRecord[] {
  const require = createRequire(import.meta.url);
  return require('world-countries') as CountryRecord[];
}

/** The states and bodies of the world not already among `actors` (region first), with their names. */
export function worldActors(
  actors: readonly Actor[],
  path = DEFAULT_WORLD_FILE,
  leaders: readonly Leader[] = defaultLeaders(),
): Actor[] {
  const file = loadWorldFile(path);
  const ids = new Set(actors.map((a) => a.id));
  const taken = actorNames(actors);
  const fromLeaders = leadersFor(actors, leaders);
  const byLeader = fromLeaders.names;
  const free = (names: Array<string | undefined | null>): string[] => {
    const out: string[] = [];
    for (const n of names) {
      if (!n) continue;
      const k = fold(n);
      if (taken.has(k)) continue;
      taken.add(k);
      out.push(n);
    }
    return out;
  };
  const inputs: ActorInput[] = [];
  const extraNames = new Map<string, string[]>();
  for (const s of file.state_names) extraNames.set(s.actor, [...(extraNames.get(s.actor) ?? []), ...s.names]);
  const extraDemonyms = new Map<string, string[]>();
  for (const d of file.demonyms) extraDemonyms.set(d.actor, [...(extraDemonyms.get(d.actor) ?? []), ...d.names]);
  // Dataset states gain the extra names no one else uses (they are already built; returned as extras below).
  // Sovereign states first: a demonym or name several records share ("Dutch") goes to the state.
  const ordered = [...countries()].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const record of ordered) {
    const c = { ...record, cca3: ID_OVERRIDES[record.cca3] ?? record.cca3 };
    if (ids.has(c.cca3)) continue;
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f]
      .flatMap((d) => (d ? d.split(',').map((x) => x.trim()) : []))
      .filter((d, i, all) => d && all.indexOf(d) === i);
    const name = c.name.common;
    const aliases = free([
      name,
      c.name.official,
      ...c.altSpellings.filter(usable),
      ...(extraNames.get(c.cca3) ?? []),
      ...(byLeader.get(c.cca3) ?? []),
    ]);
    inputs.push({
      id: c.cca3,
      kind: 'state',
      name,
      aliases,
      metonyms: free((c.capital ?? []).filter(usable)),
      demonyms: free([...demonyms, ...demonyms.map(plural), ...(extraDemonyms.get(c.cca3) ?? [])]),
    });
    ids.add(c.cca3);
  }
  for (const b of file.bodies) {
    if (ids.has(b.id)) continue;
    inputs.push({
      id: b.id,
      kind: b.kind,
      name: b.name,
      aliases: free([b.name, ...b.aliases, ...(byLeader.get(b.id) ?? [])]),
      parent: b.parent ?? null,
      country: b.country ?? null,
    });
    ids.add(b.id);
  }
  for (const p of fromLeaders.persons) if (!ids.has(p.id)) inputs.push(p);
  return inputs.map((i) => Actor.parse(i));
}

const leaderCache = new WeakMap<readonly Actor[], WeakMap<readonly Leader[], LeaderNames>>();

/** What the leaders give beside the region's `actors` (names they use excepted), worked out once per pair of lists. */
function leadersFor(actors: readonly Actor[], leaders: readonly Leader[]): LeaderNames {
  let byLeaders = leaderCache.get(actors);
  if (!byLeaders) leaderCache.set(actors, (byLeaders = new WeakMap()));
  let out = byLeaders.get(leaders);
  if (!out) byLeaders.set(leaders, (out = leaderNames(leaders, actorNames(actors))));
  return out;
}

/**
 * Extra names for the region's own actors from the world file (e.g. "Britain" when the dataset lacks
 * it) and from the leaders of their states and bodies (names the region's actors already use excepted).
 */
export function worldStateNames(
  actors: readonly Actor[],
  path = DEFAULT_WORLD_FILE,
  leaders: readonly Leader[] = defaultLeaders(),
): Array<{ actor: string; names: string[] }> {
  const have = new Set(actors.map((a) => a.id));
  const fromLeaders = [...leadersFor(actors, leaders).names]
    .filter(([id]) => have.has(id))
    .map(([actor, names]) => ({ actor, names }));
  return [...loadWorldFile(path).state_names.filter((s) => have.has(s.actor)), ...fromLeaders];
}
