/**
 * Coding one sentence: find trigger words (verbs and event nouns of the pattern table), check each
 * pattern's object cues and vetoes, find the actor and the recipient (active, passive, reduced
 * passive, noun phrases), the modality, the date, then build the event with its citation,
 * confidence and rule. Unknown capitalised names in subject position are returned as candidates.
 */
import { createHash } from 'node:crypto';
import { resolveCountries, resolveCountry, type Actor, type Event, type EventType } from '../../model/index.js';
import { findDates, nearestDate, type FoundDate } from './dates.js';
import { dateSpans, dateTokenMask } from './date-spans.js';
import type { Gazetteer } from './gazetteer.js';
import { findMentions, type MentionResult, type NearWords } from './mentions.js';
import { modalityOf, type ModalityResult } from './modality.js';
import { conditionalThreat, intentAct, obligations, pickFocal, refusalAct, reportedAt } from './focal.js';
import { organHead, peopleActor, soleStateMention, unnamedRulers } from './domestic.js';
import { inputProblem, type InputWarning } from './input-checks.js';
import { LEADER_PREFIX } from './leaders.js';
import type { PatternTable, Trigger } from './patterns.js';
import { clauseEnd, findSubject, type Group } from './roles.js';
import { choosePerson, officeHolders, spanOf } from '../../model/office.js';
import { summarise } from './summary.js';
import { tokenize, type Token } from './tokens.js';
import { tryTrigger, type Draft } from './trigger.js';
import { readsAsVerb } from './verb-reading.js';
import { posTags, taggedVerb } from './pos.js';
import { looksPast } from './inflect.js';
import { CLAUSE_BREAKS, COMMON_CAPITALISED, CONNECTORS, DETERMINERS, MONTHS, PREPOSITIONS, WEEKDAYS } from './words.js';

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  kind?: 'body' | 'heading' | 'footnote';
  holes?: Array<[number, number]>;
  /** Part of an over-long run the splitter cut (sentences.ts): never coded. */
  cut?: true;
}

export interface CodedCandidate {
  event: Event;
  sentence_start: number;
  sentence_end: number;
  sentence: string;
  /**
   * The sentence's focal event, as PLOVER codes one event per sentence: true for exactly one event of
   * each sentence that has any (focal.ts `pickFocal`); the others are acts the sentence also reports.
   */
  focal: boolean;
}

export interface PreparedCoder {
  gaz: Gazetteer;
  table: PatternTable;
  lookup: (id: string) => Actor | undefined;
  published: string;
  sourceId: string;
  idPrefix: string;
}

export interface SentenceResult {
  events: CodedCandidate[];
  unknown: Array<{ name: string; start: number }>;
  /** Why nothing was coded from this sentence, when it was not read (input-checks.ts). */
  warning?: InputWarning;
}

const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS]);

