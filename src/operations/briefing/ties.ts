/**
 * The ties of a briefing entry from the diff analysis between the day before the period and its last
 * day: every change touching the entry (a country's ties, or the pair's own tie), what new records
 * did to them for the arrow, and the table of those that moved most, each with the records that moved
 * it (the diff's explanation) written as reasons.
 */
import type { Explanation, NetworkDiff, TieChange } from '../../analysis/diff.js';
import type { Citation } from '../../model/index.js';
import { dateLabel, type Names } from './names.js';
import { TIE_STEP } from './arrow.js';
import { plainSummary } from './words.js';

/** Rows in the table of ties, and reasons per row. */
export const TIE_ROWS = 5;
export const REASONS_PER_TIE = 2;
/** A tie that moved by less than this (it shows as 0.00) is not listed. */
export const MOVED = 0.005;

export interface BriefTie {
  a: string;
  b: string;
  aName: string;
  bName: string;
  before: number;
  after: number;
  delta: number;
  signFlip: boolean;
  reasons: Array<{ kind: 'event' | 'relation'; date: string; text: string; delta: number; citations: Citation[] }>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The changes of the diff that concern the entry: the pair's tie, or every tie of the country. */
export function entryChanges(diff: NetworkDiff, actors: readonly string[]): TieChange[] {
  if (actors.length === 2) {
    const [x, y] = actors as [string, string];
    return diff.changes.filter((c) => (c.source === x && c.target === y) || (c.source === y && c.target === x));
  }
  const set = new Set(actors);
  return diff.changes.filter((c) => set.has(c.source) || set.has(c.target));
}

/** Why a record moved the tie, in a phrase after its summary. */
function why(x: Explanation): string {
  if (x.kind === 'relation') {
    if (x.before === 0) return 'the relation takes effect';
    if (x.after === 0) return 'the relation lapses';
    return 'the relation changes phase';
  }
  if (x.before === 0) return 'new in the period';
  if (x.after === 0) return 'drops out of the three-year window';
  return 'its weight fades with time';
}

/**
 * The phase of a relation that began in the period (the latest one), when the relation moved a tie
 * by changing phase: its date, its own sentence and citations tell the reason better than the
 * relation's summary and start date do.
 */
export type PhaseInPeriod = (relation: string) => { date: string; summary?: string; citations: Citation[] } | undefined;

function reason(x: Explanation, phaseOf?: PhaseInPeriod): BriefTie['reasons'][number] {
  const phase = x.kind === 'relation' && x.before !== 0 ? phaseOf?.(x.id) : undefined;
  const date = phase?.date ?? x.date;
  const summary = plainSummary((phase ? phase.summary : undefined) ?? x.summary ?? '').replace(/[.]$/, '');
  const when = dateLabel(date, true);
  return {
    kind: x.kind,
    date,
    text: summary ? `${when}: ${summary} (${why(x)}).` : `${when}: ${why(x)}.`,
    delta: round(x.delta),
    citations: [...(phase?.citations.length ? phase.citations : x.citations)],
  };
}

export function tieRows(
  changes: readonly TieChange[],
  names: Names,
  rows = TIE_ROWS,
  phaseOf?: PhaseInPeriod,
): BriefTie[] {
  return changes
    .filter((c) => Math.abs(c.delta) >= MOVED)
    .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta))
    .slice(0, rows)
    .map((c) => ({
      a: c.source,
      b: c.target,
      aName: names(c.source),
      bName: names(c.target),
      before: round(c.before),
      after: round(c.after),
      delta: round(c.delta),
      signFlip: c.signFlip,
      reasons: [...c.explanation]
        .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta))
        .slice(0, REASONS_PER_TIE)
        .map((x) => reason(x, phaseOf)),
    }));
}

/**
 * What moved a tie in the period itself: the part of its change due to records new in the period
 * (events that entered the window, relations that took effect, ended or changed phase), leaving out
 * the slow ageing of older events and their leaving the three-year window, which move every tie a
 * little every day whatever happens.
 */
export function newsDelta(c: TieChange): number {
  return c.explanation.filter((x) => x.kind === 'relation' || x.before === 0).reduce((s, x) => s + x.delta, 0);
}

/**
 * The arrow's tie figures: T, the sum of the ties' changes due to new records; the sum of their
 * absolute values (how much moved either way); how many ties moved by at least the step.
 */
export function tieFigures(changes: readonly TieChange[]): {
  tieChange: number;
  tieMovement: number;
  tiesMoved: number;
} {
  const news = changes.map(newsDelta);
  return {
    tieChange: round(news.reduce((s, d) => s + d, 0)),
    tieMovement: round(news.reduce((s, d) => s + Math.abs(d), 0)),
    tiesMoved: news.filter((d) => Math.abs(d) >= TIE_STEP).length,
  };
}
