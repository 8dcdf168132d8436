/**
 * The dated facts of a briefing entry: the events placed in the period that involve the entry (coded
 * events awaiting review among them, marked, though they never count in the arrow), and
 * the relations that began, ended or changed phase in it, each as one sentence with the citations of
 * the record behind it, grouped into themed paragraphs (themes.ts). Event summaries, a relation's
 * summary (when it begins) and a phase's summary (when it begins) are the dataset's own words; a
 * record without them gets a sentence written from its type, change and parties (relation-words.ts),
 * with names from the actors list.
 */
import { eventCounts, type EventFilter } from '../../analysis/filters.js';
import type { AnalysisEvent, AnalysisRelation } from '../../analysis/input.js';
import { THEMES } from '../../contracts/brief.js';
import { dayNumber, firstDay, precisionOf, type Citation } from '../../model/index.js';
import { dateLabel, theName, type Names } from './names.js';
import { periodOf, type Period } from './period.js';
import { phaseChange, relationSentence, type Parties } from './relation-words.js';
import { eventTheme, relationTheme, type Theme } from './themes.js';
import { plainSummary } from './words.js';

export const DEFAULT_FILTER: EventFilter = {
  origins: ['curated', 'coded'],
  statuses: ['asserted', 'disputed', 'denied'],
};

/**
 * A coded event still awaiting review, of a status that counts: shown as a fact marked so (what came
 * in from the feeds this period), but never counted in the arrow, as the analyses do not count it.
 */
function isPending(e: AnalysisEvent, f: EventFilter): boolean {
  return (
    e.origin?.kind === 'coded' &&
    e.origin.review === 'pending' &&
    f.origins.includes('coded') &&
    f.statuses.includes(e.status ?? 'asserted')
  );
}

/** At most this many facts per paragraph, the latest kept. */
export const FACTS_PER_THEME = 12;

export interface Fact {
  date: string;
  label: string;
  text: string;
  kind: 'event' | 'relation';
  id: string;
  hypothetical: boolean;
  /** A coded event awaiting review: shown, not counted. */
  pending: boolean;
  citations: Citation[];
}

/** What an entry covers: a country (events it takes part in) or a pair (events that make its tie). */
export interface Scope {
  actors: readonly string[];
  event(e: AnalysisEvent): boolean;
  relation(r: AnalysisRelation, standsFor: (id: string) => string): boolean;
}

/** The parties of a relation as they read in a sentence: each by its name, and the two joined. */
function partiesOf(r: AnalysisRelation, names: Names): Parties {
  const [a = '', b = a] = r.actors.map((x) => theName(names(x)));
  return { a, b, both: a === b ? a : `${a} and ${b}` };
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

const inPeriod = (date: string, p: Period): boolean => {
  const d = dayNumber(firstDay(date));
  return d >= p.from && d <= p.to;
};

/**
 * The relation changes dated in the period: a start (the relation's summary), an end, a phase that
 * begins (the phase's summary). A record without those words gets the sentence for its type and change
 * (relation-words.ts); an end that a phase of state `ended` already marks is told once, by the phase.
 */
function relationFacts(r: AnalysisRelation, p: Period, names: Names, withYear: boolean): Fact[] {
  const who = partiesOf(r, names);
  const base = { kind: 'relation' as const, id: r.id, hypothetical: !!r.hypothetical, pending: false };
  const phases = r.phases ?? [];
  const out: Fact[] = [];
  if (inPeriod(r.from, p))
    out.push({
      ...base,
      date: r.from,
      label: dateLabel(r.from, withYear),
      text: r.summary ? sentence(r.summary) : relationSentence(r.type, 'begins', who),
      citations: [...(r.citations ?? [])],
    });
  if (r.to && inPeriod(r.to, p) && !phases.some((ph) => ph.state === 'ended' && ph.from === r.to))
    out.push({
      ...base,
      date: r.to,
      label: dateLabel(r.to, withYear),
      text: relationSentence(r.type, 'ends', who),
      citations: [...(r.citations ?? [])],
    });
  for (const [i, ph] of phases.entries()) {
    if (!inPeriod(ph.from, p) || ph.from === r.from) continue;
    out.push({
      ...base,
      date: ph.from,
      label: dateLabel(ph.from, withYear),
      text: ph.summary ? sentence(ph.summary) : relationSentence(r.type, phaseChange(r, i), who),
      citations: [...(ph.citations?.length ? ph.citations : (r.citations ?? []))],
    });
  }
  return out;
}

export interface EntryFacts {
  themes: Array<{ theme: Theme; facts: Fact[] }>;
  /** The events of the period and of the previous one that count for the entry. */
  now: AnalysisEvent[];
  before: AnalysisEvent[];
}

/** The entry's events in both periods and its themed facts. */
export function entryFacts(
  data: { events: readonly AnalysisEvent[]; relations: readonly AnalysisRelation[] },
  scope: Scope,
  p: Period,
  names: Names,
  standsFor: (id: string) => string,
  isBody: (id: string) => boolean,
  filter: EventFilter = DEFAULT_FILTER,
): EntryFacts {
  const withYear = p.since.slice(0, 4) !== p.at.slice(0, 4);
  const now: AnalysisEvent[] = [];
  const before: AnalysisEvent[] = [];
  const byTheme = new Map<Theme, Fact[]>();
  const add = (t: Theme, f: Fact): void => {
    const list = byTheme.get(t) ?? [];
    list.push(f);
    byTheme.set(t, list);
  };
  for (const e of data.events) {
    const counts = eventCounts(e, filter);
    const pending = !counts && isPending(e, filter);
    if ((!counts && !pending) || !scope.event(e)) continue;
    const when = periodOf(e.date, p);
    if (when === 'before' && counts) before.push(e);
    if (when !== 'now') continue;
    if (counts) now.push(e);
    if (!e.summary) continue;
    add(eventTheme(e, isBody), {
      date: e.date,
      label: dateLabel(e.date, withYear),
      text: sentence(plainSummary(e.summary)),
      kind: 'event',
      id: e.id,
      hypothetical: e.origin?.kind === 'hypothetical',
      pending,
      citations: [...(e.citations ?? [])],
    });
  }
  for (const r of data.relations) {
    if (!filter.statuses.includes(r.status ?? 'asserted') || !scope.relation(r, standsFor)) continue;
    for (const f of relationFacts(r, p, names, withYear)) add(relationTheme(r), f);
  }
  // Facts known only to the year close their paragraph, after the dated ones.
  const order = (f: Fact): string => (precisionOf(f.date) === 'year' ? `${f.date}-99` : firstDay(f.date));
  const themes = THEMES.filter((t) => byTheme.has(t)).map((theme) => ({
    theme,
    facts: byTheme
      .get(theme)!
      .sort((a, b) => order(a).localeCompare(order(b)) || a.id.localeCompare(b.id))
      .slice(-FACTS_PER_THEME),
  }));
  return { themes, now, before };
}
