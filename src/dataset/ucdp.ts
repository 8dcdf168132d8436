/**
 * Reads the UCDP deaths series (../shared/data/ucdp) into one monthly series per country, the input of
 * the conflict forecasts (src/forecast/conflict). Two files cover the same countries:
 *
 * - `ged251-country-month-best-1989-2024.csv`: UCDP GED 25.1, `best` estimate, all three kinds of
 *   organised violence, January 1989 to December 2024. Its aggregation dropped events that span
 *   several months, so war months are far too low (Azerbaijan, November 2020: 172).
 * - `views-ged-sb-country-month-2018-2024.csv`: the VIEWS actuals, state-based deaths from the same
 *   GED, January 2018 to April 2024, with events that cross months counted in their last month
 *   (Azerbaijan, November 2020: 5,991).
 *
 * The splice: a month takes the VIEWS figure where VIEWS has that country and month, and the GED
 * figure otherwise (1989-01 to 2017-12 and 2024-05 to 2024-12). Each month records which file it came
 * from. Over 2018-01 to 2024-04 the two differ for Armenia, Azerbaijan and Georgia in five months: the
 * two war months of 2020, two months where VIEWS has a few deaths that GED's aggregation lacks
 * (Azerbaijan 2021-09, Armenia 2024-02), and one where GED has a death and VIEWS none (Georgia
 * 2023-11: GED counts every kind of organised violence, VIEWS the state-based only). So the spliced series is all organised violence before 2018
 * and after April 2024, and state-based violence between; the undercounted GED war months of 1992
 * stay undercounted, as no other file covers them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvironmentError, ValidationError, type Problem } from '../model/errors.js';
import { projectRoot } from './paths.js';

export const GED_FILE = 'ged251-country-month-best-1989-2024.csv';
export const VIEWS_FILE = 'views-ged-sb-country-month-2018-2024.csv';

/** The countries of the files, by the Orrery actor id (ISO 3166 alpha-3), with each file's name. */
export const UCDP_COUNTRIES = [
  { code: 'ARM', name: 'Armenia', ged: 'Armenia', views: 'Armenia' },
  { code: 'AZE', name: 'Azerbaijan', ged: 'Azerbaijan', views: 'Azerbaijan' },
  { code: 'GEO', name: 'Georgia', ged: 'Georgia', views: 'Georgia' },
  { code: 'IRN', name: 'Iran', ged: 'Iran', views: 'Iran' },
  { code: 'RUS', name: 'Russia', ged: 'Russia (Soviet Union)', views: 'Russia' },
  { code: 'TUR', name: 'Turkey', ged: 'Turkey', views: 'Turkey' },
] as const;

export type UcdpSource = 'ged' | 'views';

export interface UcdpCountry {
  code: string;
  name: string;
  /** Deaths by month, aligned with `UcdpSeries.months`. */
  deaths: number[];
  /** Which file each month's figure came from. */
  source: UcdpSource[];
}

export interface UcdpSeries {
  /** Every month from the first to the last, as YYYY-MM, none missing. */
  months: string[];
  countries: UcdpCountry[];
  /** The folder read. */
  dir: string;
}

/** The UCDP folder: `ORRERY_UCDP`, else `<project>/../shared/data/ucdp`. */
export function defaultUcdpDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORRERY_UCDP ?? join(projectRoot(), '..', 'shared', 'data', 'ucdp'));
}

/** Lines of a plain comma-separated file (these files quote nothing), each split, the header first. */
function rows(path: string): string[][] {
  if (!existsSync(path)) throw new EnvironmentError(`no UCDP file at ${path} (set ORRERY_UCDP or --ucdp)`);
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));
}

function count(text: string | undefined, where: string, record: string, field: string, problems: Problem[]): number {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(n) || n < 0) {
    problems.push({ where, record, field, message: `expected a count of deaths, got "${text ?? ''}"` });
    return 0;
  }
  return n;
}

