/**
 * Alert rules evaluated over a snapshot of Orrery's figures: pure, no I/O (the wiring that reads the
 * store, records firings and posts webhooks is src/operations/alerts). Each rule keeps what it saw
 * last (its state), and fires on a change only:
 * - tie: the pair's tie weight (the edge of the alignment network, network.ts, at the evaluation's
 *   day, with its defaults: relations in force and decayed events that count, i.e. curated and
 *   accepted coded ones) crossing the value, below or above; `days` sets the network's window;
 * - series: a month of the pair's series (the sum of that month's terms) passing the value; each
 *   month fires once;
 * - events: an event of the given types involving the actor (on either side, as written or through
 *   the state it stands for) not seen before; coded events pending review count here, rejected ones do not;
 * - corridor: the segment's (or corridor's) status changing;
 * - claim: the claim's verdict changing;
 * - forecast: a country's conflict forecast (the probability of any death) crossing a value.
 * The first evaluation of a rule records a baseline and fires nothing, so adding a rule does not
 * report history as news. Tie and claim rules are not computed again when the snapshot's `basis`
 * equals the one their state records.
 */
import type { AlertFiring, AlertRule, Citation } from '../../model/index.js';
import { dayNumber, eventTypeWords, firstDay, MONTH_NAMES, plainSummary } from '../../model/index.js';
import { eventCounts, eventDay } from '../filters.js';
import type { AnalysisActor, AnalysisEvent, AnalysisRelation } from '../input.js';
import { alignmentNetwork, NetworkParams } from '../network.js';
import { pairTerm } from '../ties.js';

export interface AlertSnapshot {
  /** Every event of the actors the rules name (the engine picks those each kind of rule looks at). */
  events: readonly AnalysisEvent[];
  /** Relations and actors, for tie weights. */
  relations: readonly AnalysisRelation[];
  actors: readonly AnalysisActor[];
  /** Segment and corridor statuses now (null before the first recorded one). */
  statuses: ReadonlyMap<string, string | null>;
  /** Claim verdicts now; a claim left out was not evaluated again (its inputs are unchanged: see `basis`). */
  verdicts: ReadonlyMap<string, string>;
  /**
   * Conflict forecasts now, by `forecastKey` (country and horizon): the probability of any death and the
   * month it is for; a key left out was not computed again (see `basis`), or has no forecast.
   */
  forecasts?: ReadonlyMap<string, { p: number; month: string }>;
  /**
   * A fingerprint of what tie weights and claim verdicts are computed from (the events that count,
   * the relations, the day). A tie or claim rule whose state holds the same basis keeps its value
   * without being computed again: after an ingest, whose coded events are pending, nothing counted changed.
   */
  basis?: string;
  /**
   * Names as people say them for the ids a message mentions (actors, segments, corridors, claims);
   * an id it does not know reads as itself. Messages are prose: names, plain words, no codes.
   */
  names?: (id: string) => string;
}

export interface AlertOutcome {
  /** Every rule, with its new state. */
  rules: AlertRule[];
  firings: AlertFiring[];
}

const COUNTS = {
  origins: ['curated', 'coded'] as Array<'curated' | 'coded'>,
  statuses: ['asserted', 'disputed', 'denied'] as Array<'asserted' | 'disputed' | 'denied'>,
};
/** Events named as evidence of one firing, at most. */
const EVIDENCE = 10;

interface PairTerms {
  events: AnalysisEvent[];
  weights: number[];
}

/** The events between two actors with their weights, found once per pair per evaluation. */
class PairIndex {
  private readonly memo = new Map<string, PairTerms>();
  private counted: AnalysisEvent[] | undefined;
  constructor(private readonly events: readonly AnalysisEvent[]) {}

  terms(a: string, b: string): PairTerms {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    let t = this.memo.get(key);
    if (!t) {
      this.counted ??= this.events.filter((e) => eventCounts(e, COUNTS));
      t = { events: [], weights: [] };
      for (const e of this.counted) {
        const term = pairTerm(e, 'state', a, b) ?? pairTerm(e, 'actor', a, b);
        if (term) {
          t.events.push(e);
          t.weights.push(term.weight);
        }
      }
      this.memo.set(key, t);
    }
    return t;
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const passes = (op: 'below' | 'above', x: number, v: number): boolean => (op === 'below' ? x < v : x > v);

function evidenceOf(events: readonly AnalysisEvent[]): AlertFiring['evidence'] {
  const latest = [...events].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0)).slice(0, EVIDENCE);
  const citations: Citation[] = latest.flatMap((e) => [...(e.citations ?? [])]);
  return { events: latest.map((e) => e.id), citations };
}

