/**
 * A store for the watch tests: a SQLite file loaded with the shipped dataset once (the gazetteer the
 * coder needs), copied for each test so that each starts from the same state.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, defaultSourcesDir } from '../../../src/dataset/paths.js';
import { initStore } from '../../../src/store/init.js';
import { openStore } from '../../../src/store/open.js';
import type { Store } from '../../../src/store/store.js';

const dir = mkdtempSync(join(tmpdir(), 'orrery-watch-'));
let template: Promise<string> | undefined;
let n = 0;

async function makeTemplate(): Promise<string> {
  const path = join(dir, 'template.db');
  const s = await openStore(path);
  await initStore(s, defaultDataDir(), defaultSourcesDir());
  await s.close();
  return path;
}

/** A fresh store file holding the shipped dataset. */
export async function datasetStore(): Promise<Store> {
  template ??= makeTemplate();
  const path = join(dir, `store-${n++}.db`);
  copyFileSync(await template, path);
  return openStore(path);
}

/** A path for a database file of the same dataset (for the CLI), and the directory it lives in. */
export async function datasetDbFile(): Promise<string> {
  template ??= makeTemplate();
  const path = join(dir, `cli-${n++}.db`);
  copyFileSync(await template, path);
  return path;
}