function masked(s: SentenceInput): string {
  if (!s.holes?.length) return s.text;
  let out = s.text;
  for (const [hs, he] of s.holes) {
    const a = Math.max(hs - s.start, 0);
    const b = Math.min(he - s.start, out.length);
    if (b > a) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

/** A footnote that is a reference (a quoted title, a URL, "Available at"), not prose. */
const BIBLIOGRAPHIC = /Available at|accessed|Retrieved|https?:\/\/|[“"‘'][^”"’']{8,}[”"’']\s*,|\*[^*]+\*/;

/**
 * An -ing form right after a plural noun opens a reduced relative clause ("demonstrators protesting
 * the result", "troops shelling the town"): a verb, if the tagger agrees. The hand rule (verb-reading.ts)
 * needs "be" or a comma before an -ing form and cannot tell this from "the shelling".
 */
function ingClause(text: string, tokens: Token[], i: number, t: Trigger): boolean {
  if (t.form !== 'ing') return false;
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || !/[^s]s$/.test(prev.low)) return false;
  const tags = posTags(text, tokens);
  return tags[i] === 'VERB' && tags[i - 1] === 'NOUN';
}

function sameAct(a: Event, b: Event): boolean {
  return a.event_type === b.event_type && a.modality === b.modality && a.actor.join('+') === b.actor.join('+');
}

function unknownSubject(
  tokens: Token[],
  ms: MentionResult,
  i: number,
  text: string,
): { name: string; start: number } | null {
  const subj = findSubject(tokens, ms, i);
  if (!subj.unknown) return null;
  const [first, b] = subj.unknown;
  let a = first;
  while (a < b && COMMON_CAPITALISED.has(tokens[a]!.low)) a++;
  if (a >= b) return null;
  if (b - a === 1 && (NOT_NAMES.has(tokens[a]!.low) || a === 0)) return null;
  return { name: text.slice(tokens[a]!.start, tokens[b - 1]!.end), start: tokens[a]!.start };
}

function eventDate(
  dates: FoundDate[] | null,
  pos: number,
  published: string,
): { date: string; end: string | null; factor: number; how: string } {
  const d = dates ? nearestDate(dates, pos) : undefined;
  if (!d) return { date: published, end: null, factor: 0.85, how: 'published' };
  const end = d.end_date && d.end_date > d.date ? d.end_date : null;
  return { date: d.date, end, factor: d.relative ? 0.95 : 1, how: d.relative ? 'relative' : 'explicit' };
}

interface Resolved {
  ids: string[];
  /** Notes for the rule: which names and titles were resolved by date, and which could not be. */
  flags: string[];
  /** A name that stayed ambiguous at the date. */
  unsure: boolean;
}

/**
 * The actors of a group at the event's date: a shared name ("Aliyev") to the person in office then,
 * a title ("the Azerbaijani president") to its holder then. A shared name that fits none or several
 * persons is not guessed: it falls back to the country they all belong to (and is marked), or is
 * left out when they belong to different ones. A title with no known holder stays its state or body.
 */
function actorsAt(
  ms: MentionResult,
  g: Group | null,
  date: string,
  prep: PreparedCoder,
  text: string,
  tokens: Token[],
): Resolved {
  const out: Resolved = { ids: [], flags: [], unsure: false };
  if (!g) return out;
  const span = spanOf(date);
  const surface = (m: { start: number; end: number }): string =>
    text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end);
  for (const k of g.members) {
    const m = ms.mentions[k]!;
    let id: string | null = m.actor;
    if (m.candidates) {
      const people = m.candidates.map((c) => prep.lookup(c)).filter((a): a is Actor => a !== undefined);
      const choice = choosePerson(people, span);
      if (choice.kind === 'found') {
        id = choice.id;
      } else {
        const countries = [...new Set(choice.candidates.map((p) => p.country ?? ''))];
        id = countries.length === 1 && countries[0] ? countries[0] : null;
        out.unsure = true;
        out.flags.push(`ambiguous:${surface(m)}=${choice.candidates.map((p) => p.id).join('|')}`);
      }
    } else if (m.office) {
      const holders = officeHolders(prep.gaz.persons, m.office, m.actor, span!, prep.lookup);
      if (holders.length === 1) {
        id = holders[0]!.person.id;
        out.flags.push(`office:${m.office}-of-${m.actor}`);
      } else if (holders.length > 1) {
        out.flags.push(`office-ambiguous:${m.office}-of-${m.actor}=${holders.map((h) => h.person.id).join('|')}`);
      }
    }
    if (id?.startsWith(LEADER_PREFIX)) {
      // A leader of several states or bodies stands for the one whose office they held at the date;
      // with none held then, the name says too little and is left out.
      const to = resolveCountry(id, date, prep.lookup);
      out.flags.push(to === id ? `leader-undated:${surface(m)}` : `leader:${id}`);
      id = to === id ? null : to;
      if (!id) out.unsure = true;
    }
    if (id && !out.ids.includes(id)) out.ids.push(id);
  }
  return out;
}

/**
 * "Ethnic Hungarians in Romania": a people named by "ethnic" and a demonym act for the state where they
 * live, the one place the sentence names in another state, as CAMEO and PLOVER code minorities.
 */
function ethnicResidence(tokens: Token[], ms: MentionResult, actor: Draft['actor']): Draft['actor'] | null {
  if (actor.members.length !== 1) return null;
  const m = ms.mentions[actor.members[0]!]!;
  if (!m.people || tokens[m.start - 1]?.low !== 'ethnic') return null;
  const places = ms.mentions.map((x, k) => [x, k] as const).filter(([x]) => x.location && x.actor !== m.actor);
  if (new Set(places.map(([x]) => x.actor)).size !== 1) return null;
  return { members: [places[0]![1]], start: actor.start, end: actor.end };
}

/**
 * Who acted for the actor state when it is not the state's own organ: an unnamed perpetrator, a
 * domestic group ("Rebels"), a named group ("Sendero Rojo"); none for organs ("the army").
 */