const involves = (e: AnalysisEvent, actor: string): boolean =>
  [e.actor, e.recipient, e.actor_country, e.recipient_country].some((side) => side?.includes(actor));

/** Tie weights at `day`, one network per window for all the tie rules' actors. */
function tieWeights(
  rules: readonly AlertRule[],
  snap: AlertSnapshot,
  day: string,
): (a: string, b: string, days?: number) => number {
  const actors = [...new Set(rules.flatMap((r) => (r.condition.kind === 'tie' ? [r.condition.a, r.condition.b] : [])))];
  const nets = new Map<number | undefined, Map<string, number>>();
  return (a, b, days) => {
    let edges = nets.get(days);
    if (!edges) {
      const options = NetworkParams.parse({ at: day, actors, explain: false, ...(days ? { window: days } : {}) });
      const net = alignmentNetwork(
        { events: [...snap.events], relations: [...snap.relations], actors: [...snap.actors] },
        options,
      );
      edges = new Map(net.edges.map((e) => [`${e.source}|${e.target}`, e.weight]));
      nets.set(days, edges);
    }
    return edges.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0;
  };
}

/** The key of a forecast rule's figure in the snapshot. */
export const forecastKey = (country: string, horizon = 1): string => `${country}|${horizon}`;

const basisOf = (snap: AlertSnapshot): { basis?: string } => (snap.basis ? { basis: snap.basis } : {});

/** "July 2025" for "2025-07". */
const monthName = (ym: string): string =>
  `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1] ?? ym.slice(5, 7)} ${ym.slice(0, 4)}`;

/** A figure as prose prints it: a true minus sign. */
const fig = (x: number | string | null | undefined): string =>
  typeof x === 'number' ? (x < 0 ? `−${Math.abs(x)}` : String(x)) : String(x ?? 'none');

/** A status in words: "under construction" for "under-construction"; "no recorded status" for none. */
const words = (s: string | number | null | undefined): string =>
  s === null || s === undefined ? 'without a recorded status' : String(s).replace(/[-_]+/g, ' ');

/** A claim's verdict (Orrery's figures against what the claim says) as a clause, now and before. */
const VERDICT_WORDS: Record<string, { now: string; before: string }> = {
  agrees: { now: "agrees with Orrery's figures", before: 'agreed' },
  disagrees: { now: "disagrees with Orrery's figures", before: 'disagreed' },
  undetermined: { now: "cannot be checked against Orrery's figures", before: 'could not be checked' },
};
const verdictWords = (v: string | number | null | undefined, when: 'now' | 'before'): string =>
  v === null || v === undefined
    ? 'had no verdict'
    : (VERDICT_WORDS[v]?.[when] ?? `${when === 'now' ? 'is' : 'was'} ${words(v)}`);

const crossed = (op: 'below' | 'above'): string => (op === 'below' ? 'fell below' : 'rose above');

