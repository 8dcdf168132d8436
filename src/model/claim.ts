/**
 * A source's claim about the regional order, kept as a check on the model: the claim in Orrery's own
 * words, the passages that make it, and a test the engines can compute (a tie's weight rises or falls
 * between two dates, a share passes a value, a power ratio or an actor's position changes, a route
 * exists or not). `orrery claims` evaluates every claim; a claim the model contradicts is a finding.
 * `known_disagreement` says why the model keeps disagreeing with a claim that other sources contradict.
 */
import { z } from 'zod';
import { Citations } from './citation.js';
import { PartialDate, firstDay } from './dates.js';
import { ActorId, RecordId } from './ids.js';
import { COMMODITIES } from './dependency.js';
import { TRANSPORT_MODES } from './transport.js';

/** How a figure is compared: its change between two dates, its sign, or a threshold. */
export const TREND_EXPECTATIONS = ['rises', 'falls'] as const;
export const THRESHOLD_EXPECTATIONS = ['above', 'below'] as const;
export const SIGN_EXPECTATIONS = ['positive', 'negative'] as const;

/** Extra parameters passed to the analysis the test reads (a window, a level...), as its CLI or API would take them. */
const Options = z.record(z.string(), z.unknown()).optional();

/** A figure read at `at` (and, for a trend, at `from` too), compared with `value` for a threshold. */
const Measured = {
  /** Earlier date, for rises / falls. */
  from: PartialDate.optional(),
  at: PartialDate,
  value: z.number().optional(),
  options: Options,
};

/**
 * The alignment network's weight between two actors (state level by default); with `versus`, the
 * weight a–b minus the weight of another pair ("Moscow stands closer to Baku than to Yerevan").
 */
export const TieTest = z
  .object({
    kind: z.literal('tie'),
    a: ActorId,
    b: ActorId,
    versus: z.tuple([ActorId, ActorId]).optional(),
    ...Measured,
    expect: z.enum([...TREND_EXPECTATIONS, ...SIGN_EXPECTATIONS, ...THRESHOLD_EXPECTATIONS]),
  })
  .strict();

/** A dependent's share of a commodity from (or through) a supplier, in the exposure analysis. */
export const ShareTest = z
  .object({
    kind: z.literal('share'),
    dependent: ActorId,
    supplier: ActorId,
    commodity: z.enum(COMMODITIES),
    ...Measured,
    expect: z.enum([...THRESHOLD_EXPECTATIONS, ...TREND_EXPECTATIONS]),
    value: z.number().min(0).max(1).optional(),
  })
  .strict();

/** The capability index of `a`, or the ratio a/b on the index or on one metric. */
export const PowerTest = z
  .object({
    kind: z.literal('power'),
    a: ActorId,
    b: ActorId.optional(),
    metric: z.string().min(1).optional(),
    ...Measured,
    expect: z.enum([...TREND_EXPECTATIONS, ...THRESHOLD_EXPECTATIONS]),
  })
  .strict();

/** Measures of an actor's place in the signed network (blocs analysis, actor-roles.ts). */
export const POSITION_MEASURES = [
  'positive',
  'negative',
  'net',
  'positiveTies',
  'negativeTies',
  'brokerage',
  'bridging',
  'multiVector',
] as const;

/** An actor's position in the network: summed friendly or hostile weight, brokerage, multi-vector score. */
export const PositionTest = z
  .object({
    kind: z.literal('position'),
    actor: ActorId,
    measure: z.enum(POSITION_MEASURES),
    ...Measured,
    expect: z.enum([...TREND_EXPECTATIONS, ...THRESHOLD_EXPECTATIONS]),
  })
  .strict();

/** Whether two actors sit in the same bloc of the signed network at a date. */
export const BlocTest = z
  .object({
    kind: z.literal('bloc'),
    a: ActorId,
    b: ActorId,
    at: PartialDate,
    expect: z.enum(['same', 'apart']),
    options: Options,
  })
  .strict();

/** `exists`, `none`, `avoids:IRN` (the best route does not cross it) or `through:TUR` (it does). */
export const RouteExpectation = z
  .string()
  .regex(/^(?:exists|none|(?:avoids|through):[A-Z][A-Z0-9_]*)$/, 'expect is exists, none, avoids:<ID> or through:<ID>');

/** The corridor router between two places at a date, under constraints. */
export const RouteTest = z
  .object({
    kind: z.literal('route'),
    from: z.string().min(1),
    to: z.string().min(1),
    at: PartialDate,
    modes: z.array(z.enum(TRANSPORT_MODES)).optional(),
    avoid: z.array(ActorId).optional(),
    planned: z.boolean().optional(),
    expect: RouteExpectation,
  })
  .strict();

