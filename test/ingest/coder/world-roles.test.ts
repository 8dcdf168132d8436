/**
 * Who did what to whom in world news, sentences written for these tests: purpose clauses, counted
 * objects, titled officials with an unknown name, prepositions that name no target, the place as
 * target, offers as intent, and calls with a date after them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, events, rule } from './helpers.js';

const briefs = (text: string): string[] => events(text, '2004-05-10').map(brief);

test('a purpose clause after a prepositional object takes the main subject, not that object', () => {
  assert.ok(
    briefs('Canada sent a team of experts to Haiti on Monday to investigate the killings.').includes('ACCUSE CAN>'),
  );
  // but the one asked to act stays the actor of the act asked for
  const asked = events('Norway called on Sudan to release the detained Chadian students.', '2004-05-10');
  assert.ok(asked.some((e) => brief(e) === 'RETREAT SDN>TCD' && e.modality === 'demanded'));
  // and the agent of a noun the infinitive completes acts: "the decision by Chile to recognise"
  const decided = briefs('Peru criticised the decision by Chile to recognise the new government.');
  assert.ok(decided.includes('ACCUSE PER>CHL'), decided.join(' | '));
  assert.ok(
    decided.some((b) => b.startsWith('SUPPORT CHL')),
    decided.join(' | '),
  );
  assert.ok(!decided.some((b) => b.startsWith('SUPPORT PER')), decided.join(' | '));
});

test('a counted object is still the target: "more than 100", "at least 20"', () => {
  assert.deepEqual(briefs('Indian police arrested more than 100 Nepalese nationals on Friday.'), ['COERCE IND>NPL']);
  const e = events('Indian police arrested more than 100 Nepalese nationals on Friday.', '2004-05-10')[0]!;
  assert.match(rule(e), /object-fallback/);
  // a comparison is no object
  assert.deepEqual(briefs('Chile spent more than Peru on arms last year.'), []);
});

test('a titled official with a name the gazetteer does not know is the state named before the title', () => {
  assert.deepEqual(
    briefs('US Secretary of State Jane Doemann telephoned Mexican Foreign Minister Luis Ortegal on Tuesday.'),
    ['CONSULT USA>MEX'],
  );
});

test('"in line with", "in response to" and "according to" name no target', () => {
  const e = code('Canada halted military aid to Peru in line with Chilean demands.', '2004-05-10').events;
  assert.deepEqual(
    e.filter((c) => c.focal).map((c) => brief(c.event)),
    ['SANCTION CAN>PER'],
  );
  // the demands referred to are kept as their own act, never as the sentence's focal one
  assert.ok(e.some((c) => !c.focal && c.event.event_type === 'REQUEST'));
});

test('the place is the target of a threat or a suspension when no one else is', () => {
  assert.deepEqual(briefs('Kenya threatened Monday to resume its activities in Mogadishu.'), ['THREATEN KEN>SOM']);
  assert.deepEqual(briefs('Kenya suspended the licences of foreign journalists in Mogadishu.'), ['SANCTION KEN>SOM']);
  // but not of aid or exercises, whose place is only where they happen
  assert.ok(briefs('Chile and Peru held joint military exercises in Bolivia.').every((b) => !b.endsWith('>BOL')));
});

test('an offer is intent (AGREE), not the aid itself; condolences are sympathy (SUPPORT), as CAMEO 018', () => {
  assert.deepEqual(briefs('Norway offered troops to Sudan on Monday.'), ['AGREE NOR>SDN']);
  assert.deepEqual(briefs('Norway offered its mediation to Sudan.'), ['AGREE NOR>SDN']);
  assert.deepEqual(briefs('Norway offered condolences to Sudan.'), ['SUPPORT NOR>SDN']);
  assert.deepEqual(briefs('Norway apologised to Sudan for the raid.'), ['CONCEDE NOR>SDN']);
});

test('a phone call with a date after it is a call; "called on" and "called for" are requests', () => {
  assert.deepEqual(briefs('The Japanese foreign minister telephoned Egypt on Tuesday.'), ['CONSULT JPN>EGY']);
  assert.deepEqual(briefs('Japan called on Egypt to hold talks.')[0], 'REQUEST JPN>EGY');
});

test('a demand for "the withdrawal of X" is addressed to X', () => {
  assert.ok(briefs('Canada demanded the withdrawal of Haitian forces from Jamaica.').includes('REQUEST CAN>HTI'));
});

test('extradition needs no cue word after the verb', () => {
  assert.deepEqual(briefs('Kenya extradited a Somali businessman to Italy on Monday.'), ['COOPERATE KEN>ITA']);
});

test('"X said it would ..." is an intent: AGREE for a cooperative act, THREATEN for a hostile one', () => {
  const allow = events('Kenya said it would allow the return of UN inspectors.', '2004-05-10');
  assert.ok(allow.some((e) => e.event_type === 'AGREE' && e.modality === 'actual' && rule(e).includes('intent:would')));
  assert.ok(allow.some((e) => e.event_type === 'RETREAT' && e.modality === 'hypothetical'));
  const impose = events('Kenya said it would impose sanctions on Somalia.', '2004-05-10');
  assert.ok(impose.some((e) => brief(e) === 'THREATEN KEN>SOM' && e.modality === 'actual'));
  // "would" without a report is a condition, not a declared intent
  const cond = events('Kenya would allow the return of UN inspectors if Somalia agreed.', '2004-05-10');
  assert.ok(cond.every((e) => e.event_type !== 'AGREE' || e.modality !== 'actual'));
});

test('"X said (here, on Monday) that Y must ..." is a request by X of Y, with or without a coding verb after it', () => {
  assert.deepEqual(briefs('Egypt said that the US must withdraw.'), ['REQUEST EGY>USA']);
  assert.ok(briefs('Egypt said here on Wednesday that the US must be ready to mediate.').includes('REQUEST EGY>USA'));
});

test('an act named as the object of a demand is demanded, not done; "called a truce" declares one', () => {
  const asked = events('Canada called for an immediate ceasefire between Haiti and Jamaica.', '2004-05-10');
  assert.ok(asked.some((e) => e.event_type === 'REQUEST' && e.modality === 'actual'));
  assert.ok(asked.every((e) => e.event_type === 'REQUEST' || e.modality === 'demanded'));
  const withdrawal = events('Canada demanded the withdrawal of Haitian forces from Jamaica.', '2004-05-10');
  assert.ok(withdrawal.some((e) => e.event_type === 'RETREAT' && e.modality === 'demanded'));
  assert.deepEqual(briefs('Haiti called a truce with Jamaica.'), ['RETREAT HTI>JAM']);
});

test('a group "in" a state or its capital acts for that state ("students in Nairobi")', () => {
  assert.deepEqual(briefs('Students in Nairobi protested against the United States on Monday.'), ['PROTEST KEN>USA']);
  // with no target named, the strike is against the strikers' own state (domestic.ts)
  assert.deepEqual(briefs('Opposition parties in Kenya organized a general strike.'), ['PROTEST KEN>KEN']);
  // a meeting place is still only where it happened
  assert.deepEqual(briefs('Chile held talks in Lima with Peru.'), ['CONSULT CHL>PER']);
});

test('an act named by a noun after a light verb is done by that verb\'s subject ("began the withdrawal")', () => {
  assert.deepEqual(briefs('Kenya began the withdrawal of its troops from Somalia.'), ['RETREAT KEN>SOM']);
  assert.deepEqual(briefs('Kenya speeded up the pullout of some forces from Somalia on Monday.'), ['RETREAT KEN>SOM']);
});

test('hacking into computers is coercion; forcing people out is a deportation', () => {
  assert.deepEqual(briefs('Iran hacked into the computers of Saudi officials.'), ['COERCE IRN>SAU']);
  assert.deepEqual(briefs('Kenyan police forced out hundreds of Somali refugees from the camp.'), ['COERCE KEN>SOM']);
});

test('a refused cooperative act is REJECT by the one refusing; a denial or a negated attack is not', () => {
  const refused = events('Kenya said it would not meet the demands of Somalia.', '2004-05-10');
  assert.ok(
    refused.some((e) => brief(e) === 'REJECT KEN>SOM' && e.modality === 'actual' && rule(e).includes('refusal:not')),
  );
  assert.ok(refused.some((e) => e.event_type === 'CONCEDE' && e.modality === 'negated'));
  assert.deepEqual(briefs('Kenya refused to sign the agreement with Somalia.')[0], 'REJECT KEN>SOM');
  assert.ok(briefs("Kenya won't sign the agreement with Somalia.").includes('REJECT KEN>SOM'));
  for (const not of [
    'Kenya did not attack Somalia.',
    'Kenya has not accepted the offer of Somalia.',
    'Kenya warned that it would not accept changes to the border with Somalia.',
  ])
    assert.ok(
      events(not, '2004-05-10').every((e) => e.event_type !== 'REJECT'),
      not,
    );
});

test('a subject pronoun after a reporting verb is that verb’s subject, over a date phrase', () => {
  const e = events('Morocco said on Thursday it would tighten its blockade of Algeria.', '2004-05-10');
  assert.deepEqual(
    e.map((x) => `${brief(x)} ${x.modality}`),
    ['COERCE MAR>DZA hypothetical', 'THREATEN MAR>DZA actual'],
  );
  assert.deepEqual(
    events('Chile announced on Friday that it had expelled two Peruvian diplomats.', '2004-05-10').map(brief),
    ['SANCTION CHL>PER'],
  );
  // a demand's pronoun is someone else: no actor taken from the one demanding
  assert.ok(
    !events('Chile demanded that they withdraw at once.', '2004-05-10').some((x) => brief(x).startsWith('RETREAT CHL')),
  );
});

test('a "by" phrase after a participle is the participle’s agent, not the noun’s', () => {
  const e = events('The rebels agreed to a ceasefire proposed by the African Union.', '2004-05-10');
  assert.ok(!e.some((x) => x.event_type === 'AGREE' && x.actor.includes('AU')));
  assert.deepEqual(events('Attacks by Chilean forces killed ten Peruvian soldiers.', '2004-05-10').map(brief), [
    'ASSAULT CHL>PER',
  ]);
});

test('a bare participle after "if" or "unless" is an elliptical passive with no actor', () => {
  const e = events('Iran warned it would close the strait if attacked.', '2004-05-10');
  assert.ok(!e.some((x) => x.event_type === 'ASSAULT'));
});

test('a government’s protest is diplomatic (ACCUSE); a demand named by a noun is a REQUEST', () => {
  const e = events('Chile protested to Peru over the arrests.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['ACCUSE CHL>PER']);
  assert.match(e[0]!.origin.kind === 'coded' ? e[0]!.origin.rule : '', /#protest \(official/);
  assert.deepEqual(
    events('Brazil renewed its demand that Peru halt the construction of the dam.', '2004-05-10')
      .filter((x) => x.modality === 'actual')
      .map(brief),
    ['REQUEST BRA>PER'],
  );
  // demand in the economic sense is no request
  assert.deepEqual(events('Chinese demand for Australian coal rose sharply.', '2004-05-10'), []);
});

test('Kosovo is XKX, the code in common use, not the package’s UNK', () => {
  assert.deepEqual(events('Serbia signed a deal with Kosovo on border crossings.', '2004-05-10').map(brief), [
    'AGREE SRB>XKX',
  ]);
});

test('a threat’s target is the one its condition names; "warned of" is an active warning', () => {
  assert.deepEqual(
    events('Chile warned of serious consequences unless Peru withdraws its troops.', '2004-05-10')
      .filter((x) => x.modality === 'actual')
      .map(brief),
    ['THREATEN CHL>PER'],
  );
  assert.deepEqual(events('Chile warned of consequences.', '2004-05-10').map(brief), ['THREATEN CHL>']);
});

test('a capitalised direction before a place is part of the place, not an actor', () => {
  assert.deepEqual(events('Thai troops have retaken two border villages in Northern Laos.', '2004-05-10').map(brief), [
    'COERCE THA>LAO',
  ]);
  assert.deepEqual(events('Western powers condemned Russia.', '2004-05-10').map(brief), ['ACCUSE WEST>RUS']);
});

test('a pledge or promise of aid is AGREE (the manual: promises of future aid), not the aid itself', () => {
  assert.deepEqual(events('Japan pledged 200 million dollars in aid to Indonesia.', '2004-05-10').map(brief), [
    'AGREE JPN>IDN',
  ]);
  assert.deepEqual(events('Chile promised Bolivia access to the sea.', '2004-05-10').map(brief), ['AGREE CHL>BOL']);
});

test('a reported allegation is ACCUSE by the one alleging; the act alleged is not coded as done', () => {
  const e = events('Chile claimed that Peruvian troops attacked a border post.', '2004-05-10');
  assert.deepEqual(
    e.map((x) => `${brief(x)} ${x.modality}`),
    ['ACCUSE CHL>PER actual', 'ASSAULT PER> opinion'],
  );
  assert.match(e[1]!.summary, /^Claimed or believed: /);
  assert.deepEqual(events('The rebels claimed responsibility for the attack.', '2004-05-10'), []);
});

test('an envoy summoned to hear a protest is not the one protesting', () => {
  assert.deepEqual(events('Chile summoned the Peruvian ambassador to protest the arrests.', '2004-05-10').map(brief), [
    'ACCUSE CHL>PER',
  ]);
});

test('expressed support or solidarity is SUPPORT; a possessor of "bid to" acts in the infinitive', () => {
  assert.deepEqual(events('Chile voiced solidarity with Peru after the earthquake.', '2004-05-10').map(brief), [
    'SUPPORT CHL>PER',
  ]);
  const e = events("Chile expressed support for Peru's bid to host the summit.", '2004-05-10');
  assert.equal(brief(e[0]!), 'SUPPORT CHL>PER');
  assert.ok(!e.some((x) => x.event_type === 'CONSULT' && x.actor.includes('CHL')));
});
