/**
 * Finding actor mentions in a tokenised sentence: longest gazetteer match at each word, then the
 * rules that make a name mean the right thing here.
 *
 * - Context: a generic name ("the Church", "Congress") counts only near words of its topic.
 * - Ambiguity: a name's alternative reading wins when its cue is present ("Georgia, USA", "the
 *   Armenian Church", "Azeris in Iran"); a reading with no actor removes the mention.
 * - Demonyms: the head noun after a demonym tells people ("Armenian refugees") from the state
 *   ("Armenian troops", "the Azerbaijani government"); government heads join the mention.
 * - Places: a capital or territory after "in", "at", "near"... is a location, not an actor, unless a
 *   government word comes first ("the government in Baku").
 * - Titles: "Azerbaijan's President Ilham Aliyev" is one person mention, resolved by role later.
 * - Hyphenated pairs ("Aliyev-Pashinyan meeting") yield one mention per known part.
 * - Shared names: a name several persons bear ("Aliyev") carries them all as candidates; the coder
 *   picks the one in office at the event's date (src/model/office.ts).
 * - Offices: a state or body with a title and no name ("the Azerbaijani president", "Russia's
 *   foreign minister", "the head of British intelligence") carries the office; the coder resolves it
 *   to the holder at the event's date, and keeps the state or body when no holder is known.
 */
import { NOT_CURRENT, OFFICE_WORDS, officeAt, type OfficeKind } from '../../model/office.js';
import type { Gazetteer, NameEntry, NameKind } from './gazetteer.js';
import type { Token } from './tokens.js';
import { GOVERNMENT_SEATS, LOCATIVE, TITLES } from './words.js';

export interface Mention {
  /** Token span [start, end). */
  start: number;
  end: number;
  actor: string;
  kind: NameKind;
  /** A demonym standing for people of that nation rather than its state. */
  people: boolean;
  /** A place where something happened rather than an actor. */
  location: boolean;
  surface: string;
  /** Persons who all bear this name: which one is meant depends on the date. */
  candidates?: string[];
  /** The office of `actor` this mention names ("the Azerbaijani president"): its holder at the date is meant. */
  office?: OfficeKind;
}

export interface MentionResult {
  mentions: Mention[];
  /** Token index → index into mentions, or -1. */
  at: Int32Array;
  /** Tokens that are known names but not actors here (Georgia the US state): not candidates. */
  known: Set<number>;
  /** 1 for tokens inside a date phrase ("on Tuesday"), set by the sentence coder; role finding steps over them. */
  dates?: Uint8Array;
}

/** Whether a word occurs in the sentence or the few before it (set up by the caller). */
export type NearWords = (word: string) => boolean;

const PREFIXES = new Set(['pro', 'anti', 'post', 'ex', 'non', 'neo', 'pan', 'pre', 'self', 'so', 'well', 'then']);

function matches(tokens: Token[], i: number, e: NameEntry): boolean {
  if (i + e.words.length > tokens.length) return false;
  for (let k = 0; k < e.words.length; k++) {
    const t = tokens[i + k] as Token;
    if (t.low !== e.words[k]) return false;
    if (e.exact && t.text !== e.exact[k]) return false;
  }
  return !e.cap || (tokens[i] as Token).cap;
}

/** Which actor an ambiguous name stands for here: its default, a reading's actor, or null. */
function disambiguate(
  e: NameEntry,
  text: string,
  first: Token,
  last: Token,
  near: NearWords,
): { actor: string | null; through: number } {
  const rule = e.ambiguity;
  if (!rule) return { actor: e.actor, through: last.end };
  const after = text.slice(last.end, last.end + 40);
  const before = text.slice(Math.max(0, first.start - 40), first.start).trimEnd();
  for (const r of rule.readings) {
    const cue = r.after.find((a) => after.startsWith(a));
    if (cue !== undefined) return { actor: r.actor, through: last.end + (r.actor === null ? cue.length : 0) };
    if (r.before.some((b) => before.endsWith(b)) || r.near.some((w) => near(w)))
      return { actor: r.actor, through: last.end };
  }
  return { actor: e.actor, through: last.end };
}

function wordAt(tokens: Token[], i: number): string {
  return tokens[i]?.low ?? '';
}

