/**
 * The syntactic patterns issue 15 lists, one test each, on sentences written for these tests: who did
 * what to whom through subjects, direct and indirect objects, prepositional targets, complement
 * clauses, passive agents, appositions, coordination, parentheticals and date phrases; and states the
 * region's gazetteer does not hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actualBriefs, brief, code, events, rule } from './helpers.js';

const actual = (text: string): string[] => actualBriefs(text);

test('subject and direct object', () => {
  assert.deepEqual(actual('Paraguay accused Uruguay of smuggling arms.'), ['ACCUSE PRY>URY']);
});

test('indirect object: the one something is offered to', () => {
  assert.deepEqual(actual('Chile offered Peru a loan of 50 million dollars.'), ['AGREE CHL>PER']);
});

test('prepositional target', () => {
  assert.deepEqual(actual('Chile fired missiles at Peruvian positions.'), ['ASSAULT CHL>PER']);
});

test('complement clause: the target named inside the act threatened', () => {
  assert.deepEqual(actual('Chile threatened to cut off electricity to Bolivia.'), ['THREATEN CHL>BOL']);
});

test('passive agent', () => {
  assert.deepEqual(actual('Bolivia was attacked by Chile on Monday.'), ['ASSAULT CHL>BOL']);
  // after a long adjunct, a comma sets the agent off; without it a "by" is the nearer participle's
  assert.deepEqual(
    actual(
      'Bolivia’s former minister has been accused of hiding millions in public funds, much of it lost, by Bolivian auditors.',
    ),
    ['ACCUSE BOL>BOL'],
  );
  assert.deepEqual(
    actual('Bolivia’s former minister has been accused of spending funds stolen by Chilean smugglers.'),
    [],
  );
});

test('passive with no agent: forces moved are moved by their own state', () => {
  assert.deepEqual(actual('Thousands of Bolivian soldiers were sent to the border with Chile.'), ['MOBILIZE BOL>CHL']);
  // any other act in the passive with no agent names no one who acted
  assert.deepEqual(actual('Bolivian exporters were warned about the new tariffs.'), []);
});

test('a noun a denial governs is not the denier’s act', () => {
  const denial = actual('Ecuador denied accusations that it had trained the militants.');
  assert.deepEqual(
    denial.map((b) => b.split(' ')[0]),
    ['REJECT'],
  );
  assert.deepEqual(actual('Bolivia rejected Chilean accusations of spying.'), ['REJECT BOL>CHL', 'ACCUSE CHL>']);
});

test('an "as" complement right after the verb keeps the object that follows it', () => {
  assert.deepEqual(actual('Bolivia condemned as reckless Chile’s treatment of migrants.'), ['ACCUSE BOL>CHL']);
});

test('a message to a state that it must act is a demand of that state', () => {
  assert.deepEqual(actual('Bolivia issued a stern reminder on Friday to Chile that it must respect the treaty.'), [
    'REQUEST BOL>CHL',
  ]);
  // a state saying it must act itself demands nothing of anyone
  assert.deepEqual(actual('Bolivia said that it must defend its border.'), []);
});

test('the sides or parties in a place are the place’s state when the object names no actor', () => {
  assert.deepEqual(actual('Brazil urged all sides in Bolivia to respect the truce.'), ['REQUEST BRA>BOL']);
  assert.deepEqual(actual('Brazil urged the parties to the conflict in Bolivia to talk.'), ['REQUEST BRA>BOL']);
  // a place after an act, not after a group, is where the act happened
  assert.deepEqual(actual('Brazil condemned the bombing in Bolivia.'), ['ACCUSE BRA>']);
});

test('an accusation in a closing reporting clause is aimed at the subject of the clause it reports', () => {
  assert.deepEqual(actual('Chile is breaking the fishing accord, Bolivia charged on Monday.'), ['ACCUSE BOL>CHL']);
  assert.ok(
    actual('Bolivian police are beating detainees, rights groups protested on Friday.').includes('ACCUSE NGOS>BOL'),
  );
  // a plain "said" reports; it accuses no one
  assert.deepEqual(actual('Chile is reviewing the fishing accord, Bolivia said on Monday.'), []);
});

test('apposition: a name between commas after its office', () => {
  assert.deepEqual(actual("Chile's defence minister, Juan Perez, accused Peru of spying."), ['ACCUSE CHL>PER']);
});

test('coordination: both subjects act', () => {
  assert.deepEqual(actual('Chile and Argentina condemned Peru.'), ['ACCUSE CHL+ARG>PER']);
});

test('parenthetical and date phrase between subject and verb', () => {
  const e = events('Chile on Tuesday, in a surprise move, recalled its ambassador from Peru.', '2004-05-13');
  assert.deepEqual(e.map(brief), ['SANCTION CHL>PER']);
  assert.equal(e[0]!.date, '2004-05-11');
  assert.match(rule(e[0]!), /date:relative/);
});

test('states outside the region come from country data; an unknown partner does not sink the event', () => {
  assert.deepEqual(actual('Bhutan and Mongolia signed a trade agreement on Tuesday.'), ['AGREE BTN+MNG>']);
  const r = code('The United States and Freedonia agreed to expand military cooperation.', '2004-05-10');
  const done = r.events.filter((c) => c.event.modality === 'actual');
  assert.deepEqual(
    done.map((c) => brief(c.event)),
    ['AGREE USA>'],
  );
  assert.match(rule(done[0]!.event), /partial-subject/);
  assert.deepEqual(
    r.candidates.map((c) => c.name),
    ['Freedonia'],
  );
});

test('a name after a preposition before "and" is an object: the next verb keeps the first subject', () => {
  const b = (t: string): string[] => events(t, '2004-05-10').map(brief);
  assert.deepEqual(b('Peru signed a trade deal with Chile and sent troops to Bolivia.'), [
    'AGREE PER>CHL',
    'MOBILIZE PER>BOL',
  ]);
  // two clauses with subjects of their own stay apart
  const two = b('Peru met Chile and Bolivia signed a deal.');
  assert.equal(two.length, 2);
  assert.match(two[1]!, /^AGREE (?!PER)/);
});

test('a participle with no comma after a message or an addressee: the writer asks, the addressee is asked', () => {
  assert.deepEqual(actual('Uruguay issued a statement urging Paraguay to free the detained sailors.'), [
    'REQUEST URY>PRY',
  ]);
  assert.deepEqual(actual('Uruguay sent a letter to Paraguay demanding the return of the sailors.'), [
    'REQUEST URY>PRY',
  ]);
  // the act asked for is demanded, not done
  const asked = events('Uruguay wrote to Paraguay urging it to withdraw its troops.', '2004-05-10');
  assert.deepEqual(
    asked.map((e) => `${brief(e)} ${e.modality}`),
    ['REQUEST URY>PRY actual', 'RETREAT PRY> demanded'],
  );
  // an -ing word after a plain noun is still no verb
  assert.deepEqual(actual('Uruguay signed a fishing agreement with Paraguay.'), ['AGREE URY>PRY']);
});

test('an object pronoun stands for the party named before the verb; a second verb keeps the first subject', () => {
  assert.deepEqual(actual('Uruguay summoned the Paraguayan ambassador and warned him against new raids.'), [
    'ACCUSE URY>PRY',
    'THREATEN URY>PRY',
  ]);
  assert.deepEqual(actual('The Uruguayan president met the Paraguayan foreign minister and thanked him.'), [
    'CONSULT URY>PRY',
    'SUPPORT URY>PRY',
  ]);
  // two subjects joined by "and" still act together
  assert.deepEqual(actual('Uruguay and Paraguay signed a border treaty.'), ['AGREE URY+PRY>']);
});

test('"came under attack from X": X attacks the subject', () => {
  assert.deepEqual(actual('Paraguayan border posts came under heavy shelling from Uruguayan artillery.'), [
    'ASSAULT URY>PRY',
  ]);
});

test("a message blocked is not the blocker's; a sea named after a state is no target", () => {
  const blocked = events('Paraguay blocked a resolution condemning Uruguay.', '2004-05-10');
  assert.ok(
    !blocked.some((e) => e.event_type === 'ACCUSE' && brief(e).startsWith('ACCUSE PRY')),
    JSON.stringify(blocked.map(brief)),
  );
  const sea = events('Japan fired a missile into the Sea of Japan.', '2004-05-10').map(brief);
  assert.ok(!sea.some((b) => b.endsWith('>JPN')), JSON.stringify(sea));
});

test('passive subject "X\'s request for Y ...": the request is X\'s, Y only what it is for', () => {
  assert.deepEqual(actual("Uruguay's request for Mercosur membership was rejected by Paraguay."), ['REJECT PRY>URY']);
});

test("an act named in the phrase that opens the sentence is the main subject's, but not the focal one", () => {
  const c = code(
    'In a phone call with his Paraguayan counterpart, the Uruguayan president discussed trade.',
    '2004-05-10',
  );
  assert.deepEqual(
    c.events.map((x) => brief(x.event)),
    ['CONSULT URY>PRY'],
  );
  const both = code('At a meeting with Paraguayan officials, Uruguay demanded the return of the boats.', '2004-05-10');
  assert.deepEqual(
    both.events.filter((x) => x.focal).map((x) => brief(x.event)),
    ['REQUEST URY>'],
  );
});

test("a titled addressee before a participle; the verb before it does not borrow the participle's words", () => {
  const c = code('Paraguayan farmers wrote to President Tabare Vazquez urging him to send troops.', '2007-05-10');
  assert.ok(
    c.events.some((x) => x.focal && brief(x.event).startsWith('REQUEST PRY>')),
    JSON.stringify(c.events.map((x) => brief(x.event))),
  );
  const sent = code('Paraguay sent a letter to Uruguay urging it to send troops.', '2004-05-10');
  // the letter sent is no troop deployment
  assert.ok(!sent.events.some((x) => x.event.event_type === 'MOBILIZE' && x.event.modality === 'actual'));
  assert.deepEqual(
    sent.events.filter((x) => x.focal).map((x) => brief(x.event)),
    ['REQUEST PRY>URY'],
  );
});
