/**
 * A briefing composed from data already computed: pure over the analysis input, the diff across the
 * period, a pair-series function, and what lies ahead (claims that disagree, fired alerts, conflict
 * forecasts), so tests can build it from hand-made records. One entry per focus country, or one for
 * a pair; each with its arrow (arrow.ts), rationale (rationale.ts), themed facts (facts.ts), ties
 * (ties.ts), the figures of its monthly series chart and of its network-change figure.
 */
import type { z } from 'zod';
import type { NetworkDiff } from '../../analysis/diff.js';
import type { AnalysisData, AnalysisEvent } from '../../analysis/input.js';
import type { PairSeries } from '../../analysis/series.js';
import type { BriefEntry, Briefing } from '../../contracts/brief.js';
import {
  dayNumber,
  firstDay,
  resolveCountry,
  type Actor,
  type Citation,
  type ScenarioMark,
} from '../../model/index.js';
import { arrowOf } from './arrow.js';
import { entryFacts, type Scope } from './facts.js';
import { longDate, namesOf, withNames, type Names } from './names.js';
import { periodWord, type Period } from './period.js';
import { rationale } from './rationale.js';
import { plainAlert, plainKey } from './words.js';
import { MOVED, entryChanges, tieFigures, tieRows, type PhaseInPeriod } from './ties.js';

const BODIES = new Set(['state', 'organization', 'alliance', 'format']);

/** Ties drawn in the network-change figure. */
export const NETWORK_TIES = 8;

export interface AheadClaim {
  statement: string;
  key: string;
  actors: readonly string[];
  citations: Citation[];
}
export interface AheadAlert {
  firedAt: string;
  message: string;
  events: readonly string[];
  citations: Citation[];
}
export interface AheadForecast {
  country: string;
  name: string;
  origin: string;
  months: Array<{ month: string; pAny: number; mean: number }>;
  data: string;
}

export interface ComposeInput {
  period: Period;
  data: Pick<AnalysisData, 'events' | 'relations' | 'actors'>;
  diff: NetworkDiff;
  /** Countries (one entry each) or one pair. */
  focus: { countries: readonly string[] } | { pair: readonly [string, string] };
  series(a: string, b: string, from: string, to: string): PairSeries;
  claims?: readonly AheadClaim[];
  alerts?: readonly AheadAlert[];
  forecasts?: ReadonlyMap<string, AheadForecast>;
  scenario?: ScenarioMark;
}

type Entry = z.input<typeof BriefEntry>;

const isConflict = (e: AnalysisEvent): boolean => e.quad_class.endsWith('conflict');
const sum = (es: readonly AnalysisEvent[], f: (e: AnalysisEvent) => number): number =>
  Math.round(es.reduce((s, e) => s + f(e), 0) * 100) / 100;

function countryScope(c: string): Scope {
  return {
    actors: [c],
    event: (e) => e.actor_country.includes(c) || e.recipient_country.includes(c),
    relation: (r, standsFor) => r.actors.some((a) => a === c || standsFor(a) === c),
  };
}

function pairScope(a: string, b: string): Scope {
  const has = (xs: readonly string[], x: string): boolean => xs.includes(x);
  return {
    actors: [a, b],
    event: (e) => {
      const parties = [...e.actor_country, ...e.recipient_country];
      return has(parties, a) && has(parties, b);
    },
    relation: (r, standsFor) => {
      const ends = r.actors.map((x) => (x === a || x === b ? x : standsFor(x)));
      return has(ends, a) && has(ends, b);
    },
  };
}

function monthsOf(s: PairSeries): NonNullable<Entry['series']>['months'] {
  return s.buckets.map((b) => ({
    month: b.bucket,
    cooperation: b.counts['verbal-cooperation'] + b.counts['material-cooperation'],
    conflict: b.counts['verbal-conflict'] + b.counts['material-conflict'],
    intensity: Math.round(b.intensity * 100) / 100,
  }));
}

/** The latest phase of a relation that begins in the period, with its sentence and citations. */
function phaseInPeriod(relations: ComposeInput['data']['relations'], p: Period): PhaseInPeriod {
  const byId = new Map(relations.map((r) => [r.id, r]));
  return (id) => {
    const r = byId.get(id);
    const inside = (r?.phases ?? []).filter((ph) => {
      const d = dayNumber(firstDay(ph.from));
      return d >= p.from && d <= p.to;
    });
    const ph = inside.at(-1);
    if (!ph) return undefined;
    return {
      date: ph.from,
      ...(ph.summary ? { summary: ph.summary } : {}),
      citations: [...(ph.citations ?? [])],
    };
  };
}