const WATERS = new Set(['sea', 'gulf', 'bay', 'strait', 'straits', 'lake']);

export function findMentions(tokens: Token[], text: string, gaz: Gazetteer, near: NearWords): MentionResult {
  const mentions: Mention[] = [];
  const known = new Set<number>();
  let words: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'num') continue;
    // "Northern Laos", "Southern Armenia": a direction before a known name is part of the place.
    const entry = gaz.byFirst.get(t.low)?.find((e) => matches(tokens, i, e));
    // (unless the direction starts an actor's own name: "South Sudan", "North Macedonia"; a province
    // named so, "South Lebanon", is still the state's land; "Western" alone is no name before one)
    if (
      (!entry || entry.kind === 'place' || entry.words.length === 1) &&
      DIRECTIONS.has(t.low) &&
      gaz.byFirst.get(wordAt(tokens, i + 1))?.some((e) => matches(tokens, i + 1, e))
    )
      continue;
    if (!entry) {
      if (t.low.includes('-')) splitCompound(tokens, i, gaz, mentions);
      continue;
    }
    const last = i + entry.words.length - 1;
    if (entry.context && !entry.context.some((w) => near(w))) continue;
    // "the Sea of Japan", "the Gulf of Mexico": a body of water named after a state is no actor.
    if (tokens[i - 1]?.low === 'of' && WATERS.has(tokens[i - 2]?.low ?? '')) {
      for (let k = i; k <= last; k++) known.add(k);
      i = last;
      continue;
    }
    const { actor, through } = disambiguate(entry, text, t, tokens[last] as Token, near);
    if (actor === null) {
      // Not an actor here; the words of the cue ("Georgia, USA") are part of the place name.
      let k = i;
      while (k < tokens.length && (k <= last || tokens[k]!.end <= through)) known.add(k++);
      i = k - 1;
      continue;
    }
    // "the Arab League Secretary-General", "Turkey's Security Council": an organ's bare name right after
    // another body or state is that one's organ, not the UN's; its words join the name before.
    const organ = gaz.actors.get(actor);
    const before = mentions[mentions.length - 1];
    if (
      organ?.parent &&
      before &&
      before.end === i - (tokens[i - 1]?.low === "'s" ? 1 : 0) &&
      before.actor !== organ.parent &&
      before.actor !== actor &&
      !before.location
    ) {
      before.end = last + 1;
      i = last;
      continue;
    }
    const m: Mention = {
      start: i,
      end: last + 1,
      actor,
      kind: entry.kind,
      people: false,
      location: false,
      surface: entry.surface,
    };
    if (entry.shared && actor === entry.actor) m.candidates = entry.shared;
    const nameEnd = m.end;
    if (entry.kind === 'demonym') demonymHead(tokens, m, gaz);
    // A place name after "in", "at", "near"... (optionally "the") is where, not who.
    const kind = gaz.actors.get(actor)?.kind;
    const placeLike =
      entry.kind === 'metonym' ||
      entry.kind === 'place' ||
      kind === 'territory' ||
      (kind === 'state' && entry.kind !== 'demonym');
    // "outside the US embassy", "in Chile's attack": the name modifies what follows and is no place.
    if (
      placeLike &&
      locativeBefore(tokens, i, gaz, entry.kind === 'place') &&
      !gaz.governmentHeads.has(wordAt(tokens, m.end)) &&
      wordAt(tokens, m.end) !== "'s"
    )
      m.location = true;
    if (entry.kind === 'place' && !m.location) {
      // A town's name anywhere else is no actor ("Victoria said"); nor is it an unknown name to report.
      for (let k = i; k <= last; k++) known.add(k);
      i = last;
      continue;
    }
    if (!m.location && !m.people) officeAfter(tokens, (words ??= tokens.map((t) => t.low)), m, nameEnd, gaz);
    mentions.push(m);
    i = m.end - 1;
  }
  const merged = mergeTitles(tokens, mentions, gaz);
  for (const m of merged)
    if (!m.office && !m.location && !m.people) officeBefore((words ??= tokens.map((t) => t.low)), m, gaz, merged);
  const at = new Int32Array(tokens.length).fill(-1);
  merged.forEach((m, k) => {
    for (let j = m.start; j < m.end; j++) at[j] = k;
  });
  return { mentions: merged, at, known };
}

