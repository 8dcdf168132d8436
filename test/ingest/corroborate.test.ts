/**
 * Matching a coded event against stored ones: same event, date conflict, or a different event; and,
 * on a real SQLite store, what an article does to imported rows, by default and with matchImported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateGap, findImportedMatch, findMatch, sameSides, type ResolvedEvent } from '../../src/ingest/corroborate.js';
import { ingestDocument } from '../../src/ingest/pipeline.js';
import { sha256 } from '../../src/dataset/hash.js';
import { SCHEMAS, type Event, type Source } from '../../src/model/index.js';
import type { Store } from '../../src/store/store.js';
import { miniDataset } from '../store/conformance.js';
import { miniStore } from './helpers/store.js';
import { importSource } from '../helpers/import-source.js';

const cit = { source: 's', start: 0, end: 5, sha256: 'a'.repeat(64) };
function ev(over: Partial<ResolvedEvent>): ResolvedEvent {
  return {
    id: 'e',
    date: '2024-03-04',
    end_date: null,
    actor: ['AAA'],
    recipient: ['NNN'],
    event_type: 'CONSULT',
    mode: 'visit',
    context: [],
    modality: 'actual',
    location: null,
    summary: 'x',
    citations: [cit],
    status: 'asserted',
    counter_claims: [],
    origin: { kind: 'curated' },
    actor_country: ['AAA'],
    recipient_country: ['NNN'],
    ...over,
  };
}

test('the same event: type, mode, resolved sides and overlapping dates agree', () => {
  const stored = ev({ id: 'stored', date: '2024-03' });
  assert.deepEqual(
    findMatch(ev({ id: 'new' }), [stored]),
    { kind: 'same', event: stored },
    'a day inside a month-precision date',
  );
  assert.equal(findMatch(ev({ id: 'new', mode: null }), [stored])?.kind, 'same', 'an open mode agrees with any');
  assert.equal(
    findMatch(ev({ id: 'new', actor: ['leader-a'], actor_country: ['AAA'] }), [stored])?.kind,
    'same',
    'a person counts for the state',
  );
  assert.equal(findMatch(ev({ id: 'new', mode: 'phone' }), [stored]), null, 'a phone call is not a visit');
  assert.equal(findMatch(ev({ id: 'new', event_type: 'AGREE', mode: null }), [stored]), null);
  assert.equal(findMatch(ev({ id: 'new', modality: 'negated' }), [stored]), null, 'a denial never corroborates');
  assert.equal(findMatch(ev({ id: 'new', recipient_country: ['BBB'] }), [stored]), null);
  const rejected = ev({ id: 'rejected', origin: { kind: 'coded', confidence: 0.5, rule: 'r', review: 'rejected' } });
  assert.equal(findMatch(ev({ id: 'new' }), [rejected]), null, 'rejected coded events are ignored');
});

test('symmetric types match with the sides swapped or merged; directed ones do not', () => {
  const agree = ev({ event_type: 'AGREE', mode: 'treaty', actor_country: ['AAA', 'BBB'], recipient_country: [] });
  assert.ok(
    sameSides(ev({ event_type: 'AGREE', mode: 'treaty', actor_country: ['BBB'], recipient_country: ['AAA'] }), agree),
  );
  const accuse = ev({ event_type: 'ACCUSE', mode: null, actor_country: ['AAA'], recipient_country: ['BBB'] });
  assert.ok(
    !sameSides(ev({ event_type: 'ACCUSE', mode: null, actor_country: ['BBB'], recipient_country: ['AAA'] }), accuse),
  );
  assert.ok(
    sameSides(ev({ event_type: 'ACCUSE', mode: null, actor_country: ['AAA'], recipient_country: [] }), accuse),
    'an empty recipient side matches',
  );
});

test('dates that cannot mean the same day, within the window, are a date conflict; far apart, another event', () => {
  const stored = ev({ id: 'stored', date: '2024-03-04' });
  assert.deepEqual(findMatch(ev({ id: 'new', date: '2024-03-20' }), [stored]), {
    kind: 'date-conflict',
    event: stored,
  });
  assert.equal(findMatch(ev({ id: 'new', date: '2024-06-20' }), [stored]), null);
  assert.equal(findMatch(ev({ id: 'new', date: '2024-03-20' }), [stored], { conflictWindowDays: 7 }), null);
  assert.equal(
    findMatch(ev({ id: 'new', date: '2025' }), [ev({ id: 'stored', date: '2024' })]),
    null,
    'year-only dates never conflict',
  );
  assert.equal(dateGap(ev({ date: '2024-03-04' }), ev({ date: '2024-03-20' })), 16);
  assert.equal(dateGap(ev({ date: '2024-04' }), ev({ date: '2024-03-20' })), 12);
  assert.equal(dateGap(ev({ date: '2024-03-01', end_date: '2024-03-10' }), ev({ date: '2024-03-08' })), 0);
});

// Ingesting into a real SQLite store that holds imported rows of the same types, states and days.

const ARTICLE = [
  'Wire report.',
  'Alphaland leaders visited Northland on 4 March 2024.',
  'Alphaland leaders visited Northland on 20 March 2024.',
  'Betaland accused Alphaland of shelling its border posts on 2 March 2024.',
].join('\n');

/** Import rows into the store: `make(i)` gives the type, day and sides of row i. */
async function importRows(store: Store, n: number, make: (i: number) => Partial<Event>): Promise<void> {
  const text = Array.from({ length: n }, (_, i) => `row ${i}`).join('\n');
  const source: Source = importSource('wire-import', sha256(text), { published: '2024-04-01' });
  const session = await store.beginImport(source);
  await session.appendText(text);
  const events: Event[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const line = `row ${i}`;
    events.push(
      SCHEMAS.events.parse({
        id: `imp-${i}`,
        date: '2024-03-04',
        actor: ['AAA'],
        recipient: ['NNN'],
        event_type: 'CONSULT',
        mode: null,
        summary: `Imported row ${i}.`,
        citations: [{ source: source.id, start: at, end: at + line.length, sha256: sha256(line) }],
        origin: { kind: 'imported', dataset: 'imp', external_id: String(i) },
        ...make(i),
      }) as Event,
    );
    at += line.length + 1;
  }
  await session.addEvents(events);
  await session.commit();
}

