/**
 * Claims evaluated over the engines on small hand-built data: each test kind agrees when the figures
 * bear the claim out and disagrees when they do not; missing figures leave a claim undetermined; a
 * claim with several tests needs all of them; the schema refuses tests that cannot be judged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimSummary, combine, evaluateClaims, judge, type Router } from '../../src/operations/claims/index.js';
import { analysisData, type AnalysisDependency } from '../../src/analysis/input.js';
import type { Route, RouteResult } from '../../src/corridors/route.js';
import { SourceClaim, claimActors, type ClaimTest } from '../../src/model/index.js';
import { CITE, ev, ind, rel } from '../analysis/fixtures.js';

const actors = ['AAA', 'BBB', 'CCC'].map((id) => ({ id, kind: 'state', name: id }));
const dep = (
  id: string,
  from: string,
  to: string,
  commodity: string,
  share: number,
  period_from: string,
  period_to: string | null = null,
): AnalysisDependency => ({ id, from, to, commodity, share, period_from, period_to, citations: CITE });

const data = analysisData({
  actors,
  relations: [
    rel('aaa-bbb-alliance', 'alliance', 'AAA', 'BBB', 1, 0.8, '2000', '2009'),
    rel('aaa-bbb-rivalry', 'rivalry', 'AAA', 'BBB', -1, 0.5, '2011'),
    rel('aaa-ccc-partnership', 'partnership', 'AAA', 'CCC', 1, 0.6, '2004'),
    rel('bbb-ccc-hostility', 'hostility', 'BBB', 'CCC', -1, 0.7, '2004', '2009'),
  ],
  dependencies: [
    dep('bbb-gas-from-aaa', 'AAA', 'BBB', 'gas', 0.4, '2000'),
    { ...dep('ccc-oil-from-aaa', 'AAA', 'CCC', 'oil', 0.5, '2000'), basis: 'estimated' },
  ],
  indicators: [
    ind('aaa-mil-2010', 'AAA', 'military_budget', 1, 'USD billion', '2010'),
    ind('bbb-mil-2010', 'BBB', 'military_budget', 1, 'USD billion', '2010'),
    ind('aaa-mil-2020', 'AAA', 'military_budget', 3, 'USD billion', '2020'),
    ind('bbb-mil-2020', 'BBB', 'military_budget', 1, 'USD billion', '2020'),
  ],
  events: [ev('aaa-strikes-bbb', '2020-05-01', 'AAA', 'BBB', 'ASSAULT')],
});

let n = 0;
const claim = (test: ClaimTest | ClaimTest[], extra: Record<string, unknown> = {}): SourceClaim =>
  SourceClaim.parse({ id: `claim-${++n}`, statement: 'A claim made for the tests.', citations: CITE, test, ...extra });

/** The verdict of each claim, in order. */
function verdicts(tests: Array<ClaimTest | ClaimTest[]>, router?: Router): string[] {
  return evaluateClaims(
    tests.map((t) => claim(t)),
    data,
    router,
  ).map((r) => r.verdict);
}

test('judge compares trends, signs and thresholds, and gives no verdict without a figure', () => {
  assert.equal(judge('rises', 2, 1), 'agrees');
  assert.equal(judge('rises', 1, 1), 'disagrees', 'an unchanged figure has not risen');
  assert.equal(judge('falls', 0, 1), 'agrees');
  assert.equal(judge('negative', 0), 'disagrees', 'zero is not negative');
  assert.equal(judge('above', 0.5, null, 0.4), 'agrees');
  assert.equal(judge('below', 0.5, null, 0.4), 'disagrees');
  assert.equal(judge('above', null, null, 0.4), 'undetermined');
  assert.equal(judge('rises', 1, null), 'undetermined');
  assert.equal(combine(['agrees', 'agrees']), 'agrees');
  assert.equal(combine(['agrees', 'undetermined']), 'undetermined');
  assert.equal(combine(['undetermined', 'disagrees']), 'disagrees');
});