/** Words of direction between a preposition and a place: "in eastern Beirut", "in northern Iraq". */
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central northeastern northwestern southeastern southwestern downtown greater'.split(
    ' ',
  ),
);

/** Nouns of a place named with "of" ("the city of Gyumri", "the outskirts of Kandahar"). */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'province',
  'region',
  'port',
  'outskirts',
  'suburbs',
  'suburb',
  'streets',
  'district',
  'districts',
  'neighbourhood',
  'neighborhood',
  'quarter',
  'sector',
  'centre',
  'center',
  'heart',
]);

/**
 * The name at token i follows "in", "at", "near"... (optionally "the", a direction), or "the city of": a
 * place where something happened, unless a government word comes before the preposition and the name
 * can stand for a government ("the government in Baku"; never a town, `town`).
 */
function locativeBefore(tokens: Token[], i: number, gaz: Gazetteer, town = false): boolean {
  let p = i - 1;
  while (DIRECTIONS.has(wordAt(tokens, p)) && p > i - 3) p--;
  // "on rebel-held Aleppo", "in government-controlled Idlib"
  if (/-(held|controlled|run|occupied)$/.test(wordAt(tokens, p))) p--;
  if (wordAt(tokens, p) === 'the') p--;
  const w = wordAt(tokens, p);
  if (w === 'of') return PLACE_NOUNS.has(wordAt(tokens, p - 1));
  // A town is never the government ("the embassy in Karachi" is a place); a capital may be ("the government in Baku").
  // Nor is a town a party: "bombs on Aleppo" fall on a place.
  if (town) return LOCATIVE.has(w) || w === 'on';
  const head = wordAt(tokens, p - 1);
  return (
    LOCATIVE.has(w) &&
    !GOVERNMENT_SEATS.has(head) &&
    // "the embassy in Damascus" is another state's post in that city: a place, not the city's government
    (!gaz.governmentHeads.has(head) || FOREIGN_POSTS.has(head))
  );
}

/** Posts one state keeps in another's capital. */
const FOREIGN_POSTS = new Set(
  'embassy embassies consulate consulates ambassador envoy envoys diplomat diplomats delegation mission'.split(' '),
);

/** "Aliyev-Pashinyan", "Russia-backed": one mention per known part, all on the same token. */
function splitCompound(tokens: Token[], i: number, gaz: Gazetteer, out: Mention[]): void {
  const t = tokens[i] as Token;
  const parts = t.low.split('-');
  if (PREFIXES.has(parts[0] as string)) return;
  const textParts = t.text.split('-');
  const known = (p: string): boolean => gaz.byFirst.get(p)?.some((x) => x.words.length === 1) === true;
  // "Boutros-Ghali", "Houphouet-Boigny": two capitalised parts, one of them no known name, make one
  // person's or place's name; a known part inside it is no mention of its own.
  if (parts.length === 2 && textParts.every((x) => /^\p{Lu}/u.test(x)) && !parts.every(known)) return;
  parts.forEach((p, k) => {
    const e = gaz.byFirst
      .get(p)
      ?.find(
        (x) =>
          x.words.length === 1 &&
          (!x.exact || x.exact[0] === textParts[k]) &&
          (!x.cap || /^\p{Lu}/u.test(textParts[k] ?? '')),
      );
    if (e && !e.context && !e.ambiguity?.readings.some((r) => r.actor === null && r.near.length)) {
      out.push({
        start: i,
        end: i + 1,
        actor: e.actor,
        kind: e.kind,
        people: false,
        location: false,
        surface: e.surface,
        ...(e.shared ? { candidates: e.shared } : {}),
      });
    }
  });
}

/** Extend a demonym over its government head ("Armenian armed forces") or mark it as people. */
function demonymHead(tokens: Token[], m: Mention, gaz: Gazetteer): void {
  let j = m.end;
  let gov = false;
  while (j < tokens.length && j < m.end + 3) {
    const w = (tokens[j] as Token).low;
    if (gaz.governmentHeads.has(w)) {
      gov = true;
      j++;
      continue;
    }
    if (!gov && gaz.peopleHeads.has(w)) {
      m.people = true;
      return;
    }
    break;
  }
  if (gov) m.end = j;
  else if (/s$/.test(m.surface) && m.end === j) m.people = true;
}