const march = (i: number): string => `2024-03-${String(1 + (i % 31)).padStart(2, '0')}`;

test('by default an article leaves the imported rows alone: no corroboration, no date conflict, however many there are', async () => {
  const { store } = await miniStore();
  // 3,000 rows: visits between the same two states on every day of March (the article's days among
  // them), and accusations by Betaland against Alphaland on every day.
  await importRows(store, 3000, (i) =>
    i % 2 ? { date: march(i), event_type: 'ACCUSE', actor: ['BBB'], recipient: ['AAA'] } : { date: march(i) },
  );
  const r = await ingestDocument(store, { text: ARTICLE, filename: 'wire.txt', published: '2024-03-25' });
  assert.deepEqual(r.corroborated, []);
  assert.deepEqual(r.conflicts, []);
  assert.equal(r.created.length, 3, 'each claim is a new coded event, pending review');
  assert.deepEqual(await store.listConflicts(), miniDataset().conflicts, 'no conflict was recorded');
  for (const e of await store.listEvents({ origin: ['imported'], from: '2024-03-02', to: '2024-03-04' })) {
    assert.equal(e.citations.length, 1, `${e.id} keeps its one citation`);
    assert.equal(e.status, 'asserted');
  }
  await store.close();
});

test('--match-imported: an imported row is corroborated only when type, states and day agree exactly; it never takes part in a date conflict', async () => {
  const { store } = await miniStore();
  const rows: Array<Partial<Event>> = [
    { date: '2024-03-04' },
    { date: '2024-03-18' },
    { date: '2024-03-02', event_type: 'ACCUSE', actor: ['BBB'], recipient: ['NNN'] },
    { date: '2024-03', event_type: 'ACCUSE', actor: ['BBB'], recipient: ['AAA'] },
  ];
  await importRows(store, rows.length, (i) => rows[i]!);
  const r = await ingestDocument(
    store,
    { text: ARTICLE, filename: 'wire.txt', published: '2024-03-25' },
    { matchImported: true },
  );
  assert.deepEqual(r.corroborated, ['imp-0'], 'the visit of 4 March is the imported row of 4 March');
  assert.deepEqual(r.conflicts, [], 'the visit of 20 March is no date conflict with the row of 18 March');
  assert.equal(
    r.created.length,
    2,
    'the 20 March visit; the accusation (other states than one row, a month-precision date in the other)',
  );
  const row = (await store.getEvent('imp-0'))!;
  assert.deepEqual(
    row.citations.map((c) => c.source),
    ['wire-import', r.source.id],
  );
  assert.equal(row.origin.kind, 'imported');
  for (const id of ['imp-1', 'imp-2', 'imp-3'])
    assert.equal((await store.getEvent(id))!.citations.length, 1, `${id} is untouched`);
  assert.deepEqual(await store.listConflicts(), miniDataset().conflicts);

  // A coded event still comes first: a second article about the 20 March visit corroborates the coded one.
  const again = await ingestDocument(
    store,
    { text: 'Later.\nAlphaland visited Northland on 20 March 2024.\n', filename: 'b.txt', published: '2024-03-26' },
    { matchImported: true },
  );
  assert.deepEqual(
    again.corroborated,
    r.created.filter((id) => id.startsWith('consult-')),
  );
  await store.close();
});

test('an imported row is matched only to a single day, the same one, with the same states on each side', () => {
  const row = ev({ id: 'gdelt-1', origin: { kind: 'imported', dataset: 'gdelt', external_id: '1' }, mode: null });
  assert.equal(findImportedMatch(ev({ id: 'new' }), [row]), row);
  assert.equal(
    findImportedMatch(ev({ id: 'new', date: '2024-03' }), [{ ...row, date: '2024-03' }]),
    null,
    'no partial dates',
  );
  assert.equal(findImportedMatch(ev({ id: 'new', date: '2024-03-05' }), [row]), null, 'the next day is another day');
  assert.equal(
    findImportedMatch(ev({ id: 'new', recipient_country: [] }), [row]),
    null,
    'an empty side matches only an empty side',
  );
  assert.equal(
    findImportedMatch(ev({ id: 'new', actor_country: ['NNN'], recipient_country: ['AAA'] }), [row]),
    row,
    'CONSULT is symmetric',
  );
  assert.equal(
    findImportedMatch(
      ev({ id: 'new', event_type: 'ACCUSE', mode: null, actor_country: ['NNN'], recipient_country: ['AAA'] }),
      [{ ...row, event_type: 'ACCUSE' }],
    ),
    null,
    'ACCUSE is not',
  );
  assert.equal(
    findImportedMatch(ev({ id: 'new' }), [{ ...row, origin: { kind: 'curated' } }]),
    null,
    'only imported rows',
  );
});
