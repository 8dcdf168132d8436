/**
 * World leaders (src/ingest/coder/leaders.ts, data/coding/leaders): the files are checked entry by
 * entry, a leader's names become names of the state or body the office belongs to, and a name that
 * would point two ways, that the region's actors use, or that is a place, is left out. Sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTORS, brief, code } from './helpers.js';
import { defaultLeaders, leaderNames, loadLeaders, type Leader } from '../../../src/ingest/coder/leaders.js';
import { withWorldActors } from '../../../src/ingest/coder/index.js';
import { ValidationError } from '../../../src/model/index.js';

const leader = (of: string, name: string, extra: Partial<Leader> = {}): Leader => ({
  of,
  name,
  office: 'President',
  from: 1990,
  to: 1995,
  also: [],
  ...extra,
});

test('a leaders file is read entry by entry, and a bad entry is named by file, entry and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orrery-leaders-'));
  writeFileSync(
    join(dir, 'a.yaml'),
    'leaders:\n  - { of: PER, name: Ana Quispe, office: President, from: 1990, to: 1995, short: Quispe }\n',
  );
  assert.deepEqual(
    loadLeaders(dir).map((l) => [l.of, l.name, l.short]),
    [['PER', 'Ana Quispe', 'Quispe']],
  );
  writeFileSync(
    join(dir, 'b.yaml'),
    'leaders:\n  - { of: CHL, name: Luis Rojas, office: President, from: 1999, to: 1994 }\n  - { of: CHL, name: Eva Soto, office: Premier, from: 1990, to: null, party: X }\n',
  );
  assert.throws(
    () => loadLeaders(dir),
    (e: unknown) => {
      assert.ok(e instanceof ValidationError);
      const where = e.problems.map((p) => `${p.where.split('/').pop()} ${p.record} ${p.field ?? ''} ${p.message}`);
      assert.ok(
        where.some((w) => w.startsWith('b.yaml Luis Rojas (#1) to')),
        where.join('\n'),
      );
      assert.ok(
        where.some((w) => w.startsWith('b.yaml Eva Soto (#2)') && /party/.test(w)),
        where.join('\n'),
      );
      return true;
    },
  );
});

test('a name two states would share, a name the region uses and a place name are left out', () => {
  const { names, persons } = leaderNames(
    [
      leader('PER', 'Ana Quispe', { short: 'Quispe', also: ['Anna Quispe'] }),
      leader('PER', 'Ana Quispe', { office: 'Prime Minister', from: 1985, to: 1990, short: 'Quispe' }),
      leader('CHL', 'Tomas Huerta', { short: 'Huerta' }),
      leader('MEX', 'Rosa Huerta', { short: 'Huerta' }),
      leader('CHL', 'Pablo Lagos', { short: 'Lagos' }),
      leader('RUS', 'Ivan Putin', { short: 'Putin' }),
      leader('BOL', 'Rafael Pardo', { short: 'Rafael' }),
      leader('BOL', 'Rafael Orozco'),
      leader('ECU', 'Sixto Duran', { short: 'Sixto' }),
      leader('CHL', 'Marta Solis', { office: 'Foreign Minister', from: 1990, to: 1994, short: 'Solis' }),
      leader('UN', 'Marta Solis', { office: 'Secretary-General', from: 2002, to: 2011, short: 'Solis' }),
    ],
    new Set(['putin']),
    new Set(['lagos']),
  );
  assert.deepEqual(names.get('PER'), ['Ana Quispe', 'Anna Quispe', 'Quispe']);
  assert.deepEqual(names.get('CHL'), ['Tomas Huerta', 'Pablo Lagos']);
  assert.deepEqual(names.get('MEX'), ['Rosa Huerta']);
  assert.deepEqual(names.get('RUS'), ['Ivan Putin']);
  // a one-word name that is another leader's given name is dropped; one that is only the leader's own stays
  assert.deepEqual(names.get('BOL'), ['Rafael Pardo', 'Rafael Orozco']);
  assert.deepEqual(names.get('ECU'), ['Sixto Duran', 'Sixto']);
  // a leader of two bodies is a person whose offices say which one they stand for at a date
  assert.deepEqual(
    persons.map((p) => [p.id, p.aliases, p.roles?.map((r) => `${r.of} ${String(r.from)}-${String(r.to)}`)]),
    [['leader-marta-solis', ['Marta Solis', 'Solis'], ['CHL 1990-1994', 'UN 2002-2011']]],
  );
  assert.ok(!names.get('CHL')?.includes('Solis'));
});

test('every shipped leader belongs to a state or body the coder knows, under a usable name', () => {
  const ids = new Set(withWorldActors(ACTORS).map((a) => a.id));
  const leaders = defaultLeaders();
  assert.ok(leaders.length > 1000, `only ${leaders.length} leaders`);
  const unknown = leaders.filter((l) => !ids.has(l.of)).map((l) => `${l.name} of ${l.of}`);
  assert.deepEqual(unknown, []);
  const calendar = new Set(
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
      ' ',
    ),
  );
  // English words a capital letter at a sentence's start would turn into a name.
  const english = new Set('ban may will can mark rice major brown young long price day'.split(' '));
  const bad = leaders.flatMap((l) =>
    [l.short, ...l.also]
      .filter((n): n is string => n !== undefined && !/\s/.test(n))
      .filter((n) => {
        const letters = n.replace(/[^\p{L}]/gu, '').length;
        // acronyms ("MBS") match only in capitals, so three letters will do for them; a family name
        // of two or three letters ("Xi", "Abe") is the first or last word of the full name
        const words = l.name.split(/\s+/);
        const family = letters >= 2 && (words[0] === n || words[words.length - 1] === n);
        const short = letters < (/^[A-Z]+$/.test(n) ? 3 : 4) && !family;
        return short || calendar.has(n.toLowerCase()) || english.has(n.toLowerCase());
      }),
  );
  assert.deepEqual(bad, []);
});

test('a leader named without a state word acts for the state or body of the office', () => {
  const at = (s: string): string[] =>
    code(s, '1994-03-02')
      .events.filter((c) => c.focal)
      .map((c) => brief(c.event));
  assert.deepEqual(at('Fujimori accused Chile of arming the rebels.'), ['ACCUSE PER>CHL']);
  assert.deepEqual(at('President Mitterrand received Chancellor Kohl in Paris on Tuesday.'), ['CONSULT FRA>DEU']);
  // one man who held offices of Egypt and then of the UN stands for the one he served at the date,
  // and for neither at a date when he held no office
  const ghali = (date: string): string[] =>
    code('Boutros Boutros-Ghali urged Peru to release the prisoners.', date)
      .events.filter((c) => c.focal && c.event.event_type === 'REQUEST')
      .map((c) => brief(c.event));
  assert.deepEqual(ghali('1994-03-02'), ['REQUEST UN>PER']);
  assert.deepEqual(ghali('1985-06-01'), ['REQUEST EGY>PER']);
  assert.deepEqual(ghali('2005-06-01'), []);
  assert.deepEqual(at('Kofi Annan urged Peru to release the prisoners.'), ['REQUEST UN>PER']);
  // a town keeps its place reading; the region's own persons keep their dated roles
  assert.deepEqual(at('Police fired tear gas at rioters in Lagos.'), ['ASSAULT NGA>NGA']);
  const putin = code('Putin condemned the attack on Georgia.', '2008-08-10').events[0]?.event;
  assert.deepEqual(putin?.actor, ['vladimir-putin']);
});