/** Fold "Azerbaijan's President Ilham Aliyev" / "the Armenian Prime Minister, Nikol Pashinyan" into the person. */
function mergeTitles(tokens: Token[], mentions: Mention[], gaz: Gazetteer): Mention[] {
  const drop = new Set<number>();
  mentions.forEach((m, k) => {
    if (gaz.actors.get(m.actor)?.kind !== 'person') return;
    let j = m.start - 1;
    let titles = 0;
    while (j >= 0 && m.start - j <= 7) {
      const w = (tokens[j] as Token).low;
      if (TITLES.has(w) || w === "'s" || w === ',' || w === 'the') {
        if (TITLES.has(w) || w === "'s") titles++;
        j--;
        continue;
      }
      break;
    }
    const prevIdx = k - 1;
    const prev = mentions[prevIdx];
    if (!prev || titles === 0 || j < prev.start || j >= prev.end) return;
    if (gaz.actors.get(prev.actor)?.kind === 'person') return;
    drop.add(prevIdx);
    m.start = prev.start;
  });
  return mentions.filter((_, k) => !drop.has(k));
}

/** Whether a state, or a body (a ministry, an intelligence service, a church), can have an office named by a title. */
function canHoldOffice(m: Mention, gaz: Gazetteer): boolean {
  const kind = gaz.actors.get(m.actor)?.kind;
  return kind === 'state' || kind === 'organization';
}

/**
 * "Azerbaijani president", "Azerbaijan's foreign minister", "the MI6 chief": a title right after the
 * name. Not when a capitalised name follows (an unknown person, named: "Iranian Foreign Minister
 * Abbas Araghchi") or a word says the title is not held now ("the former Azerbaijani president").
 */
function officeAfter(tokens: Token[], words: readonly string[], m: Mention, nameEnd: number, gaz: Gazetteer): void {
  if (!canHoldOffice(m, gaz)) return;
  const before = words[m.start - 1] === 'the' ? m.start - 2 : m.start - 1;
  if (NOT_CURRENT.has(words[before] ?? '')) return;
  // A body whose name ends in a title ("Armenian defense minister" as a name of the ministry).
  for (let j = m.start + 1; j < nameEnd; j++) {
    const inner = officeAt(words, j);
    if (
      inner &&
      inner.office !== 'head' &&
      j + inner.length === nameEnd &&
      gaz.actors.get(m.actor)?.kind === 'organization'
    ) {
      m.office = inner.office;
      return;
    }
  }
  let k = nameEnd;
  if (words[k] === "'s") k++;
  const found = officeAt(words, k);
  if (!found) return;
  const isState = gaz.actors.get(m.actor)?.kind === 'state';
  if (found.office === 'head' && isState) return;
  const end = k + found.length;
  const next = tokens[end];
  if (next && next.kind === 'word' && next.cap && !/^[A-Z]{2,}$/.test(next.text)) return;
  m.office = found.office;
  m.end = Math.max(m.end, end);
}

/** "the President of Azerbaijan", "the Minister of Foreign Affairs of Armenia", "the head of British intelligence". */
function officeBefore(words: readonly string[], m: Mention, gaz: Gazetteer, all: Mention[]): void {
  if (!canHoldOffice(m, gaz) || m.kind === 'demonym') return;
  let of = m.start - 1;
  if (words[of] === 'the') of--;
  if (words[of] !== 'of') return;
  let best: { office: OfficeKind; start: number } | null = null;
  for (const [office, ws] of OFFICE_WORDS) {
    const start = of - ws.length;
    if (start < 0 || !ws.every((w, x) => words[start + x] === w)) continue;
    if (!best || start < best.start) best = { office, start };
  }
  if (!best) return;
  if (all.some((o) => o !== m && o.end > best.start && o.start < m.start)) return;
  const before = words[best.start - 1] === 'the' ? best.start - 2 : best.start - 1;
  if (NOT_CURRENT.has(words[before] ?? '')) return;
  m.office = best.office;
  m.start = best.start;
}
