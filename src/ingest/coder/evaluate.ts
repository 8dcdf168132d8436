/**
 * Scoring extracted events against a gold file: precision, recall and F1, overall and per PLOVER
 * type. Match rule: same document, overlapping sentence (the extracted sentence overlaps one of
 * the gold event's sentences), same event type, and the gold actor countries and recipient
 * countries each contained in the extracted ones. Matching is one-to-one and greedy: gold events
 * in file order, each taking the most confident unmatched extracted event that fits.
 * With modality "actual" (the default) only events reported as having happened are scored on
 * both sides; with "all" every event is scored and modalities must agree too.
 */
import { z } from 'zod';
import { EVENT_TYPES, MODALITIES, PartialDate } from '../../model/index.js';
import { prf } from './prf.js';

export const GoldLine = z
  .object({
    document: z.string().min(1),
    published: PartialDate,
    id: z.string().optional(),
    event_type: z.enum(EVENT_TYPES),
    actor_country: z.array(z.string()),
    recipient_country: z.array(z.string()).default([]),
    sentence_start: z.number().int().nonnegative(),
    sentence_end: z.number().int().positive(),
    /** Every sentence that supports the event in this document (defaults to the one above). */
    spans: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
    modality: z.enum(MODALITIES).default('actual'),
    date: z.string().optional(),
  })
  .passthrough();
export type GoldLine = z.infer<typeof GoldLine>;

export interface Extracted {
  document: string;
  id: string;
  event_type: string;
  actor_country: string[];
  recipient_country: string[];
  sentence_start: number;
  sentence_end: number;
  modality: string;
  confidence: number;
}

export interface Score {
  gold: number;
  extracted: number;
  matched_gold: number;
  matched_extracted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  overall: Score;
  /** The same matching without the countries: document, sentence and type (and modality with "all"). */
  type_only: Score;
  /** Gold events with a recipient: how many have an extracted event with any recipient on their sentence. */
  recipient: { gold: number; found: number; share: number };
  by_type: Record<string, Score>;
  matches: Array<{ gold: string; extracted: string }>;
  missed: GoldLine[];
  spurious: Extracted[];
}

const contains = (big: string[], small: string[]): boolean => small.every((x) => big.includes(x));
const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

function score(gold: number, extracted: number, mg: number, me: number): Score {
  return { gold, extracted, matched_gold: mg, matched_extracted: me, ...prf(gold, extracted, mg, me) };
}

/** Same document and an overlapping sentence. */
function onSentence(g: GoldLine, x: Extracted): boolean {
  if (g.document !== x.document) return false;
  const spans = g.spans?.length ? g.spans : [[g.sentence_start, g.sentence_end] as [number, number]];
  return spans.some((s) => overlaps(s, [x.sentence_start, x.sentence_end]));
}

export function typeMatches(g: GoldLine, x: Extracted, modality: 'actual' | 'all'): boolean {
  if (g.event_type !== x.event_type) return false;
  if (modality === 'all' && g.modality !== x.modality) return false;
  return onSentence(g, x);
}

export function matches(g: GoldLine, x: Extracted, modality: 'actual' | 'all'): boolean {
  if (!typeMatches(g, x, modality)) return false;
  return contains(x.actor_country, g.actor_country) && contains(x.recipient_country, g.recipient_country);
}

/** One-to-one greedy matching: gold in order, each taking the first (most confident) unused fit. */
function greedy(
  gold: readonly GoldLine[],
  extracted: readonly Extracted[],
  fits: (g: GoldLine, x: Extracted) => boolean,
): { used: Set<number>; matchedGold: Set<number>; pairs: Array<[number, number]> } {
  const used = new Set<number>();
  const matchedGold = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((g, gi) => {
    const xi = extracted.findIndex((x, i) => !used.has(i) && fits(g, x));
    if (xi < 0) return;
    used.add(xi);
    matchedGold.add(gi);
    pairs.push([gi, xi]);
  });
  return { used, matchedGold, pairs };
}

export function evaluate(
  goldAll: readonly GoldLine[],
  extractedAll: readonly Extracted[],
  modality: 'actual' | 'all' = 'actual',
): Evaluation {
  const gold = modality === 'actual' ? goldAll.filter((g) => g.modality === 'actual') : [...goldAll];
  const extracted = (
    modality === 'actual' ? extractedAll.filter((x) => x.modality === 'actual') : [...extractedAll]
  ).sort((a, b) => b.confidence - a.confidence);
  const { used, matchedGold, pairs: matched } = greedy(gold, extracted, (g, x) => matches(g, x, modality));
  const pairs = matched.map(([gi, xi]) => ({
    gold: gold[gi]?.id ?? `#${gi + 1}`,
    extracted: (extracted[xi] as Extracted).id,
  }));
  const typed = greedy(gold, extracted, (g, x) => typeMatches(g, x, modality));
  const withRecipient = gold.filter((g) => g.recipient_country.length);
  const found = withRecipient.filter((g) => extracted.some((x) => x.recipient_country.length && onSentence(g, x)));
  const types = [...new Set([...gold.map((g) => g.event_type), ...extracted.map((x) => x.event_type)])].sort();
  const by_type: Record<string, Score> = {};
  for (const t of types) {
    const gi = gold.map((g, i) => [g, i] as const).filter(([g]) => g.event_type === t);
    const xi = extracted.map((x, i) => [x, i] as const).filter(([x]) => x.event_type === t);
    by_type[t] = score(
      gi.length,
      xi.length,
      gi.filter(([, i]) => matchedGold.has(i)).length,
      xi.filter(([, i]) => used.has(i)).length,
    );
  }
  return {
    overall: score(gold.length, extracted.length, matchedGold.size, used.size),
    type_only: score(gold.length, extracted.length, typed.matchedGold.size, typed.used.size),
    recipient: {
      gold: withRecipient.length,
      found: found.length,
      share: withRecipient.length ? Math.round((found.length / withRecipient.length) * 1000) / 1000 : 0,
    },
    by_type,
    matches: pairs,
    missed: gold.filter((_, i) => !matchedGold.has(i)),
    spurious: extracted.filter((_, i) => !used.has(i)),
  };
}