function proxyOf(d: Draft, tokens: Token[], text: string): { label: string; plural: boolean } | undefined {
  if (d.how.startsWith('unattributed')) return { label: 'Unidentified attackers', plural: true };
  const named = d.how.startsWith('named-group');
  if (!named && !(d.how.startsWith('domestic-subject') && !organHead(tokens[d.actor.start]!.low))) return undefined;
  // The group's words before its head too ("Opposition leaders", "Taliban fighters"), up to three.
  let a = d.actor.start;
  while (!named && a > 0 && d.actor.start - a < 3 && modifier(tokens[a - 1]!)) a--;
  const words = text.slice(tokens[a]!.start, tokens[d.actor.end - 1]!.end);
  const label = words.charAt(0).toUpperCase() + words.slice(1);
  return { label, plural: !named && /s$/.test(words) };
}

const modifier = (t: Token): boolean =>
  t.kind === 'word' &&
  !DETERMINERS.has(t.low) &&
  !PREPOSITIONS.has(t.low) &&
  !CLAUSE_BREAKS.has(t.low) &&
  !CONNECTORS.has(t.low) &&
  !MONTHS.includes(t.low) &&
  !WEEKDAYS.includes(t.low);

/** Actors a pattern's `official` reading applies to: states, their officials, bodies of states (not parties, groups, people). */
const OFFICIAL_KINDS = new Set(['state', 'person', 'organization', 'alliance', 'format']);

