#!/usr/bin/env node
// The `orrery` command. The TypeScript sources are compiled to dist/ by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('orrery: not built yet; run `npm install` (or `npm run build`) in the project folder first\n');
  process.exit(70);
}
await import(main.href);
