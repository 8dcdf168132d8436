/**
 * Offices and their holders over time: the one place that turns a name or a title into a person at
 * a date, used by the coder (src/ingest/coder) and by every name look-up of the CLI and the API
 * (src/store/find-actor.ts).
 *
 * - An office kind is read from a role's title ("President of Azerbaijan" → president, "United
 *   States Secretary of State" → foreign-minister, "Chief of the Secret Intelligence Service" →
 *   security-chief) and from the words of a text ("the Azerbaijani president", "the Russian
 *   foreign minister", "the head of British intelligence").
 * - A role is an office OF an actor when its `of` is that actor or lies under it (a ministry's
 *   parent, an organisation's country): the Russian foreign minister's role is of RUS_MFA, under RUS.
 * - A name several persons share ("Aliyev") resolves to the one holding an office at the date;
 *   when none or several do, the answer is `ambiguous` with the candidates, never a guess.
 */
import type { Actor, Role } from './actor.js';
import { firstDay, lastDay } from './dates.js';

export type ActorLookup = (id: string) => Actor | undefined;

export const OFFICE_KINDS = [
  'president',
  'prime-minister',
  'foreign-minister',
  'defence-minister',
  'security-chief',
  'speaker',
  'head',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** An interval of days (YYYY-MM-DD, inclusive); a single partial date is its first day. */
export interface DaySpan {
  from: string;
  to: string;
}

/** What a look-up is about in time: one date, or a range (either end may be open). */
export type When = string | { from?: string | null; to?: string | null };

/**
 * The days `when` stands for. A single date stands for its first day, as in resolveCountry (so
 * "1995" reads as the start of 1995); a range covers from the first day of `from` to the last of `to`.
 */
export function spanOf(when: When | null | undefined): DaySpan | null {
  if (when === null || when === undefined) return null;
  if (typeof when === 'string') return { from: firstDay(when), to: firstDay(when) };
  if (!when.from && !when.to) return null;
  return { from: when.from ? firstDay(when.from) : '0000-01-01', to: when.to ? lastDay(when.to) : '9999-12-31' };
}

/** Whether a role was held on some day of the span. */
export function heldDuring(role: Pick<Role, 'from' | 'to'>, span: DaySpan): boolean {
  return firstDay(role.from) <= span.to && (role.to === null || role.to === undefined || lastDay(role.to) >= span.from);
}

const NOT_THE_HOLDER =
  /^(?:deputy|vice|first deputy|press|adviser|advisor|assistant|spokes\w*|under|acting deputy|former|ambassador)\b/;

/** The office kind a role's title names, or null for titles no text phrase refers to. */
export function officeOfTitle(title: string): OfficeKind | null {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOT_THE_HOLDER.test(t) || /\b(?:deputy|vice)[ -]/.test(t)) return null;
  if (
    /\b(?:foreign minister|minister of foreign affairs|minister for foreign affairs|foreign secretary|secretary of state)\b/.test(
      t,
    )
  )
    return 'foreign-minister';
  if (/\b(?:defen[cs]e minister|minister of (?:national )?defen[cs]e|secretary of defen[cs]e)\b/.test(t))
    return 'defence-minister';
  if (
    /^(?:[\p{L}.]+ )?(?:chief|head|director|chairman)\b.*\b(?:intelligence|security service|state security)\b/u.test(t)
  )
    return 'security-chief';
  if (/^(?:[\p{L}.]+ )?(?:prime minister|premier)\b/u.test(t)) return 'prime-minister';
  if (/^(?:[\p{L}.]+ )?president\b/u.test(t)) return 'president';
  if (/^speaker\b/.test(t)) return 'speaker';
  return null;
}

/** Whether a role of this title answers to "the head of <body>" / "the <body> chief". */
function isHead(title: string): boolean {
  const t = title.toLowerCase();
  return (
    !NOT_THE_HOLDER.test(t) &&
    /^(?:[\p{L}.]+ )?(?:chief|head|director|chairman|chair|president|secretary general|secretary-general|leader|catholicos|patriarch)\b/u.test(
      t,
    )
  );
}

/** Whether a role's title is an office of kind `office`. */
export function titleIsOffice(title: string, office: OfficeKind): boolean {
  return office === 'head' ? isHead(title) : officeOfTitle(title) === office;
}

/** `id` and the actors above it (parent, country), nearest first. */
export function actorChain(id: string, lookup: ActorLookup): string[] {
  const out = [id];
  let at = lookup(id);
  while (at && out.length < 8) {
    const up = at.parent ?? at.country;
    if (!up || out.includes(up)) break;
    out.push(up);
    at = lookup(up);
  }
  return out;
}

export interface Holding {
  person: Actor;
  role: Role;
}

/** Offices held in a body under the state (a ministry, a service): the state's foreign minister may be a role of its MFA. */
const HELD_IN_A_BODY = new Set<OfficeKind>(['foreign-minister', 'defence-minister', 'security-chief']);

/**
 * Who held office `office` of actor `of` during `span`, in the order the persons are given. A role
 * counts when its `of` is `of`, or, for ministers and security chiefs, a body under it (RUS_MFA
 * under RUS). A president or prime minister must be of `of` itself: the President of the National
 * Assembly is not the President of Armenia, nor the head of a church the head of its state.
 */