/** A pair's events over a period: summed intensity (signed) or the number of events. */
export const SeriesTest = z
  .object({
    kind: z.literal('series'),
    a: ActorId,
    b: ActorId,
    from: PartialDate,
    to: PartialDate,
    measure: z.enum(['intensity', 'events', 'conflict-events', 'cooperation-events']).default('intensity'),
    expect: z.enum(THRESHOLD_EXPECTATIONS),
    value: z.number(),
    options: Options,
  })
  .strict();

export const ClaimTest = z.discriminatedUnion('kind', [
  TieTest,
  ShareTest,
  PowerTest,
  PositionTest,
  BlocTest,
  RouteTest,
  SeriesTest,
]);
export type ClaimTest = z.infer<typeof ClaimTest>;
export type ClaimTestKind = ClaimTest['kind'];

/** Problems of one test that its schema cannot see: a trend without a start, a threshold without a value. */
function testProblems(t: ClaimTest): Array<{ path: string[]; message: string }> {
  const out: Array<{ path: string[]; message: string }> = [];
  const expect = t.expect as string;
  if ((expect === 'rises' || expect === 'falls') && 'at' in t) {
    const from = (t as { from?: string }).from;
    if (!from) out.push({ path: ['from'], message: `"${expect}" compares two dates: give from` });
    else if (firstDay(from) >= firstDay(t.at))
      out.push({ path: ['from'], message: `from ${from} must be before at ${t.at}` });
  }
  if ((expect === 'above' || expect === 'below') && (t as { value?: number }).value === undefined) {
    out.push({ path: ['value'], message: `"${expect}" needs a value to compare with` });
  }
  if (t.kind === 'power' && t.metric && !t.b)
    out.push({ path: ['b'], message: 'a metric is compared as a ratio a/b: give b' });
  if (t.kind === 'series' && firstDay(t.from) > firstDay(t.to))
    out.push({ path: ['to'], message: `to ${t.to} is before from ${t.from}` });
  return out;
}

export const SourceClaim = z
  .object({
    id: RecordId,
    /** The claim in Orrery's words. */
    statement: z.string().min(1).max(400),
    citations: Citations,
    /** One test, or several that must all hold. */
    test: z.union([ClaimTest, z.array(ClaimTest).min(1)]),
    /** Why the model keeps disagreeing: the source is contradicted by the others. */
    known_disagreement: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const tests = Array.isArray(c.test) ? c.test : [c.test];
    tests.forEach((t, i) => {
      for (const p of testProblems(t))
        ctx.addIssue({
          code: 'custom',
          path: Array.isArray(c.test) ? ['test', i, ...p.path] : ['test', ...p.path],
          message: p.message,
        });
    });
  });
export type SourceClaim = z.infer<typeof SourceClaim>;

/** A claim's tests as a list. */
export function claimTests(c: Pick<SourceClaim, 'test'>): ClaimTest[] {
  return Array.isArray(c.test) ? c.test : [c.test];
}

/** The distinct sources a claim cites, in order of first citation. */
export function claimSources(c: Pick<SourceClaim, 'citations'>): string[] {
  return [...new Set(c.citations.map((x) => x.source))];
}

/** The actor ids a claim's tests name, with the field that names each (for reference checks). */
export function claimActors(c: Pick<SourceClaim, 'test'>): Array<{ field: string; actor: string }> {
  const out: Array<{ field: string; actor: string }> = [];
  const tests = claimTests(c);
  tests.forEach((t, i) => {
    const at = (f: string): string => (Array.isArray(c.test) ? `test.${i}.${f}` : `test.${f}`);
    const add = (f: string, v: string | undefined): void => {
      if (v) out.push({ field: at(f), actor: v });
    };
    switch (t.kind) {
      case 'tie':
        add('a', t.a);
        add('b', t.b);
        (t.versus ?? []).forEach((x, j) => add(`versus.${j}`, x));
        break;
      case 'bloc':
      case 'series':
      case 'power':
        add('a', t.a);
        add('b', t.b);
        break;
      case 'share':
        add('dependent', t.dependent);
        add('supplier', t.supplier);
        break;
      case 'position':
        add('actor', t.actor);
        break;
      case 'route':
        (t.avoid ?? []).forEach((x, j) => add(`avoid.${j}`, x));
        if (t.expect.includes(':')) add('expect', t.expect.split(':')[1]);
        break;
    }
  });
  return out;
}
