/**
 * The dependency rules of .dependency-cruiser.cjs fail the build. Probe files with a forbidden
 * import (the model reading a file or serving HTTP, the server importing the CLI, the CLI importing
 * the server, an engine importing the store, the import batch opening
 * a store, the row encodings loading a driver, the web app importing the store, a server test
 * reaching into the CLI, two files importing
 * each other) are written into the tree; dependency-cruiser runs on them with the project's config
 * and must exit non-zero, naming each rule against each probe. The probes are removed whatever
 * happens. The real tree must pass.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const run = promisify(execFile);

interface Outcome {
  code: number;
  output: string;
}

/** dependency-cruiser on `roots` with the project's config: its exit code and what it printed. */
async function depcruise(roots: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [DEPCRUISE, ...roots, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const tag = `__probe-${process.pid}`;

/** Each probe: where it goes, what it holds, and the rule it must break. */
const PROBES = [
  {
    path: `src/model/${tag}.ts`,
    text: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    rule: 'model-is-pure',
  },
  {
    path: `src/model/${tag}-http.ts`,
    text: "import { Hono } from 'hono';\nexport const probe = Hono;\n",
    rule: 'model-is-pure',
  },
  {
    path: `src/server/${tag}.ts`,
    text: "export * from '../cli/output.js';\n",
    rule: 'server-does-not-import-cli',
  },
  {
    path: `src/cli/${tag}.ts`,
    text: "export * from '../server/app.js';\n",
    rule: 'cli-starts-server-through-one-entry',
  },
  {
    path: `src/corridors/${tag}.ts`,
    text: "export type { Store } from '../store/store.js';\n",
    rule: 'engines-import-only-the-model',
  },
  {
    path: `src/ingest/exchange/wire/${tag}.ts`,
    text: "export { openStore } from '../../../store/open.js';\n",
    rule: 'import-wire-is-pure',
  },
  {
    path: `src/store/encoding/${tag}.ts`,
    text: "import Database from 'better-sqlite3';\nexport const probe = Database;\n",
    rule: 'store-encoding-is-pure',
  },
  {
    path: `web/src/${tag}.ts`,
    text: "export type { Store } from '../../src/store/store.js';\n",
    rule: 'web-imports-only-contracts',
  },
  {
    path: `test/server/${tag}.test.ts`,
    text: "export { withStore } from '../../src/cli/open.js';\n",
    rule: 'tests-below-the-cli-do-not-import-it',
  },
  {
    path: `src/model/${tag}-a.ts`,
    text: `import type { B } from './${tag}-b.js';\nexport interface A { b?: B }\n`,
    rule: 'no-circular',
  },
  {
    path: `src/model/${tag}-b.ts`,
    text: `import type { A } from './${tag}-a.js';\nexport interface B { a?: A }\n`,
    rule: 'no-circular',
  },
];

test('a forbidden import fails the dependency check, naming the rule it breaks', async () => {
  try {
    for (const p of PROBES) writeFileSync(join(ROOT, p.path), p.text);
    const { code, output } = await depcruise(PROBES.map((p) => p.path));
    assert.notEqual(code, 0, `depcruise passed with forbidden imports:\n${output}`);
    // Each error starts a line with "error <rule>: <from>"; a cycle lists its other files below.
    const errors = output.split(/\n(?=\s*error )/);
    for (const p of PROBES) {
      const named = errors.some((e) => e.trimStart().startsWith(`error ${p.rule}:`) && e.includes(p.path));
      assert.ok(named, `no "${p.rule}" error for ${p.path} in:\n${output}`);
    }
  } finally {
    for (const p of PROBES) rmSync(join(ROOT, p.path), { force: true });
  }
});

test('the tree as it is passes every dependency rule', async () => {
  const { code, output } = await depcruise(['src', 'web/src', 'test']);
  assert.equal(code, 0, output);
  assert.match(output, /no dependency violations found/);
});
