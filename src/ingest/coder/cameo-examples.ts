/**
 * The example sentences of the CAMEO codebook (Gerner and Schrodt), as the `icews` R package ships
 * them in its table of CAMEO codes (`../shared/data/icews/cameo-codes.csv`: columns `code`, `name`,
 * `example`): real wire sentences, each illustrating one CAMEO code. Read as a second gold set no one
 * here wrote. Each code is turned into a PLOVER type by the project's own CAMEO table
 * (data/coding/cameo-plover.yaml, the one the exchange formats use); a code the table maps to null
 * (a plain statement) is kept as a record that should code nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EnvironmentError, ValidationError, type EventType } from '../../model/index.js';
import type { CameoTable } from '../exchange/coding-tables.js';
import { splitCsvLine } from '../exchange/csv-line.js';

export interface CameoExample {
  /** `cameo-<row number>`: the row's place in the file, so halves split by parity as the GSR does. */
  id: string;
  code: string;
  name: string;
  text: string;
  /** The PLOVER type of the code, or null when the table says it is not an event (a statement). */
  event_type: EventType | null;
}

const REQUIRED = ['code', 'name', 'example'] as const;

/** Read the file; rows with no example (`NA`, empty, or a placeholder of a few words) are left out, a code the table does not know is an error. */
export function readCameoExamples(path: string, table: CameoTable): CameoExample[] {
  if (!existsSync(path)) throw new EnvironmentError(`CAMEO codes file not found: ${path}`);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  const at = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof REQUIRED)[number],
    number
  >;
  const absent = REQUIRED.filter((c) => at[c] < 0);
  if (absent.length)
    throw new ValidationError(
      [
        {
          where: `${path}:1`,
          field: 'header',
          message: `expected the columns ${absent.map((c) => `"${c}"`).join(', ')}`,
        },
      ],
      `not a CAMEO codes file with examples: ${path}`,
    );
  const out: CameoExample[] = [];
  const problems: Array<{ where: string; field: string; message: string }> = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line);
    const code = (cells[at.code] ?? '').trim();
    const text = (cells[at.example] ?? '').trim();
    // No example, or a placeholder in its stead ("NEED EXAMPLE."): fewer than four words is no sentence.
    if (text === '' || text === 'NA' || text.split(/\s+/).length < 4) return;
    const where = `${path}:${i + 2}`;
    if (!/^\d{2,4}$/.test(code)) {
      problems.push({ where, field: 'code', message: `expected a CAMEO code of 2 to 4 digits, got "${code}"` });
      return;
    }
    const coding = table.toPlover(code);
    if (coding === undefined) {
      problems.push({ where, field: 'code', message: `CAMEO code ${code} is not in the project's CAMEO table` });
      return;
    }
    out.push({
      id: `cameo-${i + 1}`,
      code,
      name: (cells[at.name] ?? '').trim(),
      text,
      event_type: coding?.type ?? null,
    });
  });
  if (problems.length) throw new ValidationError(problems, `${path} has ${problems.length} bad row(s)`);
  return out;
}

/** Letters and digits of a sentence's opening, lower-cased: the same sentence whatever its quotes and encoding. */
const opening = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 60);

/**
 * The examples whose sentence is not among `others` (the PLOVER GSR took many of its records from the
 * CAMEO codebook): what is left has been scored by neither set, so it is a check of its own.
 */
export function examplesNotIn(
  examples: readonly CameoExample[],
  others: ReadonlyArray<{ text: string }>,
): CameoExample[] {
  const seen = new Set(others.map((o) => opening(o.text)));
  return examples.filter((e) => !seen.has(opening(e.text)));
}
