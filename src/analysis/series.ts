/**
 * Pair series: the events that make a tie between two actors (ties.ts: one acting on the other, the
 * two as counterparts of a mutual act, or the two as partners in a joint act), by month, quarter or
 * year, with counts per quad class (verbal and material cooperation, verbal and material conflict),
 * the summed weight of those ties and the events behind each bucket. A joint act counts between its
 * partners as cooperation of the same kind (verbal or material) at its tie's weight. The pair is
 * matched at the chosen level; at the state level an event whose states do not make the pair is
 * also matched by its actors as written, so a series of two persons works too. Every bucket between
 * the first and the last is listed, empty ones included, so the series charts as it is. An event
 * dated less precisely than the buckets (a year in a monthly series) falls in the first bucket its
 * date can mean and is counted `imprecise`.
 */
import { z } from 'zod';
import { actorParam, dateParam } from '../model/param-kinds.js';
import { QUAD_CLASSES, firstDay, lastDay, precisionOf, type QuadClass } from '../model/index.js';
import { EventFilterParams, filterEvents } from './filters.js';
import type { AnalysisData, AnalysisEvent } from './input.js';
import { pairTerm, type TieTerm } from './ties.js';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const SeriesParams = EventFilterParams.extend({
  a: actorParam('first actor'),
  b: actorParam('second actor'),
  granularity: z.enum(GRANULARITIES).default('year').describe('bucket size: month, quarter or year'),
  direction: z
    .enum(['both', 'a-to-b', 'b-to-a'])
    .default('both')
    .describe('which side acts (both: also mutual and joint acts)'),
  from: dateParam('first bucket (default: the first event)').optional(),
  to: dateParam('last bucket (default: the last event)').optional(),
});
export type SeriesOptions = z.output<typeof SeriesParams>;

export interface SeriesEvent {
  id: string;
  date: string;
  /** a-to-b or b-to-a: one acts on the other; mutual: counterparts of one act; joint: partners in one act. */
  direction: 'a-to-b' | 'b-to-a' | 'mutual' | 'joint';
  /** The class the event counts as between the pair (a joint act counts as cooperation). */
  quad_class: QuadClass;
  /** The tie's weight from this event (its intensity, or a share of it for partners). */
  intensity: number;
  event_type?: string;
  summary?: string;
}

export interface Bucket {
  bucket: string;
  start: string;
  end: string;
  counts: Record<QuadClass, number>;
  total: number;
  intensity: number;
  imprecise: number;
  events: SeriesEvent[];
}

export interface PairSeries {
  a: string;
  b: string;
  granularity: Granularity;
  direction: SeriesOptions['direction'];
  buckets: Bucket[];
  totals: Record<QuadClass, number> & { events: number; intensity: number };
}

/** The bucket label of a day: 2023-09, 2023-Q3 or 2023. */
export function bucketOf(day: string, g: Granularity): string {
  if (g === 'year') return day.slice(0, 4);
  if (g === 'month') return day.slice(0, 7);
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First and last day of a bucket label. */
export function bucketBounds(label: string): [string, string] {
  const q = /^(\d{4})-Q([1-4])$/.exec(label);
  if (!q) return [firstDay(label), lastDay(label)];
  const m0 = (Number(q[2]) - 1) * 3 + 1;
  return [`${q[1]}-${String(m0).padStart(2, '0')}-01`, lastDay(`${q[1]}-${String(m0 + 2).padStart(2, '0')}`)];
}

function nextBucket(label: string, g: Granularity): string {
  const [, end] = bucketBounds(label);
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return bucketOf(d.toISOString().slice(0, 10), g);
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;
const NEEDED = { year: 0, quarter: 1, month: 1 } as const;

/** The tie the event makes between a and b, at the level or, at the state level, between the actors as written. */
function termOf(e: AnalysisEvent, a: string, b: string, level: SeriesOptions['level']): TieTerm | undefined {
  return pairTerm(e, level, a, b) ?? (level === 'state' ? pairTerm(e, 'actor', a, b) : undefined);
}

function directionOf(t: TieTerm, a: string): SeriesEvent['direction'] {
  if (t.role === 'counterparts') return 'mutual';
  if (t.role === 'partners') return 'joint';
  return t.a === a ? 'a-to-b' : 'b-to-a';
}

const COOPERATIVE: Record<QuadClass, QuadClass> = {
  'verbal-cooperation': 'verbal-cooperation',
  'material-cooperation': 'material-cooperation',
  'verbal-conflict': 'verbal-cooperation',
  'material-conflict': 'material-cooperation',
};

const zeroCounts = (): Record<QuadClass, number> =>
  Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0])) as Record<QuadClass, number>;

export function pairSeries(data: Pick<AnalysisData, 'events'>, o: SeriesOptions): PairSeries {
  const picked: Array<[AnalysisEvent, TieTerm]> = [];
  for (const e of filterEvents(data.events, o)) {
    const t = termOf(e, o.a, o.b, o.level);
    if (t && (o.direction === 'both' || o.direction === directionOf(t, o.a))) picked.push([e, t]);
  }
  const inRange = picked.filter(
    ([e]) => (!o.from || firstDay(e.date) >= firstDay(o.from)) && (!o.to || firstDay(e.date) <= lastDay(o.to)),
  );
  const days = inRange.map(([e]) => firstDay(e.date)).sort();
  const first = o.from ? firstDay(o.from) : days[0];
  const last = o.to ? lastDay(o.to) : days[days.length - 1];
  const buckets = new Map<string, Bucket>();
  if (first && last) {
    for (
      let label = bucketOf(first, o.granularity);
      label <= bucketOf(last, o.granularity);
      label = nextBucket(label, o.granularity)
    ) {
      const [start, end] = bucketBounds(label);
      buckets.set(label, {
        bucket: label,
        start,
        end,
        counts: zeroCounts(),
        total: 0,
        intensity: 0,
        imprecise: 0,
        events: [],
      });
    }
  }
  const totals = { ...zeroCounts(), events: 0, intensity: 0 };
  for (const [e, t] of inRange.sort(
    (x, y) => firstDay(x[0].date).localeCompare(firstDay(y[0].date)) || x[0].id.localeCompare(y[0].id),
  )) {
    const b = buckets.get(bucketOf(firstDay(e.date), o.granularity))!;
    const quad = t.role === 'partners' ? COOPERATIVE[e.quad_class] : e.quad_class;
    b.counts[quad] += 1;
    b.total += 1;
    b.intensity += t.weight;
    if (PRECISION_RANK[e.date_precision ?? precisionOf(e.date)] < NEEDED[o.granularity]) b.imprecise += 1;
    b.events.push({
      id: e.id,
      date: e.date,
      direction: directionOf(t, o.a),
      quad_class: quad,
      intensity: t.weight,
      event_type: e.event_type,
      summary: e.summary,
    });
    totals[quad] += 1;
    totals.events += 1;
    totals.intensity += t.weight;
  }
  // Weights have one decimal (intensity.ts) or halves of one: sums are kept free of floating-point dust.
  const tidy = (x: number): number => Math.round(x * 100) / 100;
  for (const b of buckets.values()) b.intensity = tidy(b.intensity);
  totals.intensity = tidy(totals.intensity);
  return { a: o.a, b: o.b, granularity: o.granularity, direction: o.direction, buckets: [...buckets.values()], totals };
}
