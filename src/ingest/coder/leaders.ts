/**
 * World leaders for the coder (data/coding/leaders/*.yaml): heads of state and government since
 * 1980, foreign and defence ministers, the heads of international bodies and the best-known leaders
 * of movements, each with the state or body the office belongs to. PLOVER and CAMEO code a named
 * leader as the state they act for, so a leader's names become names of that state (or body):
 * "Mitterrand received de Klerk" is France meeting South Africa.
 *
 * A leader who held offices of several states or bodies (a prime minister who became UN
 * Secretary-General) is a person whose offices are read at the event's date instead. A name that two
 * people of different states or bodies share ("Kim", a family name) is dropped from both: it carries
 * no date to tell them apart. The region's own actors (data/caucasus/actors), which carry dated roles
 * and citations, win over any name here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ActorId, EnvironmentError, ValidationError, type ActorInput, type Problem } from '../../model/index.js';
import { DEFAULT_CODING_DIR, issues, readYaml } from './dictionary.js';
import { fold } from './tokens.js';
import { placeNames } from './world-places.js';

const Year = z.number().int().min(1900).max(2100);

export const Leader = z
  .object({
    /** The state or body the office belongs to. */
    of: ActorId,
    name: z.string().min(1),
    office: z.string().min(1),
    from: Year,
    /** null: in office when the file was written. */
    to: Year.nullable(),
    /** The single name news uses after the first mention ("Mitterrand"). */
    short: z.string().min(1).optional(),
    /** Other spellings in use ("Qaddafi", "Muammar Gadhafi"). */
    also: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((l) => l.to === null || l.to >= l.from, { message: '`to` is before `from`', path: ['to'] });
export type Leader = z.infer<typeof Leader>;

const LeadersFile = z.object({ leaders: z.array(z.unknown()) }).strict();

export const DEFAULT_LEADERS_DIR = `${DEFAULT_CODING_DIR}leaders/`;

/** Every leader of every YAML file in `dir`; a ValidationError naming file, entry and field for each bad one. */
export function loadLeaders(dir = DEFAULT_LEADERS_DIR): Leader[] {
  if (!existsSync(dir)) throw new EnvironmentError(`leaders folder not found: ${dir}`);
  const problems: Problem[] = [];
  const out: Leader[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(dir, file);
    const top = LeadersFile.safeParse(readYaml(path));
    if (!top.success) {
      problems.push(...issues(top.error, path));
      continue;
    }
    top.data.leaders.forEach((entry, i) => {
      const r = Leader.safeParse(entry);
      const name = (entry as { name?: unknown } | null)?.name;
      if (r.success) out.push(r.data);
      else problems.push(...issues(r.error, path, typeof name === 'string' ? `${name} (#${i + 1})` : `#${i + 1}`));
    });
  }
  if (problems.length) throw new ValidationError(problems, `${dir} has ${problems.length} problem(s)`);
  return out;
}

/** What the leaders give the gazetteer: names of states and bodies, and persons read by date. */
export interface LeaderNames {
  /** Names of a state or body, from leaders who held offices of that one only. */
  names: Map<string, string[]>;
  /**
   * Leaders who held offices of several states or bodies (a prime minister who became UN
   * Secretary-General): persons whose roles say which one they stand for at a date. Their ids start
   * with `leader-`; the coder turns them into that state or body (src/ingest/coder/code-sentence.ts).
   */
  persons: ActorInput[];
}

/** The id prefix of a person made from the leaders list. */
export const LEADER_PREFIX = 'leader-';

const slug = (name: string): string =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The names the leaders give, keeping only names that point at one state, body or person and that
 * neither `taken` (folded names the region's actors already use) nor `places` (folded town, city and
 * province names: "Lagos" stays the Nigerian city, not Chile's president) holds.
 */
export function leaderNames(
  leaders: readonly Leader[],
  taken: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = placeNames(),
): LeaderNames {
  // One person per full name, with the states and bodies of their offices.
  const people = new Map<string, Leader[]>();
  for (const l of leaders) {
    const k = fold(l.name);
    people.set(k, [...(people.get(k) ?? []), l]);
  }
  // A leader of several states or bodies is a person of their own, read by date.
  const personOffices = new Map<string, Leader[]>();
  for (const offices of people.values())
    if (new Set(offices.map((o) => o.of)).size > 1)
      personOffices.set(`${LEADER_PREFIX}${slug(offices[0]!.name)}`, offices);
  const ownerOf = (l: Leader): string => {
    const id = `${LEADER_PREFIX}${slug(l.name)}`;
    return personOffices.has(id) ? id : l.of;
  };
  const owners = new Map<string, Set<string>>();
  const surface = new Map<string, string>();
  for (const l of leaders)
    for (const n of [l.name, ...l.also, ...(l.short ? [l.short] : [])]) {
      const k = fold(n);
      surface.set(k, surface.get(k) ?? n);
      const set = owners.get(k) ?? new Set<string>();
      set.add(ownerOf(l));
      owners.set(k, set);
    }
  // A single name that is another leader's given name ("Fidel": Castro's, and Ramos's) says too little;
  // one that is the leader's own given name and the name news uses for them ("Prem") stays.
  const givenToOthers = new Set<string>();
  for (const offices of people.values()) {
    const words = offices[0]!.name.split(/\s+/);
    if (words.length < 2) continue;
    const k = fold(words[0]!);
    if (!offices.some((l) => singles(l).includes(k))) givenToOthers.add(k);
  }
  const kept = new Map<string, string[]>();
  for (const [k, set] of owners) {
    if (set.size !== 1 || taken.has(k) || places.has(k)) continue;
    if (!k.includes(' ') && givenToOthers.has(k)) continue;
    const [owner] = [...set] as [string];
    kept.set(owner, [...(kept.get(owner) ?? []), surface.get(k) as string]);
  }
  const names = new Map<string, string[]>();
  const persons: ActorInput[] = [];
  for (const [owner, list] of kept) {
    if (!owner.startsWith(LEADER_PREFIX)) {
      names.set(owner, list);
      continue;
    }
    const offices = personOffices.get(owner)!;
    persons.push({
      id: owner,
      kind: 'person',
      name: offices[0]!.name,
      aliases: list,
      roles: offices.map((o) => ({
        title: o.office,
        of: o.of,
        from: String(o.from),
        to: o.to === null ? null : String(o.to),
      })),
    });
  }
  return { names, persons };
}

/** The one-word names of a leader (short name and one-word spellings), folded. */
const singles = (l: Leader): string[] =>
  [l.short, ...l.also].filter((n): n is string => n !== undefined && !/\s/.test(n.trim())).map(fold);

let shipped: Leader[] | undefined;

/** The shipped leaders (read once). */
export function defaultLeaders(): Leader[] {
  shipped ??= loadLeaders();
  return shipped;
}
