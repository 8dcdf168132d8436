#!/usr/bin/env node
// The long fuzz run: 1,000,000 inputs shared among the parsers' fuzz targets (test/fuzz/targets.ts),
// TypeScript loaded through tsx. Prints the count per target and any failure with its seed and
// shrunk input. Options: --total N (default 1000000), --only gdelt,html, --seed S (to replay).
// `npm run fuzz`, or `npm run fuzz -- --total 100000`.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/fuzz/run.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
