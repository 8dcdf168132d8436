/**
 * Reading a gold-standard file (JSON lines, one hand-coded event per line, GoldLine in evaluate.ts):
 * every bad line is reported with its line number, and nothing is returned unless all lines are good.
 */
import { existsSync, readFileSync } from 'node:fs';
import { EnvironmentError, ValidationError, type Problem } from '../../model/index.js';
import { GoldLine } from './evaluate.js';
export function readGold(path: string): GoldLine[] {
  if (!existsSync(path)) throw new EnvironmentError(`gold file not found: ${path}`);
  const problems: Problem[] = [];
  const out: GoldLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problems.push({ where: `${path}:${i + 1}`, message: `not JSON: ${(error as Error).message}` });
        return;
      }
      const r = GoldLine.safeParse(value);
      if (r.success) out.push(r.data);
      else
        problems.push(
          ...r.error.issues.map((x) => ({
            where: `${path}:${i + 1}`,
            field: x.path.join('.') || undefined,
            message: x.message,
          })),
        );
    });
  if (problems.length) throw new ValidationError(problems, `${path} has ${problems.length} bad line(s)`);
  return out;
}