interface Lookups {
  names: Names;
  standsFor: (id: string) => string;
  isBody: (id: string) => boolean;
  known: ReadonlySet<string>;
}

function entry(input: ComposeInput, scope: Scope, { names, standsFor, isBody, known }: Lookups): Entry {
  const { period: p, diff } = input;
  const pair = scope.actors.length === 2;
  const self = scope.actors[0]!;
  const title = scope.actors.map(names).join(' – ');
  const { themes, now, before } = entryFacts(input.data, scope, p, names, standsFor, isBody);
  const changes = entryChanges(diff, scope.actors);
  const ties = tieRows(changes, names, undefined, phaseInPeriod(input.data.relations, p));
  const { tieChange, tieMovement, tiesMoved } = tieFigures(changes);
  const conflictIntensity = {
    now: sum(now.filter(isConflict), (e) => Math.abs(e.intensity)),
    before: sum(before.filter(isConflict), (e) => Math.abs(e.intensity)),
  };
  const cooperationIntensity = {
    now: sum(
      now.filter((e) => !isConflict(e)),
      (e) => e.intensity,
    ),
    before: sum(
      before.filter((e) => !isConflict(e)),
      (e) => e.intensity,
    ),
  };
  const conflictEvents = { now: now.filter(isConflict).length, before: before.filter(isConflict).length };
  const cooperationEvents = { now: now.length - conflictEvents.now, before: before.length - conflictEvents.before };
  const { arrow, signals, score } = arrowOf({ tieChange, tieMovement, conflictIntensity, cooperationIntensity });
  const empty = now.length === 0 && tiesMoved === 0 && themes.length === 0;

  const top = ties[0];
  const other = pair ? scope.actors[1]! : top ? (top.a === self ? top.b : top.a) : undefined;
  const s = other ? input.series(self, other, p.previous.since, p.at) : undefined;
  const series =
    s && other ? { a: self, b: other, aName: names(self), bName: names(other), months: monthsOf(s) } : null;
  const network = {
    center: self,
    centerName: names(self),
    ties: changes
      .filter((c) => Math.abs(c.delta) >= MOVED)
      .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
      .slice(0, NETWORK_TIES)
      .map((c) => {
        const o = c.source === self ? c.target : c.source;
        return { other: o, name: names(o), before: c.before, after: c.after, delta: c.delta };
      }),
  };

  const ids = new Set(now.map((e) => e.id));
  const mine = new Set(scope.actors);
  const claims = (input.claims ?? [])
    .filter((c) => (pair ? scope.actors.every((a) => c.actors.includes(a)) : c.actors.some((a) => mine.has(a))))
    .map(({ statement, key, citations }) => ({ statement, key: plainKey(withNames(key, names, known)), citations }));
  const alerts = (input.alerts ?? [])
    .filter((a) => a.events.some((e) => ids.has(e)))
    .map(({ firedAt, message, citations }) => ({
      firedAt,
      message: withNames(plainAlert(message), names, known),
      citations,
    }));
  const forecast = pair ? null : (input.forecasts?.get(self) ?? null);

  return {
    key: scope.actors.join('-'),
    title,
    actors: [...scope.actors],
    arrow,
    empty,
    rationale: rationale({
      title,
      pair,
      arrow,
      empty,
      periodWord: periodWord(p),
      span: `${longDate(p.since)} and ${longDate(p.at)}`,
      ties,
      self,
      conflict: conflictEvents,
      cooperation: cooperationEvents,
    }),
    inputs: {
      tieChange,
      tieMovement,
      tiesMoved,
      conflictIntensity,
      cooperationIntensity,
      conflictEvents,
      cooperationEvents,
      signals,
      score,
    },
    themes,
    ties,
    series,
    network,
    ahead: { claims, alerts, forecast },
  };
}

export function composeBriefing(input: ComposeInput): z.input<typeof Briefing> {
  const actors = input.data.actors as readonly Actor[];
  const names = namesOf(actors);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const standsFor = (id: string): string => resolveCountry(id, input.period.at, (x) => byId.get(x));
  const isBody = (id: string): boolean => BODIES.has(byId.get(id)?.kind ?? '');
  const known = new Set(byId.keys());
  const scopes =
    'pair' in input.focus
      ? [pairScope(input.focus.pair[0], input.focus.pair[1])]
      : input.focus.countries.map(countryScope);
  const p = input.period;
  return {
    at: p.at,
    since: p.since,
    previous: { from: p.previous.since, to: p.previous.at },
    days: p.days,
    entries: scopes.map((s) => entry(input, s, { names, standsFor, isBody, known })),
    ...(input.scenario ? { scenario: input.scenario } : {}),
  };
}
