/**
 * The dated facts of a briefing entry: the events placed in the period that involve the entry (coded
 * events awaiting review among them, marked, though they never count in the arrow), and
 * the relations that began, ended or changed phase in it, each as one sentence with the citations of
 * the record behind it, grouped into themed paragraphs (themes.ts). Event summaries are the
 * dataset's own words; relation changes are written here from the relation's type and parties, with
 * names from the actors list.
 */
import { eventCounts, type EventFilter } from '../../analysis/filters.js';
import type { AnalysisEvent, AnalysisRelation } from '../../analysis/input.js';
import { THEMES } from '../../contracts/brief.js';
import { dayNumber, firstDay, precisionOf, type Citation } from '../../model/index.js';
import { dateLabel, theName, type Names } from './names.js';
import { periodOf, type Period } from './period.js';
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

const LABELS: Record<string, string> = {
  alliance: 'alliance',
  'strategic-partnership': 'strategic partnership',
  partnership: 'partnership',
  membership: 'membership',
  'military-presence': 'military presence',
  peacekeeping: 'peacekeeping mission',
  'agreement-party': 'agreement',
  mediation: 'mediation',
  rivalry: 'rivalry',
  hostility: 'state of hostility',
  war: 'war',
  occupation: 'occupation',
  'diplomatic-rupture': 'break in diplomatic relations',
  recognition: 'recognition',
  'development-rights': 'development rights',
  'transit-rights': 'transit rights',
  'arms-supply': 'arms supply',
};

const PHASE_WORDS: Record<string, string> = {
  frozen: 'is frozen',
  suspended: 'is suspended',
  ended: 'comes to an end',
};

/** How a phase reads against the one before it: a resumption, a deepening, a scaling back, a reaffirmation. */
function phaseWords(r: AnalysisRelation, i: number): string {
  const ph = r.phases![i]!;
  if (ph.state !== 'active') return PHASE_WORDS[ph.state] ?? `becomes ${ph.state}`;
  const prev = i > 0 ? r.phases![i - 1]! : undefined;
  if (prev && prev.state !== 'active') return 'resumes';
  const before = prev?.strength ?? r.strength;
  if (ph.strength !== undefined && ph.strength > before + 1e-9) return 'deepens';
  if (ph.strength !== undefined && ph.strength < before - 1e-9) return 'is scaled back';
  return 'is reaffirmed';
}

function partiesOf(r: AnalysisRelation, names: Names): string {
  const ns = [...new Set(r.actors)].map((a) => theName(names(a)));
  return ns.length <= 2 ? ns.join(' and ') : `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

const inPeriod = (date: string, p: Period): boolean => {
  const d = dayNumber(firstDay(date));
  return d >= p.from && d <= p.to;
};

/** The relation changes dated in the period: a start, an end, a phase that begins. */
function relationFacts(r: AnalysisRelation, p: Period, names: Names, withYear: boolean): Fact[] {
  const label = LABELS[r.type] ?? r.type.replace(/-/g, ' ');
  const who = partiesOf(r, names);
  const base = { kind: 'relation' as const, id: r.id, hypothetical: !!r.hypothetical, pending: false };
  const out: Fact[] = [];
  if (inPeriod(r.from, p))
    out.push({
      ...base,
      date: r.from,
      label: dateLabel(r.from, withYear),
      text: r.summary ? sentence(r.summary) : `A ${label} between ${who} begins.`,
      citations: [...(r.citations ?? [])],
    });
  if (r.to && inPeriod(r.to, p))
    out.push({
      ...base,
      date: r.to,
      label: dateLabel(r.to, withYear),
      text: `The ${label} between ${who} comes to an end.`,
      citations: [...(r.citations ?? [])],
    });
  for (const [i, ph] of (r.phases ?? []).entries()) {
    if (!inPeriod(ph.from, p) || ph.from === r.from) continue;
    out.push({
      ...base,
      date: ph.from,
      label: dateLabel(ph.from, withYear),
      text: `The ${label} between ${who} ${phaseWords(r, i)}.`,
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
