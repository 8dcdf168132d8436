/** Bad issue input: each problem is named by its file and field, and no issue is half-loaded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIssues } from '../../../src/dataset/issues.js';
import { loadDataset } from '../../../src/dataset/load.js';
import { defaultDataDir, defaultSourcesDir } from '../../../src/dataset/paths.js';
import { checkBargain } from '../../../src/forecast/bargaining/stakes.js';
import { ValidationError } from '../../../src/model/errors.js';

const est = (value: number): string => `{ value: ${value}, estimate: "a reasoned guess for this test, long enough" }`;

function issueYaml(id: string, salienceScale: string, actors: Array<[string, number, number]>): string {
  return [
    `id: ${id}`,
    'title: A test issue',
    'scale: { low: "nothing changes", high: "everything changes" }',
    `salienceScale: "${salienceScale}"`,
    'capabilityMeaning: leverage on this issue, 0-100',
    'asOf: 2025-09-01',
    'actors:',
    ...actors.map(
      ([actor, p, s]) => `  - { actor: ${actor}, position: ${est(p)}, salience: ${est(s)}, capability: ${est(50)} }`,
    ),
    '',
  ].join('\n');
}

function dataDirWith(files: Record<string, string>): string {
  const data = join(mkdtempSync(join(tmpdir(), 'orrery-issues-')), 'data', 'caucasus');
  mkdirSync(join(data, 'issues'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(data, 'issues', name), text);
  return data;
}

function problemsOf(data: string): ValidationError {
  try {
    loadIssues(data);
  } catch (e) {
    assert.ok(e instanceof ValidationError, String(e));
    return e;
  }
  assert.fail('expected a ValidationError');
}

test('a sound issue loads, with saliences on its declared scale', () => {
  const data = dataDirWith({
    'ok.yaml': issueYaml('ok', '0-100', [
      ['ARM', 10, 90],
      ['AZE', 90, 80],
    ]),
  });
  const [loaded] = loadIssues(data);
  assert.equal(loaded?.issue.id, 'ok');
  assert.equal(loaded?.file, join('data', 'caucasus', 'issues', 'ok.yaml'));
});

test('a position outside 0–100 is named by file and field', () => {
  const e = problemsOf(
    dataDirWith({
      'p.yaml': issueYaml('p', '0-100', [
        ['ARM', 120, 50],
        ['AZE', 0, 50],
      ]),
    }),
  );
  const p = e.problems.find((x) => x.field === 'actors.0.position.value');
  assert.ok(p, e.message);
  assert.equal(p.where, join('data', 'caucasus', 'issues', 'p.yaml'));
  assert.match(p.message, /position 120 is outside the 0–100 scale/);
});

test('a salience above its scale says which scale: 0–1 and 0–100', () => {
  const one = problemsOf(
    dataDirWith({
      's.yaml': issueYaml('s', '0-1', [
        ['ARM', 10, 50],
        ['AZE', 90, 0.5],
      ]),
    }),
  );
  assert.match(
    one.message,
    /s\.yaml.*field actors\.0\.salience\.value: salience 50 is outside this issue's salience scale 0-1/,
  );
  const hundred = problemsOf(
    dataDirWith({
      's.yaml': issueYaml('s', '0-100', [
        ['ARM', 10, 101],
        ['AZE', 90, 5],
      ]),
    }),
  );
  assert.match(
    hundred.message,
    /field actors\.0\.salience\.value: salience 101 is outside this issue's salience scale 0-100/,
  );
});

test('an issue with one actor is refused', () => {
  const e = problemsOf(dataDirWith({ 'one.yaml': issueYaml('one', '0-100', [['ARM', 10, 50]]) }));
  assert.match(e.message, /one\.yaml.*field actors: an issue needs at least two actors to bargain, found 1/);
});

test('a value neither cited nor marked as an estimate is refused', () => {
  const text = issueYaml('bare', '0-100', [
    ['ARM', 10, 50],
    ['AZE', 90, 50],
  ]).replace(`position: ${est(10)}`, 'position: { value: 10 }');
  const e = problemsOf(dataDirWith({ 'bare.yaml': text }));
  assert.ok(e.problems.some((p) => p.field === 'actors.0.position' && /cites at least one passage/.test(p.message)));
});

test('one bad file among good ones: the load fails as a whole, listing every problem', () => {
  const data = dataDirWith({
    'good.yaml': issueYaml('good', '0-100', [
      ['ARM', 10, 50],
      ['AZE', 90, 50],
    ]),
    'bad.yaml': issueYaml('bad', '0-100', [
      ['ARM', -5, 50],
      ['AZE', 90, 500],
    ]),
  });
  const e = problemsOf(data);
  assert.equal(e.problems.length, 2);
});

test('the engine refuses numbers no model can use, naming origin and field', () => {
  assert.throws(
    () => checkBargain({ id: 'x', stakes: [{ id: 'a', position: 50, salience: 2, capability: 1 }] }, 'deu3.csv'),
    (e: unknown) =>
      e instanceof ValidationError &&
      e.problems.some((p) => p.where === 'deu3.csv' && p.field === 'actors') &&
      e.problems.some((p) => p.field === 'actors.0.salience' && /0–1 scale/.test(p.message)),
  );
});

test('the dataset check (orrery validate) reads the issue files: shipped ones pass, a broken one is named', () => {
  const shipped = loadDataset(defaultDataDir(), defaultSourcesDir());
  assert.deepEqual(
    shipped.problems.filter((p) => p.where.includes('issues')),
    [],
  );
  const data = join(mkdtempSync(join(tmpdir(), 'orrery-validate-issues-')), 'data', 'caucasus');
  cpSync(defaultDataDir(), data, { recursive: true });
  const path = join(data, 'issues', 'armenia-eaeu-eu.yaml');
  // An actor the dataset does not know, and a citation whose hash no longer matches its passage.
  const text = readFileSync(path, 'utf8')
    .replace('  - actor: IRN', '  - actor: XYZ')
    .replace(/sha256: eba1a2[0-9a-f]+/, `sha256: ${'a'.repeat(64)}`);
  writeFileSync(path, text);
  const { problems } = loadDataset(data, defaultSourcesDir());
  const mine = problems.filter((p) => p.where === join('data', 'caucasus', 'issues', 'armenia-eaeu-eu.yaml'));
  assert.ok(
    mine.some((p) => p.field === 'actors.4.actor' && /unknown actor "XYZ"/.test(p.message)),
    JSON.stringify(mine),
  );
  assert.ok(
    mine.some((p) => p.field?.startsWith('actors.0.position.citations')),
    JSON.stringify(mine),
  );
});
