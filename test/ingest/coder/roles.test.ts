import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, code, confidence, events, rule } from './helpers.js';

test('active and passive voice give the same actor and recipient', () => {
  assert.deepEqual(events('Azerbaijan attacked Armenia on 13 September 2022.').map(brief), ['ASSAULT AZE>ARM']);
  const passive = events('Armenia was attacked by Azerbaijan on 13 September 2022.');
  assert.deepEqual(passive.map(brief), ['ASSAULT AZE>ARM']);
  assert.match(rule(passive[0]!), /passive/);
  assert.deepEqual(events('Two Russian diplomats were expelled by Azerbaijan.').map(brief), ['SANCTION AZE>RUS']);
  assert.deepEqual(events('The villages have been shelled repeatedly by Azerbaijani troops.').map(brief), [
    'ASSAULT AZE>',
  ]);
});

test('a passive without an agent gives no event (nobody to code as the actor)', () => {
  assert.deepEqual(events('Armenia was attacked on 13 September 2022.'), []);
});

test('a participle directly followed by "by" is a reduced passive', () => {
  const e = events('The offensive launched by Azerbaijan in 2023 ended the enclave.');
  assert.deepEqual(e.map(brief), ['ASSAULT AZE>']);
  assert.match(rule(e[0]!), /reduced-passive/);
});

test('compound subjects act together; "with" gives the recipient', () => {
  const both = events('Aliyev and Pashinyan signed a joint declaration in Washington on 8 August 2025.');
  assert.deepEqual(
    both.map((e) => [e.actor, e.recipient]),
    [[['ilham-aliyev', 'nikol-pashinyan'], []]],
  );
  assert.equal(both[0]!.date, '2025-08-08');
  assert.deepEqual(events('Russia, Iran and Turkey held talks in Tehran.').map(brief), ['CONSULT RUS+IRN+TUR>']);
  assert.deepEqual(events('Armenia signed a trade agreement with the European Union.').map(brief), ['AGREE ARM>EU']);
});

test('a comma list without "and" is not a group', () => {
  const e = events('If Turkey attacks Armenia, France will respond.');
  assert.ok(
    e.every((x) => !x.recipient.includes('FRA')),
    e.map(brief).join('; '),
  );
});

test('parentheticals and relative clauses between subject and verb are skipped', () => {
  assert.deepEqual(
    events('Armenia, which had relied on Moscow for decades, recalled its envoy to the CSTO.').map(brief),
    ['SANCTION ARM>CSTO'],
  );
  assert.deepEqual(
    events('Turkey, backed by Azerbaijan, closed its border with Armenia.')
      .filter((e) => e.event_type === 'COERCE')
      .map(brief),
    // The border closed is the one with Armenia: the first actor after the verb is the target.
    ['COERCE TUR>ARM'],
  );
});

test('titles and possessives fold into the person or the state they belong to', () => {
  assert.deepEqual(events("Armenia's foreign minister visited Tehran.").map(brief), ['CONSULT ARM>IRN']);
  const p = events('Azerbaijani President Ilham Aliyev hosted the Georgian prime minister in Baku.');
  assert.deepEqual(
    p.map((e) => [e.event_type, e.actor, e.recipient]),
    [['CONSULT', ['ilham-aliyev'], ['GEO']]],
  );
});

test('an infinitive after a demand verb is coded as demanded, with the object of the demand as its actor', () => {
  const e = events('The European Union urged Azerbaijan to withdraw its troops from Armenian territory.');
  const request = e.find((x) => x.event_type === 'REQUEST');
  const retreat = e.find((x) => x.event_type === 'RETREAT');
  assert.equal(request && brief(request), 'REQUEST EU>AZE');
  assert.equal(retreat?.modality, 'demanded');
  assert.equal(retreat && brief(retreat), 'RETREAT AZE>ARM');
});

test('a subject found only far from its verb costs confidence', () => {
  const near = events('Armenia accused Azerbaijan of shelling.')[0]!;
  const far = events(
    'Citing fresh reports from the border, and after a long night of calls, accused Azerbaijan of shelling, said Armenia.',
  );
  assert.ok(far.length === 0 || confidence(far[0]!) < confidence(near));
});

test('an unknown capitalised subject of a coding verb is reported as a candidate name', () => {
  const r = code(
    'Kerem Yavuzoglu visited Baku on 5 March. Kerem Yavuzoglu met Aliyev again in May. Later, Yavuzoglu condemned the attack.',
  );
  const kerem = r.candidates.find((c) => c.name === 'Kerem Yavuzoglu');
  assert.equal(kerem?.count, 2);
  assert.equal(kerem?.example_start, 0);
  assert.ok(r.candidates.some((c) => c.name === 'Yavuzoglu'));
  assert.ok(
    r.events.every(
      (e) => !e.event.actor.includes('AZE') || e.event.event_type !== 'CONSULT' || e.event.recipient.length === 0,
    ),
  );
});

test("an unknown name with its office in apposition acts for the office holder's state or body", () => {
  const at = (s: string): string[] => events(s, '2004-05-10').map(brief);
  assert.deepEqual(at('Jane Doemann, the Chilean foreign minister, accused Peru of spying.'), ['ACCUSE CHL>PER']);
  assert.deepEqual(at("Jane Doemann, Chile's ambassador to the UN, accused Peru of spying."), ['ACCUSE CHL>PER']);
  // an apposition that names no office is no affiliation; the name stays unknown
  assert.deepEqual(at('Jane Doemann, who lives in Chile, accused Peru of spying.'), []);
  assert.deepEqual(at('Jane Doemann, a writer from Chile, accused Peru of spying.'), []);
});