test('tie: the network weight between two actors, at a date or between two', () => {
  const [falls, rises, negative, positive, above] = evaluateClaims(
    [
      claim({ kind: 'tie', a: 'AAA', b: 'BBB', from: '2005', at: '2015', expect: 'falls' }),
      claim({ kind: 'tie', a: 'BBB', b: 'AAA', from: '2005', at: '2015', expect: 'rises' }),
      claim({ kind: 'tie', a: 'AAA', b: 'BBB', at: '2015', expect: 'negative' }),
      claim({ kind: 'tie', a: 'AAA', b: 'BBB', at: '2015', expect: 'positive' }),
      claim({ kind: 'tie', a: 'AAA', b: 'BBB', at: '2005', expect: 'above', value: 0.5 }),
    ],
    data,
  );
  assert.equal(falls!.verdict, 'agrees');
  assert.deepEqual(
    [falls!.figures],
    [{ pair: 'AAA–BBB', at: '2015', weight: -0.5, from: '2005', before: 0.8, change: -1.3 }],
  );
  assert.equal(rises!.verdict, 'disagrees', 'the pair is read in either order');
  assert.equal(negative!.verdict, 'agrees');
  assert.equal(positive!.verdict, 'disagrees');
  assert.equal(above!.verdict, 'agrees');
  assert.match(falls!.key, /AAA–BBB tie 0\.800 \(2005\) → -0\.500 \(2015\); expected falls/);
  assert.deepEqual(
    verdicts([{ kind: 'tie', a: 'AAA', b: 'BBB', at: '1990', expect: 'negative' }]),
    ['disagrees'],
    'no tie at all weighs 0',
  );
  // versus: AAA stands closer to CCC (0.6) than to BBB (−0.5) in 2015, not in 2005 (0.6 against 0.8)
  assert.deepEqual(
    verdicts([
      { kind: 'tie', a: 'AAA', b: 'CCC', versus: ['AAA', 'BBB'], at: '2015', expect: 'positive' },
      { kind: 'tie', a: 'AAA', b: 'CCC', versus: ['AAA', 'BBB'], at: '2005', expect: 'positive' },
      { kind: 'tie', a: 'AAA', b: 'CCC', versus: ['BBB', 'AAA'], from: '2005', at: '2015', expect: 'rises' },
    ]),
    ['agrees', 'disagrees', 'agrees'],
  );
});

test("share: a dependent's share of a commodity from a supplier", () => {
  const [above] = evaluateClaims(
    [
      claim({
        kind: 'share',
        dependent: 'BBB',
        supplier: 'AAA',
        commodity: 'gas',
        at: '2005',
        expect: 'above',
        value: 0.3,
      }),
    ],
    data,
  );
  assert.equal(above!.verdict, 'agrees');
  assert.equal((above!.figures as Record<string, unknown>).dependency, 'bbb-gas-from-aaa');
  assert.deepEqual(
    verdicts([
      { kind: 'share', dependent: 'BBB', supplier: 'AAA', commodity: 'gas', at: '2005', expect: 'below', value: 0.3 },
      { kind: 'share', dependent: 'BBB', supplier: 'CCC', commodity: 'gas', at: '2005', expect: 'below', value: 0.3 },
      { kind: 'share', dependent: 'BBB', supplier: 'AAA', commodity: 'gas', at: '1995', expect: 'above', value: 0.3 },
    ]),
    ['disagrees', 'undetermined', 'undetermined'],
  );
  const [estimated] = evaluateClaims(
    [
      claim({
        kind: 'share',
        dependent: 'CCC',
        supplier: 'AAA',
        commodity: 'oil',
        at: '2005',
        expect: 'above',
        value: 0.3,
      }),
    ],
    data,
  );
  assert.equal(estimated!.verdict, 'agrees');
  assert.equal(
    (estimated!.figures as Record<string, unknown>).estimate,
    true,
    "a verdict resting on a curator's estimate says so",
  );
  assert.match(estimated!.key, /estimate/);
  assert.equal((above!.figures as Record<string, unknown>).estimate, false);
  const [none] = evaluateClaims(
    [
      claim({
        kind: 'share',
        dependent: 'BBB',
        supplier: 'CCC',
        commodity: 'gas',
        at: '2005',
        expect: 'below',
        value: 0.3,
      }),
    ],
    data,
  );
  assert.match(none!.checks[0]!.reason ?? '', /no gas share of BBB from CCC/);
});