export function evaluateAlerts(rules: readonly AlertRule[], snap: AlertSnapshot, now: string): AlertOutcome {
  const name = snap.names ?? ((id: string) => id);
  const pairs = new PairIndex(snap.events);
  const tie = tieWeights(rules, snap, now.slice(0, 10));
  const firings: AlertFiring[] = [];
  const today = dayNumber(now.slice(0, 10));
  const fire = (rule: AlertRule, f: Omit<AlertFiring, 'id' | 'rule' | 'fired_at'>): void => {
    firings.push({
      id: `${rule.id}-${now.replace(/\D/g, '')}-${firings.length + 1}`,
      rule: rule.id,
      fired_at: now,
      ...f,
    });
  };
  const out = rules.map((rule): AlertRule => {
    const c = rule.condition;
    const first = rule.state.evaluated === undefined;
    const state = { ...rule.state, evaluated: now };
    switch (c.kind) {
      case 'tie': {
        const same =
          snap.basis !== undefined && rule.state.basis === snap.basis && typeof rule.state.value === 'number';
        if (same) return { ...rule, state };
        const value = round(tie(c.a, c.b, c.days));
        const t = pairs.terms(c.a, c.b);
        const from = today - (c.days ?? 1095);
        const window = t.events.filter((e) => eventDay(e.date) > from);
        const before = typeof rule.state.value === 'number' ? rule.state.value : undefined;
        if (!first && before !== undefined && !passes(c.op, before, c.value) && passes(c.op, value, c.value)) {
          const seen = new Set(rule.state.seen ?? []);
          const fresh = window.filter((e) => !seen.has(e.id));
          fire(rule, {
            message: `the tie between ${name(c.a)} and ${name(c.b)} ${crossed(c.op)} ${fig(c.value)}: from ${fig(before)} to ${fig(value)}`,
            value,
            previous: before,
            evidence: evidenceOf(fresh.length ? fresh : window),
          });
        }
        return { ...rule, state: { ...state, value, seen: window.map((e) => e.id), ...basisOf(snap) } };
      }
      case 'series': {
        const t = pairs.terms(c.a, c.b);
        const months = new Map<string, { sum: number; events: AnalysisEvent[] }>();
        t.events.forEach((e, i) => {
          const month = firstDay(e.date).slice(0, 7);
          const m = months.get(month) ?? { sum: 0, events: [] };
          m.sum += t.weights[i]!;
          m.events.push(e);
          months.set(month, m);
        });
        const seen = new Set(rule.state.seen ?? []);
        const past = [...months]
          .filter(([, m]) => passes(c.op, round(m.sum), c.value))
          .sort(([x], [y]) => (x < y ? -1 : 1));
        for (const [month, m] of past)
          if (!first && !seen.has(month))
            fire(rule, {
              message: `the ${name(c.a)}–${name(c.b)} series for ${monthName(month)} is ${c.op} ${fig(c.value)}: ${fig(round(m.sum))}`,
              value: round(m.sum),
              evidence: evidenceOf(m.events),
            });
        return { ...rule, state: { ...state, seen: past.map(([month]) => month) } };
      }
      case 'events': {
        const types = new Set<string>(c.types);
        const matching = snap.events.filter(
          (e) =>
            !(e.origin?.kind === 'coded' && e.origin.review === 'rejected') &&
            e.origin?.kind !== 'hypothetical' &&
            (types.size === 0 || types.has(e.event_type ?? '')) &&
            involves(e, c.actor),
        );
        const seen = new Set(rule.state.seen ?? []);
        const fresh = first ? [] : matching.filter((e) => !seen.has(e.id));
        if (fresh.length) {
          const pending = fresh.filter((e) => e.origin?.kind === 'coded' && e.origin.review !== 'accepted').length;
          fire(rule, {
            message: `${fresh.length} new event${fresh.length === 1 ? '' : 's'} involving ${name(c.actor)}${c.types.length ? ` (${eventTypeWords(c.types)})` : ''}${pending ? `, ${pending} pending review` : ''}: ${fresh
              .slice(0, 3)
              .map((e) => (e.summary ? plainSummary(e.summary) : e.id))
              .join('; ')}`,
            value: fresh.length,
            evidence: evidenceOf(fresh),
          });
        }
        return { ...rule, state: { ...state, seen: matching.map((e) => e.id) } };
      }
      case 'corridor':
      case 'claim': {
        if (c.kind === 'claim' && !snap.verdicts.has(c.claim) && rule.state.value !== undefined)
          return { ...rule, state };
        const value =
          c.kind === 'corridor' ? (snap.statuses.get(c.segment) ?? null) : (snap.verdicts.get(c.claim) ?? null);
        const before = rule.state.value;
        if (!first && before !== undefined && before !== value)
          fire(rule, {
            message:
              c.kind === 'corridor'
                ? `${name(c.segment)} is now ${words(value)} (it was ${words(before)})`
                : `the claim "${name(c.claim)}" now ${verdictWords(value, 'now')} (it ${verdictWords(before, 'before')} before)`,
            value,
            previous: before,
            evidence: { events: [], citations: [] },
          });
        return { ...rule, state: { ...state, value, ...(c.kind === 'claim' ? basisOf(snap) : {}) } };
      }
      case 'forecast': {
        const f = snap.forecasts?.get(forecastKey(c.country, c.horizon));
        if (!f && snap.basis !== undefined && rule.state.basis === snap.basis && rule.state.value !== undefined)
          return { ...rule, state };
        const value = f ? round(f.p) : null;
        const before = typeof rule.state.value === 'number' ? rule.state.value : undefined;
        if (!first && f && before !== undefined && !passes(c.op, before, c.value) && passes(c.op, value!, c.value))
          fire(rule, {
            message: `the conflict forecast for ${name(c.country)} ${crossed(c.op)} ${c.value}: the probability of any death in ${monthName(f.month)} is ${value}, from ${before}`,
            value,
            previous: before,
            evidence: { events: [], citations: [] },
          });
        return { ...rule, state: { ...state, value, ...basisOf(snap) } };
      }
    }
  });
  return { rules: out, firings };
}
