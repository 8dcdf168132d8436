/**
 * The docs name real files: every path in backticks in the README, CONTRIBUTING and docs/ that points
 * into the repository (src/, test/, bench/, web/, scripts/, data/, docs/) exists. A file that moves
 * without its docs following fails here, so the docs a newcomer reads stay true.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const ROOTS = ['src/', 'test/', 'bench/', 'web/', 'scripts/', 'data/', 'docs/', '.ci/'];

function docs(): string[] {
  const files = ['README.md', 'CONTRIBUTING.md', 'data/README.md', 'bench/RESULTS.md'].filter((f) =>
    existsSync(join(ROOT, f)),
  );
  return [...files, ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
}

/** Backticked repository paths, without placeholders (NAME, <id>, *) or URL-like text. */
function pathsIn(text: string): string[] {
  const found = [...text.matchAll(/`([A-Za-z0-9_./-]+)`/g)].map((m) => m[1]!);
  return found.filter((p) => ROOTS.some((r) => p.startsWith(r)) && !/NAME|\*|<|>/.test(p) && !/\/(out|dist)(\/|$)/.test(p));
}

test('every repository path the docs name exists', () => {
  const missing: string[] = [];
  for (const doc of docs()) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const p of pathsIn(text)) if (!existsSync(join(ROOT, p.replace(/[.,:;]$/, '')))) missing.push(`${doc}: ${p}`);
  }
  assert.deepEqual(missing, [], `paths named in the docs that do not exist:\n${missing.join('\n')}`);
});

test('the check finds a missing path', () => {
  assert.deepEqual(pathsIn('see `src/no/such/file.ts` and `src/model`'), ['src/no/such/file.ts', 'src/model']);
  assert.equal(existsSync(join(ROOT, 'src/no/such/file.ts')), false);
});

test("the README's layout table lists every folder of src/, and only folders that exist", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Architecture'));
  const listed = [...section.matchAll(/^\| `(src\/[a-z-]+)` \|/gm)].map((m) => m[1]!);
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `src/${d.name}`);
  assert.deepEqual([...listed].sort(), [...folders].sort());
});