/** GED: `YYYY-MM-DD` (the month's last day), then one column per country. */
function readGed(path: string, problems: Problem[]): Map<string, Map<string, number>> {
  const [head, ...body] = rows(path);
  const cols = new Map((head ?? []).map((h, i) => [h, i]));
  const out = new Map<string, Map<string, number>>();
  for (const c of UCDP_COUNTRIES) {
    if (!cols.has(c.ged)) problems.push({ where: path, field: c.ged, message: 'column missing' });
  }
  body.forEach((r, i) => {
    const line = `line ${i + 2}`;
    const month = /^(\d{4}-\d{2})-\d{2}$/.exec(r[0] ?? '')?.[1];
    if (!month) {
      problems.push({ where: path, record: line, field: 'date', message: `expected YYYY-MM-DD, got "${r[0]}"` });
      return;
    }
    const m = new Map<string, number>();
    for (const c of UCDP_COUNTRIES) {
      const at = cols.get(c.ged);
      if (at !== undefined) m.set(c.code, count(r[at], path, line, c.ged, problems));
    }
    out.set(month, m);
  });
  return out;
}

/** VIEWS: one row per country and month, with `year`, `month`, `name` and `outcome`. */
function readViews(path: string, problems: Problem[]): Map<string, Map<string, number>> {
  const [head, ...body] = rows(path);
  const col = (name: string): number => {
    const i = (head ?? []).indexOf(name);
    if (i < 0) problems.push({ where: path, field: name, message: 'column missing' });
    return i;
  };
  const [year, month, name, outcome] = [col('year'), col('month'), col('name'), col('outcome')];
  const out = new Map<string, Map<string, number>>();
  if (problems.length) return out;
  body.forEach((r, i) => {
    const line = `line ${i + 2}`;
    const c = UCDP_COUNTRIES.find((x) => x.views === r[name]);
    if (!c) return; // a country the forecasts do not cover
    const y = Number(r[year]);
    const mo = Number(r[month]);
    if (!Number.isInteger(y) || !Number.isInteger(mo) || mo < 1 || mo > 12) {
      problems.push({ where: path, record: line, field: 'year/month', message: `not a month: ${r[year]}-${r[month]}` });
      return;
    }
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    let m = out.get(key);
    if (!m) out.set(key, (m = new Map()));
    m.set(c.code, count(r[outcome], path, line, 'outcome', problems));
  });
  return out;
}

/** The month after `m` (YYYY-MM). */
export function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

/**
 * Both files, spliced into one series per country (VIEWS where it has the month, GED otherwise). A
 * missing file is an EnvironmentError; a malformed value a ValidationError naming file, line and column.
 */
export function loadUcdp(dir: string = defaultUcdpDir()): UcdpSeries {
  const problems: Problem[] = [];
  const ged = readGed(join(dir, GED_FILE), problems);
  const views = readViews(join(dir, VIEWS_FILE), problems);
  const known = [...ged.keys()].sort();
  if (!problems.length && !known.length) problems.push({ where: join(dir, GED_FILE), message: 'no months' });
  const months: string[] = [];
  if (known.length) {
    const last = known[known.length - 1]!;
    for (let m = known[0]!; m <= last; m = nextMonth(m)) {
      if (!ged.has(m)) problems.push({ where: join(dir, GED_FILE), record: m, message: 'month missing' });
      months.push(m);
    }
  }
  if (problems.length) throw new ValidationError(problems, 'the UCDP files do not read');
  const countries = UCDP_COUNTRIES.map((c): UcdpCountry => {
    const deaths: number[] = [];
    const source: UcdpSource[] = [];
    for (const m of months) {
      const v = views.get(m)?.get(c.code);
      deaths.push(v ?? ged.get(m)?.get(c.code) ?? 0);
      source.push(v === undefined ? 'ged' : 'views');
    }
    return { code: c.code, name: c.name, deaths, source };
  });
  return { months, countries, dir };
}
