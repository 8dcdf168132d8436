import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Event, EVENT_TYPES } from '../../../src/model/index.js';
import { actualBriefs, brief, events, rule } from './helpers.js';

/** One or two sentences per PLOVER type, written for these tests, with the coding expected. */
const CASES: Array<[string, string, string | null]> = [
  ['Armenia and Azerbaijan signed a border demarcation protocol in Almaty.', 'AGREE ARM+AZE>', 'treaty'],
  ['Baku and Yerevan agreed a ceasefire late on Sunday.', 'AGREE AZE+ARM>', 'ceasefire'],
  ['The Iranian foreign minister met his Azerbaijani counterpart in Tehran.', 'CONSULT IRN>AZE', 'meet'],
  ['Pashinyan visited Paris for two days of talks.', 'CONSULT ARM>FRA', 'visit'],
  ['The European Union praised Armenia for its electoral reforms.', 'SUPPORT EU>ARM', 'praise'],
  ['Azerbaijan returned four villages to Armenia under the delimitation deal.', 'RETREAT AZE>ARM', 'return'],
  ['Russia apologised to Azerbaijan for the loss of the aircraft.', 'CONCEDE RUS>AZE', 'apologize'],
  // PLOVER: starting diplomatic ties is non-material support (SUPPORT); COOPERATE is material cooperation
  ['Azerbaijan and Georgia established diplomatic relations in 1992.', 'SUPPORT AZE+GEO>', null],
  ['Turkey trained Azerbaijani officers at its military academies.', 'COOPERATE TUR>AZE', 'military'],
  ['India supplied artillery and radars to Armenia.', 'AID IND>ARM', 'military'],
  ['The EU sent humanitarian aid to the displaced families in Armenia.', 'AID EU>', 'humanitarian'],
  // Karabakh resolves to whoever held it at the event's date (Azerbaijan in 2025).
  ['Russian troops withdrew from the Karabakh region.', 'RETREAT RUS>AZE', 'withdraw'],
  ['Armenia urged Russia to honour its security commitments.', 'REQUEST ARM>RUS', 'change-policy'],
  ['Tehran accused Baku of harbouring Israeli spies.', 'ACCUSE IRN>AZE', 'allege'],
  ['The Kremlin condemned the arrest of its citizens in Baku.', 'ACCUSE RUS>', 'disapprove'],
  ['Azerbaijan rejected the French proposal for a monitoring mission.', 'REJECT AZE>FRA', 'proposal'],
  ['Iran warned Azerbaijan against any change to the border.', 'THREATEN IRN>AZE', 'non-force'],
  [
    'Armenian opposition supporters protested outside the government building.',
    'PROTEST ARM_OPPOSITION>',
    'demonstrate',
  ],
  ['Washington imposed sanctions on the Georgian interior minister.', 'SANCTION USA>GEO', null],
  ['Azerbaijan expelled two Russian diplomats on Friday.', 'SANCTION AZE>RUS', 'expel'],
  ['Yerevan recalled its ambassador from Moscow.', 'SANCTION ARM>RUS', 'recall'],
  ['Russia deployed extra troops to its base in Armenia.', 'MOBILIZE RUS>ARM', 'troops'],
  ['Turkey and Azerbaijan held joint military exercises near Nakhchivan.', 'MOBILIZE TUR+AZE>', 'exercise'],
  ['Azerbaijani police arrested three Russian journalists.', 'COERCE AZE>RUS', 'arrest'],
  ['Azerbaijan blocked the Lachin corridor for ten months.', 'COERCE AZE>', 'blockade'],
  ['Azerbaijani forces shelled Armenian villages overnight.', 'ASSAULT AZE>ARM', 'firearms'],
  ['Russian air defences shot down an Azerbaijani airliner.', 'ASSAULT RUS>AZE', 'shoot-down'],
];

