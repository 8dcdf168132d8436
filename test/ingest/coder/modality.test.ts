import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, confidence, events, rule } from './helpers.js';

function only(text: string): { modality: string; conf: number; rule: string; brief: string } {
  const found = events(text);
  assert.equal(found.length >= 1, true, `no event in: ${text}`);
  const e = found[0]!;
  return { modality: e.modality, conf: confidence(e), rule: rule(e), brief: brief(e) };
}

const base = confidence(events('Azerbaijan attacked Armenia.')[0]!);

test('negated statements are coded as negated, with lower confidence and the cue in the rule', () => {
  for (const s of [
    'Azerbaijan did not attack Armenia.',
    "Azerbaijan didn't attack Armenia.",
    'Azerbaijan never attacked Armenia.',
  ]) {
    const r = only(s);
    assert.equal(r.modality, 'negated', s);
    assert.ok(r.conf < base, s);
    assert.match(r.rule, /negated:/);
  }
  assert.equal(only('Russia refused to sign the declaration.').modality, 'actual', 'the refusal itself happened');
  assert.ok(
    events('Russia refused to sign the declaration.').some((e) => e.event_type === 'AGREE' && e.modality === 'negated'),
  );
});

test('"not only ... but also" is not a negation', () => {
  assert.equal(only('Turkey not only praised Azerbaijan but also sent advisers.').modality, 'actual');
});

test('a denial makes the denied event negated', () => {
  const e = events('Baku denied that its forces had shelled Armenian villages.');
  assert.ok(e.some((x) => x.event_type === 'REJECT' && x.modality === 'actual'));
  const shelling = e.find((x) => x.event_type === 'ASSAULT');
  assert.equal(shelling?.modality, 'negated');
});

test('hypotheticals: modals, conditions and questions', () => {
  assert.equal(only('Azerbaijan could attack Armenia.').modality, 'hypothetical');
  assert.equal(only('If talks fail, Azerbaijan may attack Armenia.').modality, 'hypothetical');
  const cond = events('If Russia withdraws its troops, Armenia will sign the treaty.');
  assert.equal(cond.find((e) => e.event_type === 'RETREAT')?.modality, 'hypothetical');
  assert.equal(cond.find((e) => e.event_type === 'AGREE')?.modality, 'future');
  assert.equal(only('Will Russia attack Georgia again?').modality, 'hypothetical');
});

test('a condition ends at its comma: the main clause after it is not conditional', () => {
  const e = events(
    'If the talks fail, analysts say, the ceasefire will end; in the meantime Armenia recalled its ambassador from Moscow.',
  );
  const recall = e.find((x) => x.event_type === 'SANCTION');
  assert.equal(recall?.modality, 'actual');
});

test('future and intended events', () => {
  assert.equal(only('Armenia will sign the peace treaty next month.').modality, 'future');
  assert.equal(only('Georgia plans to hold joint exercises with Turkey.').modality, 'future');
  assert.equal(only('Iran is set to host the Armenian foreign minister next week.').modality, 'future');
});

test('demanded and opinion statements', () => {
  const demanded = events('France called on Azerbaijan to release the Armenian prisoners.');
  assert.ok(demanded.some((e) => e.event_type === 'REQUEST' && e.modality === 'actual'));
  assert.ok(
    demanded.some((e) => e.event_type === 'RETREAT' && e.modality === 'demanded' && brief(e) === 'RETREAT AZE>ARM'),
  );
  assert.equal(only('Analysts believe Russia supplied weapons to Armenia.').modality, 'opinion');
  assert.equal(only('In my view, Turkey pressured Armenia.').modality, 'opinion');
});

test('threatened acts are not coded as done', () => {
  const e = events('Iran threatened to close its border with Azerbaijan.');
  assert.ok(e.some((x) => x.event_type === 'THREATEN' && x.modality === 'actual' && x.mode === 'restrict'));
  assert.ok(e.every((x) => x.event_type === 'THREATEN' || x.modality !== 'actual'));
});

test('the summary says plainly when an event did not happen', () => {
  assert.match(
    events('Azerbaijan did not attack Armenia.')[0]!.summary,
    /^Said not to have happened: Azerbaijan attacks Armenia$/,
  );
});

test('a hostile act that may follow if a condition is not met is a threat; bare speculation is not', () => {
  const e = events('Chile may cut off gas supplies to Peru if the talks fail, its energy minister said.', '2004-05-10');
  const threat = e.find((x) => x.event_type === 'THREATEN');
  assert.ok(threat && threat.modality === 'actual' && brief(threat) === 'THREATEN CHL>PER');
  assert.match(rule(threat), /conditional:may/);
  // the act itself stays hypothetical
  assert.ok(e.some((x) => x.event_type === 'SANCTION' && x.modality === 'hypothetical'));
  const guess = events('Chile may cut off gas supplies to Peru next winter.', '2004-05-10');
  assert.ok(!guess.some((x) => x.event_type === 'THREATEN'));
});
