/**
 * Calibrating Orrery's intensity scale on Goldstein's weights.
 *
 * Method: Goldstein, J. S. (1992), "A Conflict-Cooperation Scale for WEIS Events Data", Journal of
 * Conflict Resolution 36(2): 369–385, as carried over to every CAMEO code (Gerner, Schrodt et al.,
 * CAMEO codebook 1.1b3, 2012; the weights ship with the ICEWS data and the `icews` R package).
 *
 * An Orrery event type's weight is the mean Goldstein weight of the CAMEO codes that
 * data/coding/cameo-plover.yaml maps to it; a mode's weight is the mean over the codes mapped to that
 * type and mode. Every code counts once, whatever its depth. A mode no code carries takes its type's
 * weight. Weights are rounded to one decimal (half up). `src/model/intensity.ts` holds the result;
 * `npx tsx scripts/calibrate-intensity.ts` prints it again from the files, and a test checks the two
 * agree.
 */
import { ValidationError, type EventType } from '../../model/index.js';
import type { PloverCoding } from './coding-tables.js';
import { splitCsvLine } from './csv-line.js';

export interface Calibrated {
  weight: number;
  /** How many CAMEO codes the weight is the mean of. */
  codes: number;
}

export interface TypeCalibration extends Calibrated {
  modes: Record<string, Calibrated>;
}

/** Round to one decimal, halves up (−2.65 → −2.6, 2.65 → 2.7), the same on every platform. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Goldstein weights by CAMEO code from the CSV of CAMEO codes (columns `code` and `goldstein`, quoted
 * or not, with a header line). A line whose weight is not a number is an error naming the line.
 */
export function parseGoldsteinCsv(text: string, where = 'cameo-codes.csv'): Map<string, number> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  const codeAt = header.indexOf('code');
  const weightAt = header.indexOf('goldstein');
  if (codeAt < 0 || weightAt < 0) {
    throw new ValidationError(
      [{ where, field: 'header', message: 'expected the columns "code" and "goldstein"' }],
      `not a CAMEO codes file: ${where}`,
    );
  }
  const out = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    const cells = splitCsvLine(line);
    const code = cells[codeAt] ?? '';
    const w = Number(cells[weightAt]);
    if (!/^\d{2,4}$/.test(code) || !Number.isFinite(w)) {
      throw new ValidationError(
        [
          {
            where: `${where}:${i + 2}`,
            field: 'goldstein',
            message: `expected a CAMEO code and a number, got "${code}" and "${cells[weightAt] ?? ''}"`,
          },
        ],
        `bad line in ${where}`,
      );
    }
    out.set(code, w);
  });
  return out;
}

/** The weight of every type and mode the table maps some weighted code to. */
export function calibrateIntensity(
  entries: Iterable<[string, PloverCoding | null]>,
  weights: ReadonlyMap<string, number>,
): Partial<Record<EventType, TypeCalibration>> {
  const sums = new Map<string, { total: number; n: number }>();
  const add = (key: string, w: number): void => {
    const s = sums.get(key) ?? { total: 0, n: 0 };
    s.total += w;
    s.n += 1;
    sums.set(key, s);
  };
  for (const [code, coding] of entries) {
    const w = weights.get(code);
    if (!coding || w === undefined) continue;
    add(coding.type, w);
    if (coding.mode) add(`${coding.type}/${coding.mode}`, w);
  }
  const out: Partial<Record<EventType, TypeCalibration>> = {};
  for (const [key, { total, n }] of sums) {
    if (key.includes('/')) continue;
    out[key as EventType] = { weight: round1(total / n), codes: n, modes: {} };
  }
  for (const [key, { total, n }] of sums) {
    const [type, mode] = key.split('/');
    if (mode) out[type as EventType]!.modes[mode] = { weight: round1(total / n), codes: n };
  }
  return out;
}