for (const [sentence, expected, mode] of CASES) {
  test(`codes "${sentence}" as ${expected}`, () => {
    const found = events(sentence);
    const hit = found.find((e) => brief(e) === expected);
    assert.ok(hit, `expected ${expected}, got ${found.map(brief).join('; ') || 'nothing'}`);
    assert.equal(hit.mode, mode, `mode of ${expected}`);
    assert.equal(hit.modality, 'actual');
  });
}

test('the cases cover all 16 PLOVER types', () => {
  const covered = new Set(CASES.map(([, x]) => x.split(' ')[0]));
  assert.deepEqual([...covered].sort(), [...EVENT_TYPES].sort());
});

test('every coded event is a valid Event with a citation of its sentence, a rule and a plain-words summary', () => {
  const text =
    'Azerbaijan expelled two Russian diplomats on Friday. Iran warned Azerbaijan against any change to the border.';
  for (const e of events(text)) {
    Event.parse(e);
    const c = e.citations[0]!;
    assert.equal(c.source, 'test-doc');
    assert.ok(text.slice(c.start, c.end).endsWith('.'));
    assert.match(rule(e), /^(verb|noun):[a-z ]+→[A-Z]+/);
    assert.ok(!text.includes(e.summary), 'the summary is generated, not copied');
    assert.match(e.summary, /^(Azerbaijan expels diplomats of Russia|Iran threatens Azerbaijan)$/);
  }
});

test('a sentence without a coding verb or without a known actor gives no event', () => {
  assert.deepEqual(events('The weather in the mountains was mild this spring.'), []);
  assert.deepEqual(events('The committee met on Tuesday to review the budget.'), []);
});

test('nouns coded only where they carry an actor; a bare noun after an adjective is not a verb', () => {
  assert.deepEqual(events('Strong international support helped the talks along.').map(brief), []);
  const visit = events("Erdoğan's visit to Baku in 2021 sealed the alliance.");
  assert.ok(
    visit.some((e) => brief(e) === 'CONSULT TUR>AZE' && e.mode === 'visit' && e.date === '2021'),
    visit.map(brief).join('; '),
  );
});

test('diplomatic ties and missions are SUPPORT; military or economic ties stay COOPERATE', () => {
  const b = (t: string): string[] => events(t, '2004-05-10').map(brief);
  assert.deepEqual(b('Peru opened an embassy in Santiago on Monday.'), ['SUPPORT PER>CHL']);
  assert.deepEqual(b('Peru and Chile strengthened military ties.'), ['COOPERATE PER+CHL>']);
  assert.deepEqual(b('Peru reopened the border crossing with Chile.'), ['COOPERATE PER>CHL']);
});

test('mediating between parties is a consultation (CAMEO 045); brokering a deal is the agreement', () => {
  const e = events('Brazil mediated between Peru and Chile on Monday.', '2004-05-10');
  assert.deepEqual(e.map(brief), ['CONSULT BRA>PER+CHL']);
  assert.equal(e[0]?.mode, 'third-party');
  assert.deepEqual(
    events('Brazil brokered a ceasefire between Peru and Chile.', '2004-05-10').map((x) => x.event_type),
    ['AGREE'],
  );
});

const actualOf = (text: string): string[] => actualBriefs(text);

test('wanting a party to act is a request; condolences are sympathy; defying a party; returning property', () => {
  assert.deepEqual(actualOf('Ecuador wants Colombia to pay for the damage done by the spraying.'), ['REQUEST ECU>COL']);
  assert.deepEqual(actualOf('Ecuador wants closer ties with Colombia.'), []);
  assert.deepEqual(actualOf('Ecuador expressed its condolences to Colombia after the floods.'), ['SUPPORT ECU>COL']);
  assert.deepEqual(actualOf('Ecuador defied Colombia on Monday.'), ['REJECT ECU>COL']);
  assert.deepEqual(actualOf('Ecuador began returning fishing boats to Colombia.'), ['RETREAT ECU>COL']);
});

