/**
 * ICEWS dyad-years: event counts per directed pair of countries and year, split into the four quad
 * classes (the layout of the netify R package's `icews` data: i, j, year, verbCoop, matlCoop, verbConf,
 * matlConf, i_iso3c, j_iso3c). Read so that the model's ties can be compared with a record of events
 * nobody on this project coded (src/analysis/dyad-check.ts).
 */
import { ValidationError, type DyadYear, type Problem } from '../../model/index.js';
import { splitCsvLine } from './csv-line.js';

export type { DyadYear } from '../../model/index.js';

const COLUMNS = ['year', 'verbCoop', 'matlCoop', 'verbConf', 'matlConf', 'i_iso3c', 'j_iso3c'] as const;

/** Every row of a dyad-year file; a missing column or a count that is not a whole number is an error naming the line. */
export function parseDyadYears(text: string, where = 'dyad-years.csv'): DyadYear[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => at[c] < 0);
  if (missing.length)
    throw new ValidationError(
      [{ where, field: 'header', message: `missing column(s) ${missing.join(', ')}` }],
      `not an ICEWS dyad-year file: ${where}`,
    );
  const problems: Problem[] = [];
  const out: DyadYear[] = [];
  lines.slice(1).forEach((line, i) => {
    const cells = splitCsvLine(line);
    const count = (c: (typeof COLUMNS)[number]): number => {
      const v = Number(cells[at[c]]);
      if (!Number.isInteger(v) || v < 0)
        problems.push({
          where: `${where}:${i + 2}`,
          field: c,
          message: `expected a whole number, got "${cells[at[c]] ?? ''}"`,
        });
      return v;
    };
    const source = cells[at.i_iso3c] ?? '';
    const target = cells[at.j_iso3c] ?? '';
    if (!/^[A-Z]{3}$/.test(source) || !/^[A-Z]{3}$/.test(target)) {
      problems.push({
        where: `${where}:${i + 2}`,
        field: 'i_iso3c',
        message: `expected two ISO alpha-3 codes, got "${source}" and "${target}"`,
      });
      return;
    }
    out.push({
      source,
      target,
      year: count('year'),
      verbalCooperation: count('verbCoop'),
      materialCooperation: count('matlCoop'),
      verbalConflict: count('verbConf'),
      materialConflict: count('matlConf'),
    });
  });
  if (problems.length) throw new ValidationError(problems, `${where} has ${problems.length} bad value(s)`);
  return out;
}
