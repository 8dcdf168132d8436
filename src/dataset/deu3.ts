/**
 * Reads the DEU III data set (Decision-making in the European Union; Thomson, Stokman, Achen, König et
 * al., CC BY 4.0, doi:10.34810/data53) into bargaining issues with their known outcomes, for the
 * backtest of the bargaining models. The file is tab-separated with quoted cells: a header; a second
 * line holding each actor's capability under its position column (the Commission, the Parliament and
 * the member states); then one issue per line with positions `p*` and saliences `s*` on 0–100, the
 * reference point `rp` and the outcome `out` (blank when unknown).
 *
 * Path: option, else `ORRERY_DEU3`, else `<project>/../shared/data/deu3/deu3.csv`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvironmentError, ValidationError, type Problem } from '../model/errors.js';
import type { Bargain, Stake } from '../model/bargaining.js';
import { projectRoot } from './paths.js';

export function defaultDeu3Path(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORRERY_DEU3 ?? join(projectRoot(), '..', 'shared', 'data', 'deu3', 'deu3.csv'));
}

/** One DEU III issue: the bargain, its proposal (issues of one proposal share a proposal id), the outcome. */
export interface Deu3Issue {
  bargain: Bargain;
  proposal: string;
  name: string;
  /** Known outcome on 0–100, or undefined. */
  outcome?: number;
}

export interface Deu3 {
  path: string;
  /** Actor code (com, ep, de, …) and capability, from the file's second line. */
  actors: Array<{ code: string; capability: number }>;
  issues: Deu3Issue[];
  /** Actor positions whose salience was blank and took `missingSalience`. */
  filledSaliences: number;
}

export interface Deu3Options {
  /** Salience (0–1) given to an actor with a position but a blank salience: 0.5, the scale's midpoint. */
  missingSalience?: number;
}

/** One tab-separated line into cells: a cell may be wrapped in double quotes, "" inside is one quote. */
export function splitTsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === '\t') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Parses the file's text; `where` names it in errors. */
export function parseDeu3(text: string, where: string, options: Deu3Options = {}): Deu3 {
  const missingSalience = options.missingSalience ?? 0.5;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitTsvLine(lines[0] ?? '');
  const col = (name: string): number => header.indexOf(name);
  const problems: Problem[] = [];
  for (const need of ['isnrnmc', 'prnr', 'prname', 'rp', 'out'])
    if (col(need) < 0) problems.push({ where, field: need, message: `the header has no column "${need}"` });
  const weights = splitTsvLine(lines[1] ?? '');
  const actors = header
    .map((h, i) => ({ h, i }))
    .filter(
      ({ h }) =>
        /^p[a-z]+$/.test(h) && h !== 'prnr' && h !== 'prname' && h !== 'proc' && h !== 'proccde' && h !== 'prnrnmc',
    )
    .filter(({ h }) => col(`s${h.slice(1)}`) >= 0)
    .map(({ h, i }) => ({ code: h.slice(1), column: i, capability: Number(weights[i]) }));
  for (const a of actors)
    if (!(Number.isFinite(a.capability) && a.capability >= 0))
      problems.push({
        where,
        record: 'line 2',
        field: `p${a.code}`,
        message: `capability "${weights[a.column]}" is not a non-negative number`,
      });
  if (problems.length > 0) throw new ValidationError(problems, `${where} is not a DEU III file`);
  const num = (cell: string | undefined): number | undefined => {
    const t = (cell ?? '').trim();
    return t === '' ? undefined : Number(t);
  };
  let filledSaliences = 0;
  const issues: Deu3Issue[] = lines.slice(2).map((line, k) => {
    const cells = splitTsvLine(line);
    const id = (cells[col('isnrnmc')] ?? String(k + 1)).trim();
    const stakes: Stake[] = [];
    for (const a of actors) {
      const position = num(cells[a.column]);
      if (position === undefined) continue;
      let salience = num(cells[col(`s${a.code}`)]);
      if (salience === undefined) {
        filledSaliences++;
        salience = missingSalience * 100;
      }
      stakes.push({ id: a.code, position, salience: salience / 100, capability: a.capability });
    }
    const reference = num(cells[col('rp')]);
    const outcome = num(cells[col('out')]);
    const field = (name: string, v: number | undefined): void => {
      if (v !== undefined && !(v >= 0 && v <= 100))
        problems.push({ where, record: `line ${k + 3} (issue ${id})`, field: name, message: `${v} is outside 0–100` });
    };
    field('rp', reference);
    field('out', outcome);
    const bargain: Bargain = { id, stakes, ...(reference !== undefined ? { reference } : {}) };
    return {
      bargain,
      proposal: (cells[col('prnr')] ?? '').trim(),
      name: (cells[col('prname')] ?? '').trim(),
      ...(outcome !== undefined ? { outcome } : {}),
    };
  });
  if (problems.length > 0) throw new ValidationError(problems, `${where} has values off the scale`);
  return { path: where, actors: actors.map(({ code, capability }) => ({ code, capability })), issues, filledSaliences };
}

/** Reads the file at `path` (default `defaultDeu3Path()`). */
export function readDeu3(path: string = defaultDeu3Path(), options: Deu3Options = {}): Deu3 {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new EnvironmentError(
      `cannot read the DEU III data set at ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)}); set ORRERY_DEU3 or pass its path`,
    );
  }
  return parseDeu3(text, path, options);
}
