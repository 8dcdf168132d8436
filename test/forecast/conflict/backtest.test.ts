/**
 * The rolling-origin backtest: a forecast made at an origin does not change when the months after it
 * change (no model sees the future), targets after 12 quiet months are onsets and the rest
 * continuations, skill is 1 − score / baseline's score, and bad input is refused by name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtest, scoresByHorizon, scoresFrom } from '../../../src/forecast/conflict/backtest.js';
import { BASELINE_NAMES, conflictModels } from '../../../src/forecast/conflict/models.js';
import { checkHorizon, monthIndex, type Panel } from '../../../src/forecast/conflict/panel.js';
import { UsageError } from '../../../src/model/errors.js';

const months = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

/** Three countries, 60 months: a war that flares and fades, a quiet one with one incident, and a steady low one. */
function panel(): Panel {
  const war = months(60).map((_, i) => (i >= 20 && i < 34 ? 30 + ((i * 7) % 40) : i % 9 === 0 ? 2 : 0));
  const quiet = months(60).map((_, i) => (i === 40 ? 5 : 0));
  const low = months(60).map((_, i) => (i % 3 === 0 ? 1 : 0));
  return {
    months: months(60),
    countries: [
      { code: 'AZE', name: 'Azerbaijan', deaths: war, covariate: war.map((v) => (v > 20 ? 4 : 0)) },
      { code: 'ARM', name: 'Armenia', deaths: quiet, covariate: quiet.map(() => 0) },
      { code: 'GEO', name: 'Georgia', deaths: low, covariate: low.map(() => 1) },
    ],
  };
}

const options = { from: '2001-06', to: '2004-06' };

test('a forecast at an origin is the same whatever happens after it', () => {
  const p = panel();
  const origin = '2002-09';
  const at = monthIndex(p, origin);
  const altered: Panel = {
    ...p,
    countries: p.countries.map((c) => ({
      ...c,
      deaths: c.deaths.map((v, i) => (i > at ? v * 10 + 3 : v)),
      covariate: c.covariate!.map((v, i) => (i > at ? v + 9 : v)),
    })),
  };
  // Fresh models for each run: the hurdle model warm-starts from its previous fit, which moves the last bits.
  const a = backtest(p, conflictModels(true), BASELINE_NAMES, { from: origin, to: origin });
  const b = backtest(altered, conflictModels(true), BASELINE_NAMES, { from: origin, to: origin });
  assert.equal(a.forecasts.length, conflictModels(true).length * 3 * 6);
  a.forecasts.forEach((f, i) => {
    const g = b.forecasts[i]!;
    assert.equal(`${g.model} ${g.country} ${g.horizon}`, `${f.model} ${f.country} ${f.horizon}`);
    assert.equal(g.pAny, f.pAny, `${f.model} ${f.country} h${f.horizon}`);
    assert.equal(g.pThreshold, f.pThreshold);
    assert.notEqual(g.actual, f.actual, 'the outcomes did change');
  });
  // And the other way: changing a month before the origin does change the fitted model's forecast.
  const before = {
    ...p,
    countries: p.countries.map((c, k) =>
      k === 0 ? { ...c, deaths: c.deaths.map((v, i) => (i === at ? 400 : v)) } : c,
    ),
  };
  const c = backtest(before, conflictModels(true), BASELINE_NAMES, { from: origin, to: origin });
  const hurdle = (r: typeof a): number =>
    r.forecasts.find((f) => f.model === 'hurdle' && f.country === 'AZE' && f.horizon === 1)!.pAny;
  assert.notEqual(hurdle(c), hurdle(a));
});

test('onsets follow 12 quiet months; everything else continues', () => {
  const r = backtest(panel(), conflictModels(false), BASELINE_NAMES, options);
  const arm = r.forecasts.filter((f) => f.model === 'zero' && f.country === 'ARM' && f.horizon === 1);
  // Armenia: one incident in month 40 (2003-05): origins up to 2003-04 are onsets, 2003-05 to 2004-04 continue, 2004-05 on are onsets again.
  for (const f of arm) {
    const expected = f.origin >= '2003-05' && f.origin <= '2004-04' ? 'continuation' : 'onset';
    assert.equal(f.subset, expected, f.origin);
  }
  const s = r.models.find((m) => m.name === 'zero')!.scores;
  assert.equal(s.onset.n + s.continuation.n, s.all.n);
  assert.ok(s.onset.n > 0 && s.continuation.n > 0);
});

test('scores and skill add up from the scored forecasts', () => {
  const r = backtest(panel(), conflictModels(true), BASELINE_NAMES, options);
  const zero = r.forecasts.filter((f) => f.model === 'zero');
  // The zero model's Brier is the share of target months with any death.
  const share = zero.filter((f) => f.actual > 0).length / zero.length;
  assert.ok(Math.abs(r.models.find((m) => m.name === 'zero')!.scores.all.brier - share) < 1e-12);
  const h = r.models.find((m) => m.name === 'hurdle')!.scores.all.crps;
  const z = r.models.find((m) => m.name === 'zero')!.scores.all.crps;
  const skill = r.skill.find(
    (s) => s.model === 'hurdle' && s.baseline === 'zero' && s.subset === 'all' && s.score === 'crps',
  )!;
  assert.ok(Math.abs(skill.skill - (1 - h / z)) < 1e-12);
  // Scores over later origins only: the whole run from its first origin, fewer forecasts from a later one.
  assert.deepEqual(scoresFrom(r, r.from)[0]!.all, r.models[0]!.scores.all);
  const later = scoresFrom(r, '2003-01')[0]!.all;
  assert.equal(later.n, r.forecasts.filter((f) => f.model === 'zero' && f.origin >= '2003-01').length);
  // By horizon: the six parts add up to the whole.
  const parts = scoresByHorizon(r)[0]!.horizons;
  assert.equal(
    parts.reduce((n, h) => n + h.n, 0),
    r.models[0]!.scores.all.n,
  );
  const mean = parts.reduce((s, h) => s + h.brier * h.n, 0) / r.models[0]!.scores.all.n;
  assert.ok(Math.abs(mean - r.models[0]!.scores.all.brier) < 1e-12);
  // Last origin: the month before the data's last, so horizon 1 is still scored.
  assert.equal(backtest(panel(), conflictModels(false), BASELINE_NAMES, { from: '2004-06' }).to, '2004-11');
});

test('bad input names what is wrong', () => {
  const p = panel();
  assert.throws(
    () => checkHorizon(7),
    (e: Error) => e instanceof UsageError && /horizon .*1 to 6.*7/.test(e.message),
  );
  assert.throws(() => checkHorizon(0), UsageError);
  assert.throws(
    () => monthIndex(p, '1999-12'),
    (e: Error) => e instanceof UsageError && /1999-12.*2000-01 to 2004-12/.test(e.message),
  );
  assert.throws(
    () => backtest(p, conflictModels(false), [], { ...options, countries: ['IRN'] }),
    /no deaths series for "IRN"/,
  );
  assert.throws(() => backtest(p, conflictModels(false), [], { from: '2000-03' }), /12 months of history/);
  assert.throws(() => backtest(p, conflictModels(false), [], { ...options, horizons: [9] }), /horizon 9/);
});