test('wire phrasings: a protest lodged, a boat intercepted, talks called off, a party told to act', () => {
  assert.deepEqual(actualOf('Ecuador lodged a formal protest with Colombia over the spraying.'), ['ACCUSE ECU>COL']);
  assert.deepEqual(actualOf('The Ecuadorian navy intercepted a Colombian trawler.'), ['COERCE ECU>COL']);
  assert.deepEqual(actualOf('Ecuador called off the talks with Colombia.'), ['REJECT ECU>COL']);
  assert.deepEqual(actualOf('Ecuador cancelled its talks with Colombia.'), ['REJECT ECU>COL']);
  assert.deepEqual(actualOf('Ecuador told Colombia to pull its troops back.'), ['REQUEST ECU>COL']);
  // told whom, but to do nothing: no request
  assert.deepEqual(actualOf('Ecuador told Colombia that it would not attend.'), []);
});

test('weighing sanctions in public is a threat of them', () => {
  assert.deepEqual(actualOf('Ecuador said it was considering sanctions against Colombia.'), ['THREATEN ECU>COL']);
  assert.deepEqual(actualOf('Ecuador is preparing new sanctions against Colombia.'), ['THREATEN ECU>COL']);
});

test('settling or ending a dispute is an agreement; "far from" negates', () => {
  assert.deepEqual(actualOf('Ecuador and Colombia settled their border dispute.'), ['AGREE ECU+COL>']);
  assert.deepEqual(actualOf('Ecuador ended its feud with Colombia.'), ['AGREE ECU>COL']);
  // ending aid is still a sanction
  assert.deepEqual(actualOf('Ecuador ended its aid to Colombia.'), ['SANCTION ECU>COL']);
  const far = events('Far from being settled by the Ecuadorian offer, the dispute with Colombia grew.', '2004-05-10');
  assert.ok(
    far.every((e) => e.modality !== 'actual' || e.event_type !== 'AGREE'),
    JSON.stringify(far.map(brief)),
  );
});

test('aid announced or provided "with" money; representations lodged; a vote against', () => {
  assert.deepEqual(actualOf('Ecuador announced $20 million in aid for Colombia.'), ['AGREE ECU>COL']);
  assert.deepEqual(actualOf('Ecuador announced its support for Colombia.'), ['SUPPORT ECU>COL']);
  assert.deepEqual(actualOf('Ecuador provided Colombia with 5 million dollars.'), ['AID ECU>COL']);
  assert.deepEqual(actualOf('Ecuador lodged stern representations with Colombia.'), ['ACCUSE ECU>COL']);
  assert.deepEqual(actualOf('Ecuador voted against the resolution on Colombia.'), ['REJECT ECU>COL']);
});

test("a welcome given to a visitor is hosting; mediation between two parties is a third party's consultation", () => {
  assert.deepEqual(actualOf('The Ecuadorian president gave a warm welcome to the Colombian leader.'), [
    'CONSULT ECU>COL',
  ]);
  assert.deepEqual(actualOf('Brazil undertook a mediation mission between Ecuador and Colombia.'), [
    'CONSULT BRA>ECU+COL',
  ]);
  // mediation offered to one party names no two sides: not this
  assert.deepEqual(actualOf('Brazil offered its mediation to Ecuador.'), ['AGREE BRA>ECU']);
});

test("a status granted is support; a law pushed through asks no one; a preposition ends a noun's modifiers", () => {
  assert.deepEqual(actualOf('The EU granted Ecuador candidate status in December.'), ['SUPPORT EU>ECU']);
  assert.deepEqual(actualOf("Ecuador's ruling party pushed through a press law despite protests."), []);
  const e = events('Ecuador released four Colombian prisoners after talks.', '2004-05-10').map(brief);
  assert.ok(!e.some((b) => b.startsWith('CONSULT COL')), JSON.stringify(e));
});

test('a body suspending a member state sanctions it; suspended talks stay a rejection', () => {
  assert.deepEqual(actualOf('The African Union suspended Mauritania after the coup.'), ['SANCTION AU>MRT']);
  assert.deepEqual(actualOf('Ecuador suspended talks with Colombia.'), ['REJECT ECU>COL']);
});
