/**
 * Prints the intensity calibration (src/ingest/exchange/goldstein.ts) from the CAMEO weights in
 * ../shared/data/icews/cameo-codes.csv (or the file given) and the project's CAMEO → PLOVER table, as
 * a Markdown table, and says where src/model/intensity.ts differs from it.
 *
 *   npx tsx scripts/calibrate-intensity.ts [path/to/cameo-codes.csv]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/dataset/paths.js';
import { codingTables } from '../src/ingest/exchange/coding-tables.js';
import { calibrateIntensity, parseGoldsteinCsv } from '../src/ingest/exchange/goldstein.js';
import { EVENT_TYPES, INTENSITY_TABLE } from '../src/model/index.js';

const file = process.argv[2] ?? join(projectRoot(), '..', 'shared', 'data', 'icews', 'cameo-codes.csv');
const cal = calibrateIntensity(codingTables().cameo.entries(), parseGoldsteinCsv(readFileSync(file, 'utf8'), file));
console.log('| type | quad | weight (codes) | modes |');
console.log('|---|---|---|---|');
let differences = 0;
for (const type of EVENT_TYPES) {
  const c = cal[type];
  const row = INTENSITY_TABLE[type];
  const modes = Object.entries(c?.modes ?? {})
    .map(([m, v]) => `${m} ${v.weight} (${v.codes})`)
    .join('; ');
  console.log(`| ${type} | ${row.quad} | ${c ? `${c.weight} (${c.codes})` : '–'} | ${modes || '–'} |`);
  if (c && c.weight !== row.base) {
    differences++;
    console.error(`${type}: table ${row.base}, calibration ${c.weight}`);
  }
  for (const [m, v] of Object.entries(c?.modes ?? {})) {
    if ((row.modes?.[m] ?? row.base) !== v.weight) {
      differences++;
      console.error(`${type}/${m}: table ${row.modes?.[m] ?? row.base}, calibration ${v.weight}`);
    }
  }
}
console.error(
  differences
    ? `${differences} difference(s) from src/model/intensity.ts`
    : 'src/model/intensity.ts agrees with the calibration',
);
