/** Matching a coded event against stored ones: same event, date conflict, or a different event. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateGap, findMatch, sameSides, type ResolvedEvent } from '../../src/ingest/corroborate.js';

const cit = { source: 's', start: 0, end: 5, sha256: 'a'.repeat(64) };
function ev(over: Partial<ResolvedEvent>): ResolvedEvent {
  return {
    id: 'e', date: '2024-03-04', end_date: null, actor: ['AAA'], recipient: ['NNN'], event_type: 'CONSULT', mode: 'visit', context: [],
    modality: 'actual', location: null, summary: 'x', citations: [cit], status: 'asserted', counter_claims: [], origin: { kind: 'curated' },
    actor_country: ['AAA'], recipient_country: ['NNN'], ...over,
  };
}

test('the same event: type, mode, resolved sides and overlapping dates agree', () => {
  const stored = ev({ id: 'stored', date: '2024-03' });
  assert.deepEqual(findMatch(ev({ id: 'new' }), [stored]), { kind: 'same', event: stored }, 'a day inside a month-precision date');
  assert.equal(findMatch(ev({ id: 'new', mode: null }), [stored])?.kind, 'same', 'an open mode agrees with any');
  assert.equal(findMatch(ev({ id: 'new', actor: ['leader-a'], actor_country: ['AAA'] }), [stored])?.kind, 'same', 'a person counts for the state');
  assert.equal(findMatch(ev({ id: 'new', mode: 'phone' }), [stored]), null, 'a phone call is not a visit');
  assert.equal(findMatch(ev({ id: 'new', event_type: 'AGREE', mode: null }), [stored]), null);
  assert.equal(findMatch(ev({ id: 'new', modality: 'negated' }), [stored]), null, 'a denial never corroborates');
  assert.equal(findMatch(ev({ id: 'new', recipient_country: ['BBB'] }), [stored]), null);
  const rejected = ev({ id: 'rejected', origin: { kind: 'coded', confidence: 0.5, rule: 'r', review: 'rejected' } });
  assert.equal(findMatch(ev({ id: 'new' }), [rejected]), null, 'rejected coded events are ignored');
});

test('symmetric types match with the sides swapped or merged; directed ones do not', () => {
  const agree = ev({ event_type: 'AGREE', mode: 'treaty', actor_country: ['AAA', 'BBB'], recipient_country: [] });
  assert.ok(sameSides(ev({ event_type: 'AGREE', mode: 'treaty', actor_country: ['BBB'], recipient_country: ['AAA'] }), agree));
  const accuse = ev({ event_type: 'ACCUSE', mode: null, actor_country: ['AAA'], recipient_country: ['BBB'] });
  assert.ok(!sameSides(ev({ event_type: 'ACCUSE', mode: null, actor_country: ['BBB'], recipient_country: ['AAA'] }), accuse));
  assert.ok(sameSides(ev({ event_type: 'ACCUSE', mode: null, actor_country: ['AAA'], recipient_country: [] }), accuse), 'an empty recipient side matches');
});

test('dates that cannot mean the same day, within the window, are a date conflict; far apart, another event', () => {
  const stored = ev({ id: 'stored', date: '2024-03-04' });
  assert.deepEqual(findMatch(ev({ id: 'new', date: '2024-03-20' }), [stored]), { kind: 'date-conflict', event: stored });
  assert.equal(findMatch(ev({ id: 'new', date: '2024-06-20' }), [stored]), null);
  assert.equal(findMatch(ev({ id: 'new', date: '2024-03-20' }), [stored], { conflictWindowDays: 7 }), null);
  assert.equal(findMatch(ev({ id: 'new', date: '2025' }), [ev({ id: 'stored', date: '2024' })]), null, 'year-only dates never conflict');
  assert.equal(dateGap(ev({ date: '2024-03-04' }), ev({ date: '2024-03-20' })), 16);
  assert.equal(dateGap(ev({ date: '2024-04' }), ev({ date: '2024-03-20' })), 12);
  assert.equal(dateGap(ev({ date: '2024-03-01', end_date: '2024-03-10' }), ev({ date: '2024-03-08' })), 0);
});
