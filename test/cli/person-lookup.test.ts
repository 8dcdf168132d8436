/** Names and titles typed on the command line resolve to the person in office at the date asked about. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miniEnv, orrery } from '../helpers/cli.js';
import { writeMini } from '../helpers/mini.js';
import { personRecords } from '../helpers/persons.js';

const env = miniEnv(writeMini(personRecords()));
const init = orrery(['init'], env);

const actorAt = (name: string, at: string): { code: number; id?: string; stderr: string } => {
  const r = orrery(['actor', name, '--at', at, '--json'], env);
  return { code: r.code, id: r.code === 0 ? (JSON.parse(r.stdout) as { id: string }).id : undefined, stderr: r.stderr };
};

test('the store loads the persons fixture', () => {
  assert.equal(init.code, 0, init.stderr);
});

test('orrery actor Aliyev is Heydar in 1995 and Ilham in 2025', () => {
  assert.equal(actorAt('Aliyev', '1995').id, 'heydar-aliyev');
  assert.equal(actorAt('Aliyev', '2025-06-01').id, 'ilham-aliyev');
});

test("orrery events --actor Aliyev --from 1995 --to 1995 finds Heydar Aliyev's events only", () => {
  const r = orrery(['events', '--actor', 'Aliyev', '--from', '1995', '--to', '1995', '--format', 'jsonl'], env);
  assert.equal(r.code, 0, r.stderr);
  const ids = r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, ['aliyev-ankara-1995']);
  const later = orrery(['events', '--actor', 'Aliyev', '--from', '2025', '--format', 'jsonl'], env);
  assert.deepEqual(
    later.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id),
    ['aliyev-ankara-2025'],
  );
});

test('a title resolves to the office-holder at the date', () => {
  assert.equal(actorAt('the Azerbaijani president', '1995-05-04').id, 'heydar-aliyev');
  assert.equal(actorAt('the Armenian prime minister', '2023').id, 'nikol-pashinyan');
  assert.equal(actorAt("Russia's foreign minister", '2015').id, 'sergey-lavrov');
  assert.equal(actorAt('President of Azerbaijan', '2025').id, 'ilham-aliyev');
});

test('a shared surname with no date, or with two holders at the date, is reported as ambiguous with its candidates', () => {
  const noDate = orrery(['events', '--actor', 'Aliyev'], env);
  assert.equal(noDate.code, 2);
  assert.match(noDate.stderr, /"Aliyev" is ambiguous/);
  assert.match(noDate.stderr, /heydar-aliyev/);
  assert.match(noDate.stderr, /ilham-aliyev/);
  const both = actorAt('Aliyev', '2003-09-15');
  assert.equal(both.code, 2);
  assert.match(both.stderr, /several of the persons bearing this name held office at 2003-09-15/);
  const span = orrery(['events', '--actor', 'Aliyev', '--from', '2000', '--to', '2010'], env);
  assert.equal(span.code, 2);
  assert.match(span.stderr, /ambiguous/);
});

test('a title nobody in the dataset held at the date says so and names the state to use', () => {
  const r = actorAt('the Turkish president', '2020');
  assert.equal(r.code, 3);
  assert.match(r.stderr, /no person in the dataset holds that office \(president of TUR\)/);
});