export function codeSentence(s: SentenceInput, index: number, prep: PreparedCoder, near: NearWords): SentenceResult {
  const out: SentenceResult = { events: [], unknown: [] };
  if (s.kind === 'footnote' && BIBLIOGRAPHIC.test(s.text)) return out;
  const text = masked(s);
  const tokens = tokenize(text);
  const problem = inputProblem(text, tokens, s.cut === true);
  if (problem) {
    out.warning = { start: s.start, end: s.end, ...problem };
    return out;
  }
  const hits: Array<[number, Trigger[]]> = [];
  let found: MentionResult | null = null;
  const ms0 = (): MentionResult => (found ??= findMentions(tokens, text, prep.gaz, near));
  const words = tokens.filter((t) => t.kind === 'word');
  const titleCase =
    s.kind === 'heading' || (words.length >= 4 && words.filter((t) => t.cap).length >= 0.8 * words.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const list = t.kind === 'word' ? prep.table.byForm.get(t.low) : undefined;
    if (!list || (t.cap && i > 0 && (!titleCase || NOT_NAMES.has(t.low)))) continue;
    const usable = list.filter((x) => x.noun || readsAsVerb(tokens, ms0(), i, x) || ingClause(text, tokens, i, x));
    if (usable.length) hits.push([i, usable]);
  }
  // An obligation ("X said Y must ...") needs no coding verb of its own.
  if (!hits.length && !tokens.some((t) => t.low === 'must' || t.low === 'should')) return out;
  const ms = ms0();
  const dates = findDates(text, prep.published);
  ms.dates = dateTokenMask(tokens, dateSpans(text, dates));
  const consumed = new Set<number>();
  const verbAt = new Set(hits.filter(([, list]) => list.some((x) => !x.noun)).map(([k]) => k));
  const isVerb = (k: number): boolean =>
    verbAt.has(k) || (tokens[k]!.kind === 'word' && !tokens[k]!.cap && looksPast(tokens[k]!.low));
  // The word after a complement's "to" must be a verb: the tagger tells "to station troops" from "to dialogue".
  const bareVerb = (k: number): boolean => taggedVerb(text, tokens, k);
  let sole: number | undefined;
  const soleState = (): number => (sole ??= soleStateMention(ms, prep.lookup));
  const drafts: Draft[] = [];
  for (const [i, list] of hits) {
    if (consumed.has(i)) continue;
    let draft: Draft | null = null;
    for (const t of list) {
      if (t.noun && drafts.some((d) => d.at === i)) break;
      draft = tryTrigger(tokens, ms, i, t, consumed, isVerb, { bareVerb, soleState });
      if (draft) break;
    }
    // Only when no reading names a perpetrator: violence by an unnamed one, of the place (unattributed.ts).
    if (!draft && !list[0]!.noun)
      for (const t of list)
        if ((draft = tryTrigger(tokens, ms, i, t, consumed, isVerb, { bareVerb, soleState, unattributed: true })))
          break;
    if (draft) drafts.push(draft);
    // A ruler coded by the state of the place is still a name for the curator (domestic.ts).
    if (
      (draft === null ||
        draft.how === 'titled-ruler' ||
        draft.how.startsWith('named-group') ||
        draft.how.startsWith('partial-subject')) &&
      !list[0]!.noun
    ) {
      const u = unknownSubject(tokens, ms, i, text);
      if (u) out.unknown.push({ name: u.name, start: s.start + u.start });
    }
  }
  for (const o of obligations(tokens, ms)) {
    if (drafts.some((d) => d.pattern.type === 'REQUEST' && d.at === o.at)) continue;
    drafts.push({
      pattern: o.trigger.pattern,
      trigger: o.trigger,
      at: o.at,
      actor: o.actor,
      recipient: o.recipient,
      mode: null,
      cue: null,
      how: 'obligation',
      confidence: o.trigger.pattern.confidence,
      stop: o.actor.start,
    });
  }
  if (!drafts.length) return out;
  const question = /\?["'”’)]*\s*$/.test(text);
  const location = ms.mentions.find((m) => m.location);
  const seen = new Map<string, CodedCandidate>();
  const triggerAt = new Map<Event, { at: number; background: boolean }>();
  const sha = createHash('sha256').update(s.text, 'utf8').digest('hex');
  for (const d of drafts) {
    const when = eventDate(dates, tokens[d.at]!.start, prep.published);
    // The group named as actor, and the one it stands for (an ethnic minority: the state where it lives).
    const named = d.actor;
    const actorGroup = ethnicResidence(tokens, ms, named) ?? named;
    const actorSide = actorsAt(ms, actorGroup, when.date, prep, text, tokens);
    const recipientSide = actorsAt(ms, d.recipient, when.date, prep, text, tokens);
    const actors = actorSide.ids;
    if (!actors.length) continue;
    // A state may be the target of its own organs and people ("the government dissolved the Chilean
    // parliament", "imposed a curfew in Turkey"), as PLOVER codes domestic events; only a mention that
    // is itself part of the actor is never its own target.
    // (A group standing for a state through a place it names is no part of that place: "rebels ... in Lima".)
    const proxy = ms.mentions[actorGroup.members[0]!]!.start !== actorGroup.start;
    const shared = !proxy && d.recipient?.members.some((k) => actorGroup.members.includes(k)) === true;
    let recipients = recipientSide.ids.filter((r) => !shared || !actors.includes(r));
    let domestic = '';
    // A demonym right before an act's noun is the state ("the Azerbaijani blockade"), except for protests by a people.
    const people =
      !(d.trigger.noun && d.how === 'noun-modifier' && d.pattern.type !== 'PROTEST') &&
      peopleActor(tokens, ms, named.members, named.start);
    // PLOVER: civilians blocking a road or a site protest (PROTEST, obstruct); a blockade is a state's COERCE.
    const civil = d.pattern.civilian !== undefined && people;
    const rulers =
      people && !d.recipient && !d.domestic ? unnamedRulers(tokens, ms, d.at + 1, clauseEnd(tokens, d.at)) : null;
    const why = civil && !d.recipient ? 'protest' : (d.domestic ?? (rulers ? `rulers:${rulers}` : undefined));
    // An unknown ruler is of the actor's state only when that is the one state the sentence names.
    const ruler = why === 'group:ruler';
    const soleOk = (): boolean => {
      const k = soleState();
      return k >= 0 && actors.includes(ms.mentions[k]!.actor);
    };
    if (!recipients.length && why && (why !== 'protest' || people) && (!ruler || soleOk())) {
      const states = resolveCountries(actors, when.date, prep.lookup).filter((c) => prep.lookup(c)?.kind === 'state');
      if (states.length === 1) {
        recipients = states;
        domestic = `domestic:${why}`;
      }
    }
    const mod0 = modalityOf(tokens, d.at, d.stop, d.trigger.noun, question);
    // "said it would (tighten its blockade)": reported intent, read from the modal back.
    const wouldAt = tokens.slice(Math.max(0, d.at - 6), d.at).findLastIndex((t) => t.low === 'would');
    const reported = mod0.cue === 'would' && wouldAt >= 0 && reportedAt(tokens, ms, Math.max(0, d.at - 6) + wouldAt);
    const focal =
      intentAct(d.pattern.type as EventType, d.mode, mod0.modality, mod0.cue, reported) ??
      refusalAct(tokens, d.at, d.pattern.type as EventType, mod0.modality, mod0.cue) ??
      conditionalThreat(tokens, d.at, d.pattern.type as EventType, mod0.modality, mod0.cue, actorGroup.start);
    // The pattern's reading for states and officials (a diplomatic protest is ACCUSE, not PROTEST).
    const official =
      d.pattern.official !== undefined &&
      !people &&
      !d.how.startsWith('domestic') &&
      actors.every((id) => OFFICIAL_KINDS.has(prep.lookup(id)?.kind ?? ''));
    const variants: Array<{ type: EventType; mode: string | null; mod: ModalityResult; flag: string }> = [
      civil
        ? { type: d.pattern.civilian!.type as EventType, mode: d.pattern.civilian!.mode, mod: mod0, flag: 'civilian' }
        : official
          ? { type: d.pattern.official!.type as EventType, mode: d.pattern.official!.mode, mod: mod0, flag: 'official' }
          : { type: d.pattern.type as EventType, mode: d.mode, mod: mod0, flag: '' },
    ];
    if (focal)
      variants.push({ type: focal.type, mode: focal.mode, mod: { modality: 'actual', cue: null }, flag: focal.flag });
    for (const { type, mode, mod, flag } of variants) {
      let confidence = d.confidence * when.factor;
      if (actorSide.unsure || recipientSide.unsure) confidence *= 0.7;
      if (mod.modality !== 'actual') confidence *= 0.5;
      if (actorGroup.members.some((k) => ms.mentions[k]!.people)) confidence *= 0.85;
      if (s.kind === 'heading') confidence *= 0.8;
      if (s.kind === 'footnote') confidence *= 0.6;
      const key = `${type}|${actors.join('+')}|${recipients.join('+')}|${mod.modality}`;
      const prior = seen.get(key);
      if (prior && (prior.event.origin as { confidence: number }).confidence >= confidence) continue;
      const flags = [
        flag,
        d.how !== 'active' ? d.how : '',
        domestic,
        d.cue ? `cue:${d.cue}` : '',
        mod.cue ? `${mod.modality}:${mod.cue}` : '',
        `date:${when.how}`,
        ...actorSide.flags,
        ...recipientSide.flags,
      ].filter(Boolean);
      const rule = `${d.trigger.noun ? 'noun' : 'verb'}:${d.trigger.lemma}→${type}${mode ? `/${mode}` : ''}#${d.pattern.id}${flags.length ? ` (${flags.join(', ')})` : ''}`;
      const base = {
        actor: actors,
        recipient: recipients,
        event_type: type,
        mode,
        date: when.date,
        modality: mod.modality,
      };
      const event: Event = {
        id: '',
        date: when.date,
        end_date: when.end,
        actor: actors,
        recipient: recipients,
        event_type: type,
        mode,
        context: [...d.pattern.context],
        modality: mod.modality,
        location: location
          ? { name: text.slice(tokens[location.start]!.start, tokens[location.end - 1]!.end), actor: location.actor }
          : null,
        summary: summarise({ ...base, proxy: proxyOf(d, tokens, text) }, prep.lookup),
        citations: [{ source: prep.sourceId, start: s.start, end: s.end, sha256: sha }],
        status: 'asserted',
        counter_claims: [],
        origin: {
          kind: 'coded',
          confidence: Math.round(Math.min(0.99, Math.max(0.01, confidence)) * 1000) / 1000,
          rule,
          review: 'pending',
        },
      };
      seen.set(key, { event, sentence_start: s.start, sentence_end: s.end, sentence: s.text, focal: false });
      triggerAt.set(event, { at: d.at, background: d.background === true });
    }
  }
  // One event per act: drop an event whose recipients are a subset of another's with the same type,
  // actors and modality ("shot down the Azerbaijani plane, killing 38": one attack, not two).
  const all = [...seen.values()];
  const kept = all.filter(
    (c) =>
      !all.some(
        (o) =>
          o !== c &&
          sameAct(o.event, c.event) &&
          o.event.recipient.length > c.event.recipient.length &&
          c.event.recipient.every((r) => o.event.recipient.includes(r)),
      ),
  );
  const focal = pickFocal(kept.map((c) => ({ event: c.event, ...triggerAt.get(c.event)! })));
  if (focal >= 0) kept[focal]!.focal = true;
  let n = 0;
  for (const c of kept) {
    c.event.id = `${prep.idPrefix}-s${index}-${++n}`;
    out.events.push(c);
  }
  return out;
}
