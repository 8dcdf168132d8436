/**
 * Pair series: the events between two actors by month, quarter or year, with counts per quad class
 * (verbal and material cooperation, verbal and material conflict), summed intensity and the events
 * behind each bucket. An actor matches by the state it stood for at the event's date or by its own id
 * (so a series for two persons works too). Every bucket between the first and the last is listed,
 * empty ones included, so the series charts as it is. An event dated less precisely than the buckets
 * (a year in a monthly series) falls in the first bucket its date can mean and is counted `imprecise`.
 */
import { z } from 'zod';
import { QUAD_CLASSES, firstDay, lastDay, precisionOf, type QuadClass } from '../model/index.js';
import { DateParam, EventFilterParams, filterEvents } from './filters.js';
import type { AnalysisData, AnalysisEvent } from './input.js';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const SeriesParams = EventFilterParams.extend({
  a: z.string().min(1).describe('first actor'),
  b: z.string().min(1).describe('second actor'),
  granularity: z.enum(GRANULARITIES).default('year').describe('bucket size: month, quarter or year'),
  direction: z.enum(['both', 'a-to-b', 'b-to-a']).default('both').describe('which side acts'),
  from: DateParam.optional().describe('first bucket (default: the first event)'),
  to: DateParam.optional().describe('last bucket (default: the last event)'),
});
export type SeriesOptions = z.output<typeof SeriesParams>;

export interface SeriesEvent {
  id: string;
  date: string;
  direction: 'a-to-b' | 'b-to-a';
  quad_class: QuadClass;
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

function sideOf(e: AnalysisEvent, a: string, b: string): 'a-to-b' | 'b-to-a' | null {
  const acts = (x: string): boolean => e.actor_country.includes(x) || (e.actor ?? []).includes(x);
  const receives = (x: string): boolean => e.recipient_country.includes(x) || (e.recipient ?? []).includes(x);
  if (acts(a) && receives(b)) return 'a-to-b';
  if (acts(b) && receives(a)) return 'b-to-a';
  return null;
}

const zeroCounts = (): Record<QuadClass, number> => Object.fromEntries(QUAD_CLASSES.map((q) => [q, 0])) as Record<QuadClass, number>;

export function pairSeries(data: Pick<AnalysisData, 'events'>, o: SeriesOptions): PairSeries {
  const picked: Array<[AnalysisEvent, SeriesEvent['direction']]> = [];
  for (const e of filterEvents(data.events, o)) {
    const side = sideOf(e, o.a, o.b);
    if (side && (o.direction === 'both' || o.direction === side)) picked.push([e, side]);
  }
  const inRange = picked.filter(([e]) => (!o.from || firstDay(e.date) >= firstDay(o.from)) && (!o.to || firstDay(e.date) <= lastDay(o.to)));
  const days = inRange.map(([e]) => firstDay(e.date)).sort();
  const first = o.from ? firstDay(o.from) : days[0];
  const last = o.to ? lastDay(o.to) : days[days.length - 1];
  const buckets = new Map<string, Bucket>();
  if (first && last) {
    for (let label = bucketOf(first, o.granularity); label <= bucketOf(last, o.granularity); label = nextBucket(label, o.granularity)) {
      const [start, end] = bucketBounds(label);
      buckets.set(label, { bucket: label, start, end, counts: zeroCounts(), total: 0, intensity: 0, imprecise: 0, events: [] });
    }
  }
  const totals = { ...zeroCounts(), events: 0, intensity: 0 };
  for (const [e, direction] of inRange.sort((x, y) => firstDay(x[0].date).localeCompare(firstDay(y[0].date)) || x[0].id.localeCompare(y[0].id))) {
    const b = buckets.get(bucketOf(firstDay(e.date), o.granularity))!;
    b.counts[e.quad_class] += 1;
    b.total += 1;
    b.intensity += e.intensity;
    if (PRECISION_RANK[e.date_precision ?? precisionOf(e.date)] < NEEDED[o.granularity]) b.imprecise += 1;
    b.events.push({ id: e.id, date: e.date, direction, quad_class: e.quad_class, intensity: e.intensity, event_type: e.event_type, summary: e.summary });
    totals[e.quad_class] += 1;
    totals.events += 1;
    totals.intensity += e.intensity;
  }
  return { a: o.a, b: o.b, granularity: o.granularity, direction: o.direction, buckets: [...buckets.values()], totals };
}