test('power: a ratio on one metric at a date and its change', () => {
  assert.deepEqual(
    verdicts([
      { kind: 'power', a: 'AAA', b: 'BBB', metric: 'military_budget', at: '2020', expect: 'above', value: 2 },
      { kind: 'power', a: 'AAA', b: 'BBB', metric: 'military_budget', at: '2020', expect: 'below', value: 2 },
      { kind: 'power', a: 'AAA', b: 'BBB', metric: 'military_budget', from: '2010', at: '2020', expect: 'rises' },
      { kind: 'power', a: 'AAA', b: 'CCC', metric: 'military_budget', at: '2020', expect: 'above', value: 1 },
    ]),
    ['agrees', 'disagrees', 'agrees', 'undetermined'],
  );
  const [index] = evaluateClaims([claim({ kind: 'power', a: 'AAA', at: '2020', expect: 'above', value: 0.5 })], data);
  assert.equal(index!.verdict, 'agrees', "AAA holds three quarters of the system's military budget");
  assert.equal((index!.figures as Record<string, unknown>).figure, 0.75);
});

test("position and bloc: an actor's place in the signed network", () => {
  assert.deepEqual(
    verdicts([
      { kind: 'position', actor: 'AAA', measure: 'multiVector', at: '2005', expect: 'above', value: 0 },
      { kind: 'position', actor: 'AAA', measure: 'multiVector', at: '2015', expect: 'above', value: 0 },
      { kind: 'position', actor: 'AAA', measure: 'positive', from: '2002', at: '2005', expect: 'rises' },
      { kind: 'position', actor: 'AAA', measure: 'net', from: '2005', at: '2015', expect: 'falls' },
      { kind: 'position', actor: 'AAA', measure: 'negativeTies', at: '2015', expect: 'above', value: 0 },
    ]),
    ['agrees', 'disagrees', 'agrees', 'agrees', 'agrees'],
  );
  assert.deepEqual(
    verdicts([
      { kind: 'bloc', a: 'AAA', b: 'BBB', at: '2002', expect: 'same' },
      { kind: 'bloc', a: 'AAA', b: 'BBB', at: '2015', expect: 'apart' },
      { kind: 'bloc', a: 'AAA', b: 'BBB', at: '2015', expect: 'same' },
      { kind: 'bloc', a: 'AAA', b: 'BBB', at: '1990', expect: 'same' },
    ]),
    ['agrees', 'agrees', 'disagrees', 'undetermined'],
  );
});

test("series: a pair's events over a period", () => {
  assert.deepEqual(
    verdicts([
      { kind: 'series', a: 'BBB', b: 'AAA', from: '2020', to: '2020', measure: 'intensity', expect: 'below', value: 0 },
      { kind: 'series', a: 'AAA', b: 'BBB', from: '2020', to: '2020', measure: 'intensity', expect: 'above', value: 0 },
      {
        kind: 'series',
        a: 'AAA',
        b: 'BBB',
        from: '2020',
        to: '2020',
        measure: 'conflict-events',
        expect: 'above',
        value: 0,
      },
      { kind: 'series', a: 'AAA', b: 'BBB', from: '2021', to: '2022', measure: 'events', expect: 'above', value: 0 },
    ]),
    ['agrees', 'disagrees', 'agrees', 'disagrees'],
  );
});

/** A router that sends Baku–Nakhchivan traffic through Iran before 2026 and through Turkey after, and knows no other place. */
const router: Router = (from, to, q): RouteResult => {
  if (from !== 'Baku' || to !== 'Nakhchivan') throw new Error(`unknown place "${to}"`);
  const via = (q.at ?? '') < '2026' ? 'IRN' : 'TUR';
  const route: Route = {
    distance_km: 600,
    hours: 20,
    countries: ['AZE', via, 'AZE'],
    modes: ['road'],
    segments: [],
    territories: [],
    borders: 2,
    km_by_country: {},
  };
  return {
    from,
    to,
    at: q.at ?? '',
    by: 'distance',
    routes: q.avoid?.includes(via) ? [] : [route],
    ...(q.avoid?.includes(via) ? { reason: 'no route' } : {}),
  };
};

