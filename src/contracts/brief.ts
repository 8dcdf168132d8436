/**
 * The briefing: one entry per focus country or pair for a period, in the shape of Crisis Group's
 * CrisisWatch (an arrow for the period, a bold rationale, themed paragraphs of dated facts with
 * their citations), plus the ties that moved most with their reasons, the figures behind a monthly
 * series chart and a network-change figure, and what lies ahead (claims that disagree, fired alerts,
 * a conflict forecast). The JSON is what the Markdown, HTML and PDF renderings are written from
 * (docs/briefing.md).
 */
import { z } from 'zod';
import { ScenarioMark } from '../model/index.js';
import { actorsParam, dateParam } from '../model/param-kinds.js';
import { defineContract } from './contract.js';
import { CitationRef } from './records.js';
import { scenarioParam } from './scenario.js';

export const ARROWS = ['deteriorated', 'improved', 'unchanged'] as const;
export const BRIEF_FORMATS = ['json', 'md', 'html'] as const;
export const THEMES = ['Security', 'Diplomacy', 'Economy and corridors', 'Domestic politics'] as const;

const Pair = z.strictObject({ now: z.number(), before: z.number() });

export const ArrowInputs = z
  .strictObject({
    tieChange: z
      .number()
      .describe("Σ Δw over the entry's ties between the day before `since` and `at` due to records new in the period"),
    tieMovement: z.number().describe('Σ |Δw| of the same: how much moved either way'),
    tiesMoved: z.number().int().describe('ties whose weight moved by at least the tie threshold'),
    conflictIntensity: Pair.describe('Σ |intensity| of conflict events, this period and the previous one'),
    cooperationIntensity: Pair.describe('Σ intensity of cooperation events, this period and the previous one'),
    conflictEvents: Pair,
    cooperationEvents: Pair,
    signals: z.strictObject({ ties: z.number().int(), conflict: z.number().int(), cooperation: z.number().int() }),
    score: z.number().int().describe('2 × ties + conflict + cooperation; ≥ 2 improved, ≤ −2 deteriorated'),
  })
  .meta({ id: 'BriefArrowInputs' });

export const BriefFact = z
  .strictObject({
    date: z.string().describe('the record’s date as stored (YYYY, YYYY-MM or YYYY-MM-DD)'),
    label: z.string().describe('the date as a briefing prints it: "8 Aug", "Aug", "2025"'),
    text: z.string(),
    kind: z.enum(['event', 'relation']),
    id: z.string(),
    hypothetical: z.boolean(),
    pending: z.boolean().describe('a coded event awaiting review: shown, never counted in the arrow'),
    citations: z.array(CitationRef),
  })
  .meta({ id: 'BriefFact' });

export const BriefTie = z
  .strictObject({
    a: z.string(),
    b: z.string(),
    aName: z.string(),
    bName: z.string(),
    before: z.number(),
    after: z.number(),
    delta: z.number(),
    signFlip: z.boolean(),
    reasons: z.array(
      z.strictObject({
        kind: z.enum(['event', 'relation']),
        date: z.string(),
        text: z.string(),
        delta: z.number(),
        citations: z.array(CitationRef),
      }),
    ),
  })
  .meta({ id: 'BriefTie' });

export const BriefEntry = z
  .strictObject({
    key: z.string().describe('ARM, or ARM-AZE for a pair'),
    title: z.string(),
    actors: z.array(z.string()),
    arrow: z.enum(ARROWS),
    empty: z.boolean().describe('true when Orrery holds no events and no tie moved for the entry in the period'),
    rationale: z.string(),
    inputs: ArrowInputs,
    themes: z.array(z.strictObject({ theme: z.enum(THEMES), facts: z.array(BriefFact) })),
    ties: z.array(BriefTie),
    series: z
      .strictObject({
        a: z.string(),
        b: z.string(),
        aName: z.string(),
        bName: z.string(),
        months: z.array(
          z.strictObject({ month: z.string(), cooperation: z.number(), conflict: z.number(), intensity: z.number() }),
        ),
      })
      .nullable(),
    network: z.strictObject({
      center: z.string(),
      centerName: z.string(),
      ties: z.array(
        z.strictObject({
          other: z.string(),
          name: z.string(),
          before: z.number(),
          after: z.number(),
          delta: z.number(),
        }),
      ),
    }),
    ahead: z.strictObject({
      claims: z.array(z.strictObject({ statement: z.string(), key: z.string(), citations: z.array(CitationRef) })),
      alerts: z.array(z.strictObject({ firedAt: z.string(), message: z.string(), citations: z.array(CitationRef) })),
      forecast: z
        .strictObject({
          country: z.string(),
          name: z.string(),
          origin: z.string(),
          months: z.array(z.strictObject({ month: z.string(), pAny: z.number(), mean: z.number() })),
          data: z.string(),
        })
        .nullable(),
    }),
  })
  .meta({ id: 'BriefEntry' });

export const Briefing = z
  .strictObject({
    at: z.string(),
    since: z.string(),
    previous: z.strictObject({ from: z.string(), to: z.string() }),
    days: z.number().int(),
    entries: z.array(BriefEntry),
    scenario: ScenarioMark.optional().describe('set when the briefing is computed under a hypothetical scenario'),
  })
  .meta({ id: 'Briefing' });

export const briefContract = defineContract({
  id: 'brief',
  title: 'Briefing',
  description:
    'a CrisisWatch-style briefing for a period: per focus country or pair an arrow (deteriorated, improved, unchanged) from tie changes and event counts against the previous period of equal length, a rationale, themed dated facts with their citations, the ties that moved most, charts and what lies ahead; as JSON, Markdown or self-contained HTML',
  tag: 'briefings',
  method: 'get',
  path: '/api/brief',
  input: z
    .object({
      at: dateParam('the last day of the period'),
      since: dateParam('the first day of the period (default: the first day of the month of `at`)').optional(),
      focus: actorsParam('the countries, one entry each (default: Armenia, Azerbaijan, Georgia)').optional(),
      pair: actorsParam('two actors: one entry for their pair instead of countries').optional(),
      scenario: scenarioParam,
      format: z.enum(BRIEF_FORMATS).default('json').describe('json, md (Markdown) or html (one self-contained file)'),
      linkBase: z
        .string()
        .max(200)
        .regex(/^(https?:\/\/[^\s"'<>]*)?$/, 'must be empty or an http(s) URL')
        .default('')
        .describe("where the web app is served, for the citation links (default: relative, '/#/sources…')"),
    })
    .strict(),
  result: Briefing,
});