export function officeHolders(
  persons: Iterable<Actor>,
  office: OfficeKind,
  of: string,
  span: DaySpan,
  lookup: ActorLookup,
): Holding[] {
  const out: Holding[] = [];
  for (const person of persons) {
    if (person.kind !== 'person') continue;
    const role = person.roles.find(
      (r) =>
        titleIsOffice(r.title, office) &&
        heldDuring(r, span) &&
        (r.of === of || (HELD_IN_A_BODY.has(office) && actorChain(r.of, lookup).includes(of))),
    );
    if (role) out.push({ person, role });
  }
  return out;
}

export type PersonChoice =
  { kind: 'found'; id: string; role: Role | null } | { kind: 'ambiguous'; candidates: Actor[]; reason: string };

/** "President of Azerbaijan 1993-10 – 2003-10; ..." for messages. */
export function describeRoles(person: Actor): string {
  if (!person.roles.length) return 'no office recorded';
  return person.roles.map((r) => `${r.title} ${r.from} – ${r.to ?? 'present'}`).join('; ');
}

/**
 * Which of several persons a shared name means during `span`: the one holding an office then (any
 * role), or `ambiguous` when none or several do, or when no date is given.
 */
export function choosePerson(candidates: readonly Actor[], span: DaySpan | null): PersonChoice {
  if (candidates.length === 1) return { kind: 'found', id: (candidates[0] as Actor).id, role: null };
  if (!span)
    return {
      kind: 'ambiguous',
      candidates: [...candidates],
      reason: 'several persons bear this name and no date says which',
    };
  const holding = candidates.flatMap((p) => {
    const role = p.roles.find((r) => heldDuring(r, span));
    return role ? [{ p, role }] : [];
  });
  if (holding.length === 1) return { kind: 'found', id: holding[0]!.p.id, role: holding[0]!.role };
  const when = span.from === span.to ? span.from : `${span.from} to ${span.to}`;
  return {
    kind: 'ambiguous',
    candidates: holding.length ? holding.map((h) => h.p) : [...candidates],
    reason: holding.length
      ? `several of the persons bearing this name held office at ${when}`
      : `none of the persons bearing this name held a recorded office at ${when}`,
  };
}

/** Title words a text uses for each office, folded; longest first when matched. */
export const OFFICE_WORDS: ReadonlyArray<readonly [OfficeKind, readonly string[]]> = [
  ['foreign-minister', ['minister', 'of', 'foreign', 'affairs']],
  ['foreign-minister', ['minister', 'for', 'foreign', 'affairs']],
  ['foreign-minister', ['foreign', 'affairs', 'minister']],
  ['defence-minister', ['minister', 'of', 'defence']],
  ['defence-minister', ['minister', 'of', 'defense']],
  ['defence-minister', ['secretary', 'of', 'defense']],
  ['foreign-minister', ['secretary', 'of', 'state']],
  ['president', ['head', 'of', 'state']],
  ['foreign-minister', ['foreign', 'minister']],
  ['foreign-minister', ['foreign', 'secretary']],
  ['foreign-minister', ['top', 'diplomat']],
  ['defence-minister', ['defence', 'minister']],
  ['defence-minister', ['defense', 'minister']],
  ['defence-minister', ['defense', 'secretary']],
  ['prime-minister', ['prime', 'minister']],
  ['security-chief', ['intelligence', 'chief']],
  ['security-chief', ['spy', 'chief']],
  ['security-chief', ['spymaster']],
  ['prime-minister', ['premier']],
  ['prime-minister', ['pm']],
  ['president', ['president']],
  ['speaker', ['speaker']],
  ['head', ['head']],
  ['head', ['chief']],
  ['head', ['director']],
  ['head', ['chairman']],
];

/** The office whose words start at `words[i]`: its kind and how many words it takes. */
export function officeAt(words: readonly string[], i: number): { office: OfficeKind; length: number } | null {
  for (const [office, ws] of OFFICE_WORDS) {
    if (ws.every((w, k) => words[i + k] === w)) return { office, length: ws.length };
  }
  return null;
}

/** Words that make a title refer to someone other than the holder at the date ("the former president"). */
export const NOT_CURRENT = new Set([
  'former',
  'ex',
  'late',
  'previous',
  'past',
  'future',
  'next',
  'incoming',
  'outgoing',
  'then',
  'deputy',
  'vice',
  'first-deputy',
  'acting',
]);

/**
 * A title typed as text, split into its office and the words naming whose office it is:
 * "the Azerbaijani president" → president / "azerbaijani"; "Russia's foreign minister" →
 * foreign-minister / "russia"; "President of Azerbaijan" → president / "azerbaijan"; "the head of
 * MI6" → head / "mi6". Null when the text is not a title.
 */
export function parseTitle(text: string): { office: OfficeKind; of: string } | null {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (!words.length || NOT_CURRENT.has(words[0] as string)) return null;
  // "<office> of <whose>"
  const lead = officeAt(words, 0);
  if (lead && words[lead.length] === 'of' && words.length > lead.length + 1) {
    const rest = words.slice(lead.length + 1);
    if (rest[0] === 'the') rest.shift();
    if (rest.length) return { office: lead.office, of: rest.join(' ') };
  }
  // "<whose> <office>": the office words end the text.
  for (let i = 1; i < words.length; i++) {
    const m = officeAt(words, i);
    if (m && i + m.length === words.length) {
      if (NOT_CURRENT.has(words[i - 1] as string)) return null;
      return { office: m.office, of: words.slice(0, i).join(' ') };
    }
  }
  return null;
}
