#!/usr/bin/env node
// Runs the benchmarks under bench/ (*.bench.ts), TypeScript loaded through tsx, one after the other.
// Words pick benchmarks by path (`npm run bench -- network`); options go to each benchmark
// (`npm run bench -- network --events 10M`).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'out' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return find(path);
    return name.endsWith('.bench.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const firstOption = args.findIndex((a) => a.startsWith('--'));
const filters = firstOption < 0 ? args : args.slice(0, firstOption);
const options = firstOption < 0 ? [] : args.slice(firstOption);
const files = find('bench')
  .map((f) => relative('.', f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  // The soak runs for minutes: only when a word names it (`npm run bench -- soak`), not with its folder or with all.
  .filter((f) => !f.endsWith('soak.bench.ts') || filters.some((x) => x.includes('soak')))
  .sort();
if (files.length === 0) {
  console.error('run-bench: no benchmark matched');
  process.exit(1);
}
let status = 0;
for (const file of files) {
  console.log(`\n# ${file} ${options.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...options], { stdio: 'inherit' });
  status ||= r.status ?? 1;
}
process.exit(status);