test('route: exists, none, avoids and through, on the injected router', () => {
  const r = (at: string, expect: string, avoid?: string[]): ClaimTest => ({
    kind: 'route',
    from: 'Baku',
    to: 'Nakhchivan',
    at,
    expect,
    ...(avoid ? { avoid } : {}),
  });
  assert.deepEqual(
    verdicts(
      [
        r('2023', 'through:IRN'),
        r('2023', 'avoids:IRN'),
        r('2026-04', 'avoids:IRN'),
        r('2026-04', 'through:TUR'),
        r('2023', 'exists'),
        r('2023', 'none', ['IRN']),
        r('2023', 'exists', ['IRN']),
        r('2023', 'avoids:IRN', ['IRN']),
      ],
      router,
    ),
    ['agrees', 'disagrees', 'agrees', 'agrees', 'agrees', 'agrees', 'disagrees', 'undetermined'],
  );
  const [unknown, noNetwork] = [
    evaluateClaims(
      [claim({ kind: 'route', from: 'Baku', to: 'Atlantis', at: '2023', expect: 'exists' })],
      data,
      router,
    )[0]!,
    evaluateClaims([claim({ kind: 'route', from: 'Baku', to: 'Nakhchivan', at: '2023', expect: 'exists' })], data)[0]!,
  ];
  assert.equal(unknown.verdict, 'undetermined');
  assert.match(unknown.checks[0]!.reason ?? '', /unknown place "Atlantis"/);
  assert.equal(noNetwork.verdict, 'undetermined');
  assert.match(noNetwork.checks[0]!.reason ?? '', /no corridor network/);
});

test('a claim with several tests agrees only when all do; results carry sources, citations and the known disagreement', () => {
  const both = claim(
    [
      { kind: 'tie', a: 'AAA', b: 'BBB', from: '2005', at: '2015', expect: 'falls' },
      { kind: 'tie', a: 'AAA', b: 'CCC', at: '2015', expect: 'negative' },
    ],
    { known_disagreement: 'The tests say so.' },
  );
  const [r] = evaluateClaims([both], data);
  assert.equal(r!.verdict, 'disagrees');
  assert.deepEqual(
    r!.checks.map((c) => c.verdict),
    ['agrees', 'disagrees'],
  );
  assert.ok(Array.isArray(r!.figures) && r!.figures.length === 2, 'the figures of each test');
  assert.deepEqual(r!.sources, ['test']);
  assert.deepEqual(r!.citations, CITE);
  assert.equal(r!.known_disagreement, 'The tests say so.');
  assert.deepEqual(claimSummary([r!]), { claims: 1, agrees: 0, disagrees: 1, undetermined: 0, agreement: 0 });
});

test('the schema refuses tests that cannot be judged, and names the actors a claim tests', () => {
  const problems = (t: unknown): string[] => {
    const r = SourceClaim.safeParse({ id: 'c', statement: 's', citations: CITE, test: t });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.deepEqual(problems({ kind: 'tie', a: 'AAA', b: 'BBB', at: '2015', expect: 'falls' }), [
    'test.from: "falls" compares two dates: give from',
  ]);
  assert.deepEqual(problems({ kind: 'tie', a: 'AAA', b: 'BBB', from: '2016', at: '2015', expect: 'falls' }), [
    'test.from: from 2016 must be before at 2015',
  ]);
  assert.deepEqual(
    problems({ kind: 'share', dependent: 'AAA', supplier: 'BBB', commodity: 'gas', at: '2015', expect: 'above' }),
    ['test.value: "above" needs a value to compare with'],
  );
  assert.ok(
    problems({ kind: 'route', from: 'X', to: 'Y', at: '2015', expect: 'via:IRN' })[0]?.startsWith(
      'test.expect: expect is exists, none',
    ),
  );
  assert.ok(problems({ kind: 'rumour', at: '2015' }).length > 0, 'an unknown kind');
  assert.deepEqual(
    problems([{ kind: 'power', a: 'AAA', metric: 'military_budget', at: '2015', expect: 'above', value: 1 }]),
    ['test.0.b: a metric is compared as a ratio a/b: give b'],
  );
  const c = claim([
    { kind: 'share', dependent: 'AAA', supplier: 'BBB', commodity: 'gas', at: '2015', expect: 'above', value: 0.1 },
    { kind: 'route', from: 'X', to: 'Y', at: '2015', avoid: ['IRN'], expect: 'through:TUR' },
  ]);
  assert.deepEqual(claimActors(c), [
    { field: 'test.0.dependent', actor: 'AAA' },
    { field: 'test.0.supplier', actor: 'BBB' },
    { field: 'test.1.avoid.0', actor: 'IRN' },
    { field: 'test.1.expect', actor: 'TUR' },
  ]);
});
