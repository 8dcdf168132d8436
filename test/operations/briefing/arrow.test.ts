/**
 * The briefing's arrow on hand-made data: the rule over figures (each signal and its thresholds),
 * and whole briefings composed from hand-made events and relations that deteriorate, improve or
 * stay unchanged, with the inputs the footnote prints, and an empty period that says so.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { networkDiff } from '../../../src/analysis/diff.js';
import { DiffParams } from '../../../src/analysis/diff.js';
import { analysisData, type AnalysisData } from '../../../src/analysis/input.js';
import { pairSeries, SeriesParams } from '../../../src/analysis/series.js';
import { Briefing } from '../../../src/contracts/brief.js';
import { arrowOf } from '../../../src/operations/briefing/arrow.js';
import { composeBriefing } from '../../../src/operations/briefing/compose.js';
import { briefingPeriod, dayString } from '../../../src/operations/briefing/period.js';
import { renderHtml } from '../../../src/operations/briefing/render-html.js';
import { ev, rel } from '../../analysis/fixtures.js';

const actors = [
  { id: 'AAA', kind: 'state', name: 'Aland' },
  { id: 'BBB', kind: 'state', name: 'Borduria' },
  { id: 'CCC', kind: 'state', name: 'Carpania' },
];

function brief(data: AnalysisData, at: string, since: string, focus = ['AAA']) {
  const period = briefingPeriod(at, since);
  const diff = networkDiff(
    data,
    DiffParams.parse({ from: dayString(period.from - 1), to: period.at, explainTop: 1000 }),
  );
  return Briefing.parse(
    composeBriefing({
      period,
      data,
      diff,
      focus: { countries: focus },
      series: (a, b, from, to) => pairSeries(data, SeriesParams.parse({ a, b, from, to, granularity: 'month' })),
    }),
  );
}

test('the rule: ties decide when they move one way, events only when conflict and cooperation agree', () => {
  const calm = { now: 0, before: 0 };
  const base = { tieChange: 0, tieMovement: 0, conflictIntensity: calm, cooperationIntensity: calm };
  assert.equal(arrowOf(base).arrow, 'unchanged');
  assert.equal(arrowOf({ ...base, tieChange: -0.5, tieMovement: 0.5 }).arrow, 'deteriorated');
  assert.equal(arrowOf({ ...base, tieChange: 0.5, tieMovement: 0.6 }).arrow, 'improved');
  // Moves both ways that offset each other are no signal.
  assert.equal(arrowOf({ ...base, tieChange: 0.5, tieMovement: 4 }).signals.ties, 0);
  // Below the step, no signal.
  assert.equal(arrowOf({ ...base, tieChange: 0.09, tieMovement: 0.09 }).signals.ties, 0);
  // More conflict alone is one signal, not enough; with less cooperation it deteriorates.
  const more = { now: 20, before: 5 };
  assert.equal(arrowOf({ ...base, conflictIntensity: more }).arrow, 'unchanged');
  assert.equal(
    arrowOf({ ...base, conflictIntensity: more, cooperationIntensity: { now: 0, before: 10 } }).arrow,
    'deteriorated',
  );
  // A change smaller than max(3, a quarter of the previous figure) does not count.
  assert.equal(arrowOf({ ...base, conflictIntensity: { now: 42, before: 40 } }).signals.conflict, 0);
  assert.equal(arrowOf({ ...base, conflictIntensity: { now: 2, before: 0 } }).signals.conflict, 0);
  assert.equal(arrowOf({ ...base, conflictIntensity: { now: 0, before: 9.6 } }).signals.conflict, 1);
  // Ties one way, both event signals the other: the events win back to unchanged.
  const r = arrowOf({
    tieChange: 1,
    tieMovement: 1,
    conflictIntensity: more,
    cooperationIntensity: { now: 0, before: 10 },
  });
  assert.deepEqual([r.arrow, r.score], ['unchanged', 0]);
});

test('a period of attacks deteriorates, with its inputs and facts', () => {
  const data = analysisData({
    actors,
    events: [
      ev('talks', '2025-04-10', ['AAA', 'BBB'], [], 'CONSULT'),
      ev('strike-1', '2025-08-03', 'BBB', 'AAA', 'ASSAULT'),
      ev('strike-2', '2025-09-14', 'BBB', 'AAA', 'ASSAULT'),
      ev('threat', '2025-07-20', 'AAA', 'BBB', 'THREATEN'),
    ],
  });
  const b = brief(data, '2025-09-30', '2025-07-01');
  const e = b.entries[0]!;
  assert.equal(e.arrow, 'deteriorated');
  assert.equal(e.empty, false);
  assert.deepEqual(e.inputs.conflictEvents, { now: 3, before: 0 });
  assert.deepEqual(e.inputs.cooperationEvents, { now: 0, before: 1 });
  assert.ok(e.inputs.tieChange < 0);
  assert.equal(e.ties[0]!.bName, 'Borduria');
  assert.match(e.rationale, /^Aland's position deteriorated: the tie with Borduria (cooled|turned)/);
  assert.deepEqual(
    e.themes.map((t) => [t.theme, t.facts.map((f) => f.label)]),
    [['Security', ['20 Jul', '3 Aug', '14 Sep']]],
  );
  assert.equal(b.previous.from, '2025-04-01');
  assert.equal(e.series?.months.map((m) => m.month).join(), '2025-04,2025-05,2025-06,2025-07,2025-08,2025-09');
});

test('a peace agreement improves; a quiet period with old ties only is unchanged', () => {
  const data = analysisData({
    actors,
    relations: [
      rel('hostility', 'hostility', 'AAA', 'BBB', -1, 0.8, '1994', '2025-08-08'),
      rel('peace', 'agreement-party', 'AAA', 'BBB', 1, 0.7, '2025-08-08'),
      rel('old-friends', 'partnership', 'AAA', 'CCC', 1, 0.5, '2001'),
    ],
    events: [
      ev('war-2020', '2020-10-01', 'AAA', 'BBB', 'ASSAULT'),
      ev('signing', '2025-08-08', ['AAA', 'BBB'], [], 'AGREE', { mode: 'treaty' }),
    ],
  });
  const q3 = brief(data, '2025-09-30', '2025-07-01').entries[0]!;
  assert.equal(q3.arrow, 'improved');
  assert.equal(q3.ties[0]!.signFlip, true);
  assert.match(q3.rationale, /turned from hostile to friendly/);
  const texts = q3.themes.flatMap((t) => t.facts.map((f) => f.text));
  assert.ok(texts.includes('Aland and Borduria are no longer in a state of hostility.'), texts.join('\n'));

  // A year later nothing new happened: only the slow ageing of the 2020 war moves the tie.
  const quiet = brief(data, '2026-09-30', '2026-07-01').entries[0]!;
  assert.equal(quiet.arrow, 'unchanged');
  assert.equal(quiet.inputs.tieChange, 0);
});

test('an entry with no data says so, in the JSON and in the HTML', () => {
  const data = analysisData({ actors, events: [ev('x', '2025-08-03', 'BBB', 'AAA', 'ASSAULT')] });
  const b = brief(data, '1990-03-31', '1990-03-01', ['AAA', 'CCC']);
  assert.equal(b.entries.length, 2);
  for (const e of b.entries) {
    assert.equal(e.empty, true);
    assert.equal(e.arrow, 'unchanged');
    assert.deepEqual(e.themes, []);
    assert.match(
      e.rationale,
      /^Orrery records no events involving (Aland|Carpania) between 1 March 1990 and 31 March 1990/,
    );
  }
  const html = renderHtml(b);
  assert.match(html, /Orrery records no events involving Carpania/);
  assert.match(html, /No dated facts for this entry in the period/);
});

test('a coded event awaiting review is shown, marked, and never counted; a rejected one is left out', () => {
  const data = analysisData({
    actors,
    events: [
      ev('pending', '2025-08-03', 'BBB', 'AAA', 'ASSAULT', { origin: { kind: 'coded', review: 'pending' } }),
      ev('rejected', '2025-08-04', 'BBB', 'AAA', 'ASSAULT', { origin: { kind: 'coded', review: 'rejected' } }),
      ev('accepted', '2025-08-05', 'BBB', 'AAA', 'ACCUSE', { origin: { kind: 'coded', review: 'accepted' } }),
    ],
  });
  const b = brief(data, '2025-08-31', '2025-08-01');
  const e = b.entries[0]!;
  const facts = e.themes.flatMap((t) => t.facts);
  assert.deepEqual(
    facts.map((f) => [f.id, f.pending]),
    [
      ['pending', true],
      ['accepted', false],
    ],
  );
  assert.deepEqual(e.inputs.conflictEvents, { now: 1, before: 0 });
  assert.match(renderHtml(b), /3 Aug<\/span> <span class="tag">awaiting review<\/span>/);
});
